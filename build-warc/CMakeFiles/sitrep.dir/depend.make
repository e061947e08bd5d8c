# Empty dependencies file for sitrep.
# This may be replaced when dependencies are built.
