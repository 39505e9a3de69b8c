"""Pure rules of the service contract: clocks, workflow, numbering, validation. No DB, no Qt."""
