"""caseclerk: samples."""
