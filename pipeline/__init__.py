"""caseclerk: pipeline."""
