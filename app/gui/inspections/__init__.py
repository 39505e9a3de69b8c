"""The 巡检 tab: due lists, the run form, run history, checklist editor and the backup register."""
