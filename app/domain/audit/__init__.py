"""The audit trail's pure rules: the hash chain over records, row digests, the action kinds."""
