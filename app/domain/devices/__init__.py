"""The device register's rules (配置管理): devices, import rows, snapshots, upgrades, documents."""
