"""需求变更申请单 and the change log workbook."""
