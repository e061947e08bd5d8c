# The two commands a new user needs:
#   make demo    install what is missing, build, ingest the demo corpus into
#                demo.db (SQLite) and show what it holds
#   make check   install what is missing, build with warnings as errors, run
#                every test, again under AddressSanitizer + UBSan, and run each
#                fuzz target briefly
# Everything else here serves those two.

BUILD ?= build
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
FUZZ_SECONDS ?= 30
SITREP = $(BUILD)/sitrep

.PHONY: all deps deps-test build demo check test test-gcc test-clang test-asan fuzz bench clean

all: build

deps:
	@bash scripts/install-deps.sh build

deps-test:
	@bash scripts/install-deps.sh test

build: deps
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD) -j$(JOBS)

demo: build
	rm -f demo.db demo.db-wal demo.db-shm
	$(SITREP) ingest demo/text demo/jsonl demo/html demo/warc/demo.warc.gz --db demo.db
	@echo
	@echo "== what demo.db holds (sitrep stats --db demo.db)"
	@$(SITREP) stats --db demo.db
	@echo
	@echo "== the articles (sitrep articles --db demo.db)"
	@$(SITREP) articles --db demo.db
	@echo
	@echo "== full-text search (sitrep search --db demo.db '\"Black Sea\"' -n 5)"
	@$(SITREP) search --db demo.db '"Black Sea"' -n 5
	@echo
	@echo "== who did what to whom (sitrep events --db demo.db -n 15)"
	@$(SITREP) events --db demo.db -n 15
	@echo
	@echo "== who said what (sitrep quotes --db demo.db --kind direct -n 10)"
	@$(SITREP) quotes --db demo.db --kind direct -n 10

check: deps-test test-gcc test-asan fuzz
	@echo "make check: all passed"

test: test-gcc

test-gcc:
	cmake -S . -B build-gcc -DCMAKE_C_COMPILER=gcc -DSITREP_WERROR=ON >/dev/null
	cmake --build build-gcc -j$(JOBS)
	ctest --test-dir build-gcc --output-on-failure -j$(JOBS)

test-clang:
	cmake -S . -B build-clang -DCMAKE_C_COMPILER=clang -DSITREP_WERROR=ON >/dev/null
	cmake --build build-clang -j$(JOBS)
	ctest --test-dir build-clang --output-on-failure -j$(JOBS)

# clang with AddressSanitizer + UndefinedBehaviorSanitizer; warnings are errors
# for clang here too.
test-asan:
	cmake -S . -B build-asan -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug \
	  -DSITREP_WERROR=ON -DSITREP_SANITIZE=ON >/dev/null
	cmake --build build-asan -j$(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir build-asan --output-on-failure -j$(JOBS)

fuzz:
	cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug \
	  -DSITREP_WERROR=ON -DSITREP_FUZZ=ON >/dev/null
	cmake --build build-fuzz -j$(JOBS) --target fuzzers
	bash scripts/run-fuzzers.sh build-fuzz $(FUZZ_SECONDS)

bench: build
	@for b in $(BUILD)/bench_*; do echo "== $$b"; $$b || exit 1; done

clean:
	rm -rf build build-gcc build-clang build-asan build-fuzz demo.db demo.db-wal demo.db-shm
