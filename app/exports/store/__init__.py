"""The store's printed forms and Excel workbooks."""
