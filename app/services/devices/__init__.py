"""The device register (配置管理): devices, links, import and export, configuration snapshots,
upgrades and maintenance documents."""
