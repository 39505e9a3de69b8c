"""Training sessions and emergency drills: records, sign-in sheets, drill reports, what is due."""
