"""Printed training and drill documents: 培训签到表 and 应急演练报告."""
