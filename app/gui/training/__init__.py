"""The 培训演练 tab: training sessions with sign-in sheets, emergency drills with reports."""
