"""The 备品备件 tab: catalogue, movements, loans and stocktake."""
