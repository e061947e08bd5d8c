file(REMOVE_RECURSE
  "CMakeFiles/util_test_gz.dir/tests/util/test_gz.c.o"
  "CMakeFiles/util_test_gz.dir/tests/util/test_gz.c.o.d"
  "util_test_gz"
  "util_test_gz.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/util_test_gz.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
