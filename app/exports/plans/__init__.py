"""Plan sheets, the plans booklet and the incident report."""
