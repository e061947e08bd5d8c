#!/usr/bin/env bash
# Bad input gets a clear message naming the file and place, the rest of the
# batch goes on, every rejected item is stored with its reason and bytes,
# and the summary's counts add up.  Fixtures: tests/fixtures/bad (README
# there says what is wrong with each and where).
source "$(dirname "$0")/lib.sh"
bad="$SITREP_SOURCE_DIR/tests/fixtures/bad"
bash "$bad/make-big-line.sh" big.jsonl
mkdir unreadable && chmod 000 unreadable

rc=0
sitrep ingest "$bad"/bad-lines.jsonl "$bad"/binary.bin "$bad"/broken-record.warc \
  "$bad"/empty.txt "$bad"/invalid-utf8.txt "$bad"/truncated.txt.gz "$bad"/windows-1252.txt \
  big.jsonl missing.txt --db b.db 2>err.txt || rc=$?
err=$(cat err.txt)
check "exit code 1 when items were rejected" 1 "$rc"

# each message names the file and the place in it
check_contains "invalid JSON line named" "bad-lines.jsonl:2: invalid JSON" "$err"
check_contains "object without text named" "bad-lines.jsonl:4: no article text" "$err"
check_contains "binary file" "binary.bin: binary data (a NUL byte at offset 8)" "$err"
check_contains "broken WARC record named by number and byte" "broken-record.warc#2: WARC record 2 at byte 1613" "$err"
check_contains "WARC reader resumes" "resuming at byte 2919" "$err"
check_contains "empty file" "empty.txt: empty file" "$err"
check_contains "invalid UTF-8 with its byte offset" "invalid-utf8.txt: invalid UTF-8 at byte 388" "$err"
check_contains "and what to do" "declare the charset" "$err"
check_contains "truncated gzip" "truncated.txt.gz: gzip: " "$err"
check_contains "50 MB line" "big.jsonl:1: line is 52428799 bytes, over the 32 MiB limit" "$err"
check_contains "missing path" "missing.txt: cannot open: No such file or directory" "$err"

# the good items are all there: lines 1, 3, 5; WARC records 1 and 3; the 1252 file
check "good articles kept" 6 "$(sql b.db "SELECT COUNT(*) FROM articles")"
check "JSON Lines keep their line numbers" "1 3 5" \
  "$(sql b.db "SELECT group_concat(substr(path, instr(path, ':') + 1), ' ') FROM (SELECT path FROM articles WHERE path LIKE '%bad-lines.jsonl:%' ORDER BY path)")"
check "WARC records 1 and 3 read around the broken one" 2 \
  "$(sql b.db "SELECT COUNT(*) FROM articles WHERE path LIKE '%broken-record.warc#1' OR path LIKE '%broken-record.warc#3'")"
check "windows-1252 title decoded" "EU leaders agree €50 billion package for Ukraine after Hungary drops veto" \
  "$(sql b.db "SELECT title FROM articles WHERE path LIKE '%windows-1252.txt'")"
check "windows-1252 body decoded" 1 \
  "$(sql b.db "SELECT COUNT(*) FROM articles WHERE path LIKE '%windows-1252.txt' AND body LIKE '%Orbán%'")"

# every rejected item is stored with its reason and all its bytes
check "rejects stored" 9 "$(sql b.db "SELECT COUNT(*) FROM rejects")"
check "the 50 MB line is kept whole" 52428799 "$(sql b.db "SELECT raw_len FROM rejects WHERE location LIKE '%big.jsonl:1'")"
check "the truncated gzip is kept whole" "$(stat -c %s "$bad/truncated.txt.gz")" \
  "$(sql b.db "SELECT length(raw) FROM rejects WHERE location LIKE '%truncated.txt.gz'")"
check "the invalid UTF-8 file is kept whole" "$(stat -c %s "$bad/invalid-utf8.txt")" \
  "$(sql b.db "SELECT length(raw) FROM rejects WHERE location LIKE '%invalid-utf8.txt'")"
check "the broken WARC record's bytes are kept" "$((2919 - 1613))" \
  "$(sql b.db "SELECT length(raw) FROM rejects WHERE location LIKE '%broken-record.warc#2'")"
check "line and offset of a bad JSON line" "2|685" \
  "$(sql b.db "SELECT line || '|' || byte_offset FROM rejects WHERE location LIKE '%bad-lines.jsonl:2'")"

# the summary adds up: items read = new + already stored + rejected + skipped
summary=$(grep 'items read' err.txt)
read_n=$(sed -E 's/.*: ([0-9]+) items read.*/\1/' <<<"$summary")
new_n=$(sed -E 's/.* ([0-9]+) new articles.*/\1/' <<<"$summary")
dup_n=$(sed -E 's/.* ([0-9]+) already stored.*/\1/' <<<"$summary")
rej_n=$(sed -E 's/.* ([0-9]+) rejected.*/\1/' <<<"$summary")
skip_n=$(sed -E 's/.* ([0-9]+) skipped.*/\1/' <<<"$summary")
check "summary: 6 new, 9 rejected" "6 9" "$new_n $rej_n"
check "summary counts add up" "$read_n" "$((new_n + dup_n + rej_n + skip_n))"

# the same input again adds nothing, and counts still add up
sitrep ingest "$bad"/bad-lines.jsonl "$bad"/broken-record.warc "$bad"/windows-1252.txt \
  --db b.db 2>err2.txt || true
check_contains "re-run: nothing new" "0 new articles, 6 already stored, 3 rejected (0 new in the rejects table)" "$(cat err2.txt)"
check "re-run: still 6 articles" 6 "$(sql b.db "SELECT COUNT(*) FROM articles")"
check "re-run: still 9 rejects" 9 "$(sql b.db "SELECT COUNT(*) FROM rejects")"

# sitrep rejects lists them, as CSV on request
check "sitrep rejects lists every reject" 10 "$(sitrep rejects --db b.db --format csv | wc -l)"

# an unreadable folder is a reject too (root reads everything: skip then)
if [ "$(id -u)" -ne 0 ]; then
  rc=0; sitrep ingest unreadable --db b.db 2>err3.txt || rc=$?
  check "unreadable folder rejected" 1 "$rc"
fi

# bad command lines are usage errors (exit 2) with a message
rc=0; sitrep ingest --db 2>/dev/null || rc=$?
check "option without value" 2 "$rc"
rc=0; msg=$(sitrep ingest --frobnicate x 2>&1) || rc=$?
check "unknown option" 2 "$rc"
check_contains "unknown option named" "unknown option '--frobnicate'" "$msg"
rc=0; sitrep nonsense 2>/dev/null || rc=$?
check "unknown command" 2 "$rc"
rc=0; sitrep stats --db /nonexistent-dir/x.db 2>/dev/null || rc=$?
check "database that cannot be opened" 3 "$rc"
finish
