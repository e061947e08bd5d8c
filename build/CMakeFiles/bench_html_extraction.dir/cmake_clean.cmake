file(REMOVE_RECURSE
  "CMakeFiles/bench_html_extraction.dir/bench/bench_html_extraction.c.o"
  "CMakeFiles/bench_html_extraction.dir/bench/bench_html_extraction.c.o.d"
  "bench_html_extraction"
  "bench_html_extraction.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/bench_html_extraction.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
