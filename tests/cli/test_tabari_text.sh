#!/usr/bin/env bash
# TABARI's text format read by `sitrep code` and `sitrep ingest`: each
# record ("YYMMDD ID", its lines, a blank line) is one article with that
# date and id; comments are not text.
source "$(dirname "$0")/lib.sh"
cat > stories.txt <<'TXT'
220211 BLACKSEA-01
Romanian officials welcomed the arrival of allied troops at the
base near Constanta on Friday.

220212 BLACKSEA-02
/* a note to the coder, not news */
Moscow rejected the proposal for new talks.

TXT
sitrep code stories.txt > out.jsonl
check "two records" 2 "$(wc -l < out.jsonl)"
first=$(head -1 out.jsonl); second=$(tail -1 out.jsonl)
check_contains "path carries the record id" '"path":"stories.txt#BLACKSEA-01"' "$first"
check_contains "date from YYMMDD" '"date":"2022-02-11"' "$first"
check_contains "format" '"format":"tabari"' "$first"
check_contains "second record dated" '"date":"2022-02-12"' "$second"
body=$(sitrep code stories.txt --with-body | tail -1)
check_contains "body of the second record" '"body":"Moscow rejected the proposal for new talks."' "$body"
case "$body" in *"note to the coder"*) check "comment left out" absent present ;; *) check "comment left out" absent absent ;; esac
# wrapped lines of one record are one paragraph
check_contains "wrapped lines joined" 'allied troops at the base near' "$(sitrep code stories.txt --with-body | head -1)"
sitrep ingest stories.txt --db t.db -q
check "ingest stores both" 2 "$(sql t.db "SELECT COUNT(*) FROM articles WHERE format = 'tabari'")"
finish
