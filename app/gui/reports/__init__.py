"""The 报告 tab: follow-up visits and satisfaction, improvement advice, the monthly report."""
