file(REMOVE_RECURSE
  "CMakeFiles/util_test_date.dir/tests/util/test_date.c.o"
  "CMakeFiles/util_test_date.dir/tests/util/test_date.c.o.d"
  "util_test_date"
  "util_test_date.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/util_test_date.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
