"""Change requests: routing to the approver the contract names, and their states."""
