
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/cli/cmd_code.c" "CMakeFiles/sitrep-cli.dir/cli/cmd_code.c.o" "gcc" "CMakeFiles/sitrep-cli.dir/cli/cmd_code.c.o.d"
  "/work/main/cli/cmd_ingest.c" "CMakeFiles/sitrep-cli.dir/cli/cmd_ingest.c.o" "gcc" "CMakeFiles/sitrep-cli.dir/cli/cmd_ingest.c.o.d"
  "/work/main/cli/cmd_query.c" "CMakeFiles/sitrep-cli.dir/cli/cmd_query.c.o" "gcc" "CMakeFiles/sitrep-cli.dir/cli/cmd_query.c.o.d"
  "/work/main/cli/main.c" "CMakeFiles/sitrep-cli.dir/cli/main.c.o" "gcc" "CMakeFiles/sitrep-cli.dir/cli/main.c.o.d"
  "/work/main/cli/options.c" "CMakeFiles/sitrep-cli.dir/cli/options.c.o" "gcc" "CMakeFiles/sitrep-cli.dir/cli/options.c.o.d"
  "/work/main/cli/output.c" "CMakeFiles/sitrep-cli.dir/cli/output.c.o" "gcc" "CMakeFiles/sitrep-cli.dir/cli/output.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  "/work/main/build/CMakeFiles/sitrep.dir/DependInfo.cmake"
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
