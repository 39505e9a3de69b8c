"""Change requests: register, route, approve (signed by the right lead), implement, confirm."""
