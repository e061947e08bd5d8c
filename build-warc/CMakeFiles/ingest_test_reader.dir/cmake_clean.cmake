file(REMOVE_RECURSE
  "CMakeFiles/ingest_test_reader.dir/tests/ingest/test_reader.c.o"
  "CMakeFiles/ingest_test_reader.dir/tests/ingest/test_reader.c.o.d"
  "ingest_test_reader"
  "ingest_test_reader.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/ingest_test_reader.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
