file(REMOVE_RECURSE
  "CMakeFiles/ingest_test_warc.dir/tests/ingest/test_warc.c.o"
  "CMakeFiles/ingest_test_warc.dir/tests/ingest/test_warc.c.o.d"
  "ingest_test_warc"
  "ingest_test_warc.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/ingest_test_warc.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
