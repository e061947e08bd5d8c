
# Consider dependencies only in project.
set(CMAKE_DEPENDS_IN_PROJECT_ONLY OFF)

# The set of languages for which implicit dependencies are needed:
set(CMAKE_DEPENDS_LANGUAGES
  )

# The set of dependency files which are needed:
set(CMAKE_DEPENDS_DEPENDENCY_FILES
  "/work/main/lib/core/core.c" "CMakeFiles/sitrep.dir/lib/core/core.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/core/core.c.o.d"
  "/work/main/lib/ingest/draft.c" "CMakeFiles/sitrep.dir/lib/ingest/draft.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/draft.c.o.d"
  "/work/main/lib/ingest/html.c" "CMakeFiles/sitrep.dir/lib/ingest/html.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/html.c.o.d"
  "/work/main/lib/ingest/html_draft.c" "CMakeFiles/sitrep.dir/lib/ingest/html_draft.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/html_draft.c.o.d"
  "/work/main/lib/ingest/jsonl.c" "CMakeFiles/sitrep.dir/lib/ingest/jsonl.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/jsonl.c.o.d"
  "/work/main/lib/ingest/normalize.c" "CMakeFiles/sitrep.dir/lib/ingest/normalize.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/normalize.c.o.d"
  "/work/main/lib/ingest/plaintext.c" "CMakeFiles/sitrep.dir/lib/ingest/plaintext.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/plaintext.c.o.d"
  "/work/main/lib/ingest/reader.c" "CMakeFiles/sitrep.dir/lib/ingest/reader.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/reader.c.o.d"
  "/work/main/lib/ingest/warc.c" "CMakeFiles/sitrep.dir/lib/ingest/warc.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/ingest/warc.c.o.d"
  "/work/main/lib/pipeline/analyze.c" "CMakeFiles/sitrep.dir/lib/pipeline/analyze.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/pipeline/analyze.c.o.d"
  "/work/main/lib/record/record.c" "CMakeFiles/sitrep.dir/lib/record/record.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/record/record.c.o.d"
  "/work/main/lib/store/schema.c" "CMakeFiles/sitrep.dir/lib/store/schema.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/store/schema.c.o.d"
  "/work/main/lib/store/sqlite.c" "CMakeFiles/sitrep.dir/lib/store/sqlite.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/store/sqlite.c.o.d"
  "/work/main/lib/store/store.c" "CMakeFiles/sitrep.dir/lib/store/store.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/store/store.c.o.d"
  "/work/main/lib/text/abbrev.c" "CMakeFiles/sitrep.dir/lib/text/abbrev.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/text/abbrev.c.o.d"
  "/work/main/lib/util/arena.c" "CMakeFiles/sitrep.dir/lib/util/arena.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/util/arena.c.o.d"
  "/work/main/lib/util/buf.c" "CMakeFiles/sitrep.dir/lib/util/buf.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/util/buf.c.o.d"
  "/work/main/lib/util/date.c" "CMakeFiles/sitrep.dir/lib/util/date.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/util/date.c.o.d"
  "/work/main/lib/util/gz.c" "CMakeFiles/sitrep.dir/lib/util/gz.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/util/gz.c.o.d"
  "/work/main/lib/util/hash.c" "CMakeFiles/sitrep.dir/lib/util/hash.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/util/hash.c.o.d"
  "/work/main/lib/util/json.c" "CMakeFiles/sitrep.dir/lib/util/json.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/util/json.c.o.d"
  "/work/main/lib/util/utf8.c" "CMakeFiles/sitrep.dir/lib/util/utf8.c.o" "gcc" "CMakeFiles/sitrep.dir/lib/util/utf8.c.o.d"
  )

# Targets to which this target links.
set(CMAKE_TARGET_LINKED_INFO_FILES
  )

# Fortran module output directory.
set(CMAKE_Fortran_TARGET_MODULE_DIR "")
