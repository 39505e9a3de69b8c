"""The 设备 tab (register, upgrades, maintenance documents) and the device picker."""
