# Empty compiler generated dependencies file for util_test_date.
# This may be replaced when dependencies are built.
