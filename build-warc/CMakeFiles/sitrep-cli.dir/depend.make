# Empty dependencies file for sitrep-cli.
# This may be replaced when dependencies are built.
