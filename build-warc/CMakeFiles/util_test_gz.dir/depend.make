# Empty dependencies file for util_test_gz.
# This may be replaced when dependencies are built.
