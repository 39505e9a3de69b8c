"""Demo data generators: a realistic detention-centre database; imported only by the CLI and tests."""
