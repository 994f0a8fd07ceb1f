"""caseclerk: classifiers."""
