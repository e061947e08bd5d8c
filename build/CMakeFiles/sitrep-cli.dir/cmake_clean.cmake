file(REMOVE_RECURSE
  "CMakeFiles/sitrep-cli.dir/cli/cmd_code.c.o"
  "CMakeFiles/sitrep-cli.dir/cli/cmd_code.c.o.d"
  "CMakeFiles/sitrep-cli.dir/cli/cmd_ingest.c.o"
  "CMakeFiles/sitrep-cli.dir/cli/cmd_ingest.c.o.d"
  "CMakeFiles/sitrep-cli.dir/cli/cmd_query.c.o"
  "CMakeFiles/sitrep-cli.dir/cli/cmd_query.c.o.d"
  "CMakeFiles/sitrep-cli.dir/cli/main.c.o"
  "CMakeFiles/sitrep-cli.dir/cli/main.c.o.d"
  "CMakeFiles/sitrep-cli.dir/cli/options.c.o"
  "CMakeFiles/sitrep-cli.dir/cli/options.c.o.d"
  "CMakeFiles/sitrep-cli.dir/cli/output.c.o"
  "CMakeFiles/sitrep-cli.dir/cli/output.c.o.d"
  "sitrep"
  "sitrep.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang C)
  include(CMakeFiles/sitrep-cli.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
