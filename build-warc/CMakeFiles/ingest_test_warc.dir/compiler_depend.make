# Empty compiler generated dependencies file for ingest_test_warc.
# This may be replaced when dependencies are built.
