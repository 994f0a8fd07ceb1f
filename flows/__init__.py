"""caseclerk: flows."""
