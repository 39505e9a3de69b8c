"""The spare-parts store: catalogue, movements, stocktake, loans, import, exports and forms."""
