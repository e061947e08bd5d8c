# CMake generated Testfile for 
# Source directory: /work/main
# Build directory: /work/main/build-warc
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[ingest/test_normalize]=] "/work/main/build-warc/ingest_test_normalize")
set_tests_properties([=[ingest/test_normalize]=] PROPERTIES  ENVIRONMENT "SITREP_SOURCE_DIR=/work/main;SITREP_BIN=/work/main/build-warc/sitrep;SITREP_SHARED=/work/main/../shared" WORKING_DIRECTORY "/work/main/build-warc" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;79;add_test;/work/main/CMakeLists.txt;0;")
add_test([=[ingest/test_reader]=] "/work/main/build-warc/ingest_test_reader")
set_tests_properties([=[ingest/test_reader]=] PROPERTIES  ENVIRONMENT "SITREP_SOURCE_DIR=/work/main;SITREP_BIN=/work/main/build-warc/sitrep;SITREP_SHARED=/work/main/../shared" WORKING_DIRECTORY "/work/main/build-warc" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;79;add_test;/work/main/CMakeLists.txt;0;")
add_test([=[ingest/test_warc]=] "/work/main/build-warc/ingest_test_warc")
set_tests_properties([=[ingest/test_warc]=] PROPERTIES  ENVIRONMENT "SITREP_SOURCE_DIR=/work/main;SITREP_BIN=/work/main/build-warc/sitrep;SITREP_SHARED=/work/main/../shared" WORKING_DIRECTORY "/work/main/build-warc" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;79;add_test;/work/main/CMakeLists.txt;0;")
add_test([=[util/test_date]=] "/work/main/build-warc/util_test_date")
set_tests_properties([=[util/test_date]=] PROPERTIES  ENVIRONMENT "SITREP_SOURCE_DIR=/work/main;SITREP_BIN=/work/main/build-warc/sitrep;SITREP_SHARED=/work/main/../shared" WORKING_DIRECTORY "/work/main/build-warc" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;79;add_test;/work/main/CMakeLists.txt;0;")
add_test([=[util/test_gz]=] "/work/main/build-warc/util_test_gz")
set_tests_properties([=[util/test_gz]=] PROPERTIES  ENVIRONMENT "SITREP_SOURCE_DIR=/work/main;SITREP_BIN=/work/main/build-warc/sitrep;SITREP_SHARED=/work/main/../shared" WORKING_DIRECTORY "/work/main/build-warc" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;79;add_test;/work/main/CMakeLists.txt;0;")
