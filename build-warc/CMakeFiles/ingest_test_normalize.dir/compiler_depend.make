# Empty compiler generated dependencies file for ingest_test_normalize.
# This may be replaced when dependencies are built.
