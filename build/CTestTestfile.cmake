# CMake generated Testfile for 
# Source directory: /work/main
# Build directory: /work/main/build
# 
# This file includes the relevant testing commands required for 
# testing this directory and lists subdirectories to be tested as well.
add_test([=[util/test_gz]=] "/work/main/build/util_test_gz")
set_tests_properties([=[util/test_gz]=] PROPERTIES  ENVIRONMENT "SITREP_SOURCE_DIR=/work/main;SITREP_BIN=/work/main/build/sitrep;SITREP_SHARED=/work/main/../shared" WORKING_DIRECTORY "/work/main/build" _BACKTRACE_TRIPLES "/work/main/CMakeLists.txt;74;add_test;/work/main/CMakeLists.txt;0;")
