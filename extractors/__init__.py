"""caseclerk: extractors."""
