# Empty dependencies file for ingest_test_reader.
# This may be replaced when dependencies are built.
