"""Plan and knowledge search: query normalisation, matching and ranking."""
