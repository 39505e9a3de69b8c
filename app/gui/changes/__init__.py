"""The 变更 tab: change requests, their approval by the lead the contract names, and the log."""
