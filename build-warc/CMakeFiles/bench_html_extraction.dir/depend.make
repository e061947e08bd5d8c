# Empty dependencies file for bench_html_extraction.
# This may be replaced when dependencies are built.
