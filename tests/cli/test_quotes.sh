#!/usr/bin/env bash
# `sitrep quotes` over a small corpus written for this test: ingest stores
# each article's quotations, and the filters (--speaker, --since/--until,
# --search, --kind) and formats select and print them.
source "$(dirname "$0")/lib.sh"

mkdir news
cat > news/a.txt <<'TXT'
date: 2023-03-01
outlet: Harbour Daily

Port Minister Elena Voss opened the new terminal on Wednesday.

"The harbour is open for business again," Voss said.

She added that ferry traffic would double by the summer.
TXT
cat > news/b.txt <<'TXT'
date: 2023-04-15
outlet: Coast Herald

"Fishing quotas will not change this year," said Marco Feld, the fisheries chief.

According to the coast guard, the storm damaged three piers.
TXT

sitrep ingest news --db q.db > /dev/null 2>&1
check "quotations stored" 4 "$(sql q.db 'SELECT COUNT(*) FROM quotes')"
check "speaker of the direct quote in a.txt" "Elena Voss" \
  "$(sql q.db "SELECT speaker_name FROM quotes WHERE kind='direct' AND text LIKE '%harbour is open%'")"
check "pronoun resolved" "Elena Voss" \
  "$(sql q.db "SELECT speaker_name FROM quotes WHERE cue='added'")"

out=$(sitrep quotes --db q.db --format csv)
check "header" "date,outlet,speaker,kind,cue,quote,article,start,end" "$(printf '%s\n' "$out" | head -1)"
check "all quotations listed" 5 "$(printf '%s\n' "$out" | wc -l)"
check "newest first" "2023-04-15" "$(printf '%s\n' "$out" | sed -n 2p | cut -d, -f1)"

check "--speaker, any case" 2 "$(sitrep quotes --db q.db --speaker voss --format jsonl | wc -l)"
check "--since" 2 "$(sitrep quotes --db q.db --since 2023-04-01 --format jsonl | wc -l)"
check "--until" 2 "$(sitrep quotes --db q.db --until 2023-03-31 --format jsonl | wc -l)"
check "--search needs every word" 1 "$(sitrep quotes --db q.db --search 'quotas YEAR' --format jsonl | wc -l)"
check "--search with no match" 0 "$(sitrep quotes --db q.db --search 'volcano' --format jsonl | wc -l)"
check "--kind direct" 2 "$(sitrep quotes --db q.db --kind direct --format jsonl | wc -l)"
j=$(sitrep quotes --db q.db --speaker feld --format jsonl)
check_contains "jsonl names the speaker" '"speaker":"Marco Feld"' "$j"
check_contains "jsonl keeps the span (the body opens with the quote)" '"start":0,"end":43' "$j"

set +e
sitrep quotes --db q.db --kind sarcastic > /dev/null 2>&1
check "unknown --kind is a usage error" 2 "$?"
sitrep quotes --db q.db stray > /dev/null 2>&1
check "stray argument is a usage error" 2 "$?"
set -e
check_contains "--help documents --speaker" "--speaker" "$(sitrep quotes --help)"

# the record carries the same quotations
rec=$(sitrep code news/a.txt --format jsonl)
check_contains "record quote kind" '"kind":"direct"' "$rec"
check_contains "record people" '"people":["Elena Voss"]' "$rec"
finish
