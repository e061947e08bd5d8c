#!/usr/bin/env bash
# The five seed articles (read from ../shared, never copied) through
# `sitrep code`: five records, with the date of seed 000 from its prefix.
source "$(dirname "$0")/lib.sh"
seeds="$SHARED/seeds"
if ! ls "$seeds"/*.txt >/dev/null 2>&1; then
  echo "skipped: $seeds is absent (the seeds live in ../shared beside the project)"
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
sitrep code "$seeds"/*.txt --format jsonl > out.jsonl
check "five records" 5 "$(wc -l < out.jsonl)"
first=$(head -1 out.jsonl)
check_contains "seed 000 is dated from its ' date ' prefix" '"date":"2022-02-11"' "$first"
check_contains "seed 000 path" '000_908358a9590b3b97.txt' "$first"
check_contains "language found" '"language":"en"' "$first"
check_contains "events coded with sitrep's own dictionaries by default" '"events":[{"type":' "$first"
check_contains "--dict none codes no events" '"events":[]' \
  "$(sitrep code --dict none "$seeds"/000_*.txt)"
for key in id path url title outlet date language events quotes places people organizations; do
  check "every record has \"$key\"" 5 "$(grep -c "\"$key\":" out.jsonl)"
done
# sentence counts, counted by hand (tests/text/test_seeds.c explains each
# count line by line); seed 004 has 24 lines of text, of which the image
# element, the source URL and the lone "." are not article text: 21.
counts=$(grep -o '"n_sentences":[0-9]*' out.jsonl | cut -d: -f2 | tr '\n' ' ')
check "sentences per seed" "18 19 26 14 21 " "$counts"
# the " date ..." prefix is not part of the body
body=$(sitrep code "$seeds"/000_*.txt --with-body | grep -o '"body":"[^"]\{0,20\}')
check "body starts with the text" '"body":"Romania is not alone' "$body"
# seed 004: the inline data: URI and the trailing source link are dropped
b4=$(sitrep code "$seeds"/004_*.txt --with-body)
case "$b4" in *data:image*) check "no data: URI in seed 004" absent present ;; *) check "no data: URI in seed 004" absent absent ;; esac
case "$b4" in *dailymail.co.uk*) check "no trailing link in seed 004" absent present ;; *) check "no trailing link in seed 004" absent absent ;; esac
check_contains "seed 004 title" '"title":"Stoltenberg: NATO will not go beyond its principles"' "$b4"
finish
