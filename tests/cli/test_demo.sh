#!/usr/bin/env bash
# The demo corpus (demo/, written by the team) through every command: what
# `make demo` shows, in each output format, and standard input.
source "$(dirname "$0")/lib.sh"
demo="$SITREP_SOURCE_DIR/demo"
inputs=("$demo/text" "$demo/jsonl" "$demo/html" "$demo/warc/demo.warc.gz")

rc=0
sitrep ingest "${inputs[@]}" --db d.db 2>sum.txt || rc=$?
check "demo ingests cleanly" 0 "$rc"
check_contains "summary" "23 items read" "$(cat sum.txt)"
check_contains "WARC request and warcinfo records are skipped, and counted" "3 skipped (not articles)" "$(cat sum.txt)"
check "20 articles" 20 "$(sql d.db "SELECT COUNT(*) FROM articles")"
check "by format" "html 4,jsonl 6,text 8,warc 2" \
  "$(sql d.db "SELECT group_concat(format || ' ' || n, ',') FROM (SELECT format, COUNT(*) n FROM articles GROUP BY format ORDER BY format)")"
check "every article dated" 0 "$(sql d.db "SELECT COUNT(*) FROM articles WHERE date IS NULL")"
check "WARC records keep their record number" "#3 #5" \
  "$(sql d.db "SELECT group_concat(substr(path, instr(path, '#')), ' ') FROM (SELECT path FROM articles WHERE format = 'warc' ORDER BY path)")"
check "the seed-style date prefix is read" "2023-03-14" \
  "$(sql d.db "SELECT date FROM articles WHERE path LIKE '%reaper-drone%'")"
check "windows-1252 page decoded (no replacement characters)" 0 \
  "$(sql d.db "SELECT COUNT(*) FROM articles WHERE body LIKE '%�%' OR title LIKE '%�%'")"
check "inline data: URIs dropped" 0 "$(sql d.db "SELECT COUNT(*) FROM articles WHERE body LIKE '%data:image%'")"
check "HTML boilerplate dropped (no cookie banner, no newsletter box)" 0 \
  "$(sql d.db "SELECT COUNT(*) FROM articles WHERE format = 'html' AND (body LIKE '%cookie%' OR body LIKE '%newsletter%')")"
check "sentence view matches the counts" 0 \
  "$(sql d.db "SELECT COUNT(*) FROM articles a WHERE n_sentences != (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id)")"
check "sentence spans lie inside the body" 0 \
  "$(sql d.db "SELECT COUNT(*) FROM sentences s JOIN articles a ON a.id = s.article_id WHERE s.start_char < 0 OR s.end_char > a.chars OR s.start_char >= s.end_char")"

# again: nothing new
sitrep ingest "${inputs[@]}" --db d.db 2>sum2.txt
check_contains "re-ingest adds nothing" "0 new articles, 20 already stored" "$(cat sum2.txt)"

# output formats
check "articles as JSON Lines" 20 "$(sitrep articles --db d.db --format jsonl | wc -l)"
check "articles as CSV (header + rows)" 21 "$(sitrep articles --db d.db --format csv | wc -l)"
check "articles table (header + rows)" 21 "$(sitrep articles --db d.db | wc -l)"
check "date filter" 7 "$(sitrep articles --db d.db --since 2024-06-01 --until 2025-12-31 --format jsonl | wc -l)"
check "limit" 3 "$(sitrep articles --db d.db -n 3 --format jsonl | wc -l)"
first=$(sitrep articles --db d.db --format jsonl -n 1)
check_contains "newest first" '"date":"2025-06-25"' "$first"
check_contains "numbers are JSON numbers" '"sentences":' "$first"
hits=$(sitrep search --db d.db 'Kogalniceanu' --format csv | tail -n +2 | wc -l)
check "search folds diacritics (Kogălniceanu)" 1 $((hits >= 2 ? 1 : 0))
check_contains "search snippet marks the match" "[" "$(sitrep search --db d.db grain --format jsonl)"
rc=0; msg=$(sitrep search --db d.db '"unclosed' 2>&1) || rc=$?
check "bad search query is a database error with advice" 3 "$rc"
check_contains "bad search query explained" "use words" "$msg"
stats=$(sitrep stats --db d.db --format csv)
check_contains "stats counts articles" "articles,20" "$stats"

# sitrep code from standard input: one record, same id as the file gives
f="$demo/text/2022-02-11-stoltenberg-kogalniceanu.txt"
id_file=$(sitrep code "$f" | grep -o '"id":"[0-9a-f]*"')
id_stdin=$(sitrep code - < "$f" | grep -o '"id":"[0-9a-f]*"')
check "stdin gives the same article id" "$id_file" "$id_stdin"
check_contains "stdin path is -" '"path":"-"' "$(sitrep code - < "$f")"
# the body the record refers to: spans index into it
rec=$(sitrep code "$f" --with-body --with-sentences)
check_contains "with-body: the date prefix is not in the body" '"body":"A' "$(sitrep code "$demo/text/2023-03-14-reaper-drone-black-sea.txt" --with-body | grep -o '"body":"[A-Za-z]*')"
check_contains "with-sentences" '"sentences":[[0,' "$rec"

# every command has --help, generated from its options
for cmd in ingest code articles search stats rejects; do
  out=$(sitrep $cmd --help)
  check_contains "$cmd --help has usage" "usage: sitrep $cmd" "$out"
done
check_contains "top-level help lists exit codes" "exit codes:" "$(sitrep --help)"
finish
