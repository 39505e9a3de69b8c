"""Tickets: calls, their workflow and clocks, the queue, escalations, ticket documents and log."""
