"""Files the program writes for people: PDF documents (reportlab) and Excel workbooks (XlsxWriter)."""
