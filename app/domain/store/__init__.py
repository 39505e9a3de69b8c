"""The spare-parts store's rules: stock, serial moves, loans, stocktake."""
