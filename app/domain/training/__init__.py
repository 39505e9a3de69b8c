"""Training sessions and emergency drills: attendees, drill timelines, and when the next is due."""
