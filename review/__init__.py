"""caseclerk: review."""
