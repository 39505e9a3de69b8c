"""The device register's workbooks and printed documents (维护资料移交清单)."""
