file(REMOVE_RECURSE
  "CMakeFiles/ingest_test_normalize.dir/tests/ingest/test_normalize.c.o"
  "CMakeFiles/ingest_test_normalize.dir/tests/ingest/test_normalize.c.o.d"
  "ingest_test_normalize"
  "ingest_test_normalize.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/ingest_test_normalize.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
