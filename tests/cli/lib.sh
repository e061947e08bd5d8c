# lib.sh - helpers for the command-line tests (sourced, not run).
# Each test runs the real binary ($SITREP_BIN) in a fresh temporary folder.
set -euo pipefail
: "${SITREP_BIN:?set by ctest}"
: "${SITREP_SOURCE_DIR:?set by ctest}"
SHARED=${SITREP_SHARED:-$SITREP_SOURCE_DIR/../shared}
work=$(mktemp -d "${TMPDIR:-/tmp}/sitrep-cli-XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0
checks=0

sitrep() { "$SITREP_BIN" "$@"; }

# check DESCRIPTION WANT GOT
check() {
  checks=$((checks + 1))
  if [ "$2" != "$3" ]; then
    echo "FAIL: $1: want [$2], got [$3]"
    failures=$((failures + 1))
  else
    echo "ok: $1"
  fi
}

# check_contains DESCRIPTION NEEDLE HAYSTACK
check_contains() {
  checks=$((checks + 1))
  case "$3" in
    *"$2"*) echo "ok: $1" ;;
    *) echo "FAIL: $1: [$2] not in:"; printf '%s\n' "$3" | head -20; failures=$((failures + 1)) ;;
  esac
}

finish() {
  echo "$((checks - failures)) passed, $failures failed"
  [ "$failures" -eq 0 ]
}

# sql DB QUERY: one value from the database, through the sqlite3 shell
sql() { sqlite3 -batch -noheader "$1" "$2"; }
