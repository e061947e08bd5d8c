#!/usr/bin/env bash
# test_places.sh - places in the record and the store, through the binary.
# The article is ours.  Mihail Kogălniceanu is in the gazetteer with or
# without the GeoNames download (data/places has it), so this runs offline.
source "$(dirname "$0")/lib.sh"

gaz=$(dirname "$SITREP_BIN")/gazetteer.bin
if [ ! -f "${SITREP_GAZETTEER:-$gaz}" ]; then
  echo "skipped: no gazetteer at $gaz (the build writes it)"
  exit 0
fi

cat > base.txt <<'TXT'
title: Allied jets arrive
date: 2022-03-04

Four allied jets landed on Friday at the air base in Mihail Kogalniceanu, Constanta county, a Romanian official said.

The crews will train over the Black Sea next week.
TXT

out=$(sitrep code base.txt --format jsonl)
check_contains "the commune is a place" '"name":"Mihail Kogălniceanu","country":"ROU"' "$out"
check_contains "with its GeoNames id" '"geonameid":673382' "$out"
check_contains "the county keeps its word" '"text":"Constanta county"' "$out"
check_contains "the sea is a place" '"name":"Black Sea"' "$out"
check_contains "a demonym is a country mention" '"country_mentions":[{"text":"Romanian","country":"ROU"' "$out"
lat=$(printf '%s\n' "$out" | python3 -c 'import json,sys; r=json.loads(sys.stdin.read()); print([round(p["lat"],1) for p in r["places"] if p["text"]=="Mihail Kogalniceanu"][0])')
check "the commune's latitude" "44.4" "$lat"

# an English-language reader knows Genève as Geneva; GeoNames' id stays
cat > geneva.txt <<'TXT'
title: Talks resume
date: 2022-01-10

American and Russian diplomats met in Geneva on Monday to discuss security guarantees, and the talks will continue in Brussels and Vienna later this week, officials said.
TXT
out=$(sitrep code geneva.txt --format jsonl)
if printf '%s' "$out" | grep -q '"geonameid":2660646'; then
  check_contains "Geneva under its English name" '"text":"Geneva","name":"Geneva","country":"CHE"' "$out"
else
  echo "skipped: Geneva's GeoNames place is not in this gazetteer (built without npm?)"
fi

sitrep ingest base.txt --db t.db >/dev/null 2>&1 || true
check "places stored" "1" "$(sql t.db "SELECT COUNT(*) FROM places WHERE name='Mihail Kogălniceanu' AND country='ROU' AND geonameid=673382")"
check "spans stored" "Mihail Kogalniceanu" "$(sql t.db "SELECT substr(a.body, p.start_char + 1, p.end_char - p.start_char) FROM places p JOIN articles a ON a.id = p.article_id WHERE p.geonameid = 673382")"

# the article's URL says where its outlet is: a national domain decides a
# name the text leaves open (Richmond, Virginia's capital, or the London
# borough); .com says nothing
cat > outlet.jsonl <<'TXT'
{"url":"https://www.example.co.uk/news/1","title":"Plan approved","text":"The council in Richmond approved the plan on Tuesday."}
{"url":"https://www.example.com/news/1","title":"Plan approved","text":"The council in Richmond approved the plan on Tuesday."}
TXT
out=$(sitrep code outlet.jsonl --format jsonl)
if printf '%s' "$out" | grep -q '"geonameid":2639389'; then
  check_contains "a .co.uk outlet's Richmond is in England" '"text":"Richmond","name":"Richmond","country":"GBR"' "$(printf '%s\n' "$out" | sed -n 1p)"
  check_contains "a .com outlet's is Virginia's" '"text":"Richmond","name":"Richmond","country":"USA"' "$(printf '%s\n' "$out" | sed -n 2p)"
else
  echo "skipped: Richmond, London is not in this gazetteer (built without npm?)"
fi

SITREP_GAZETTEER=/nonexistent/gazetteer.bin sitrep code base.txt --format jsonl > none.json 2> none.err || true
check_contains "a missing gazetteer is reported" "gazetteer" "$(cat none.err)"
check_contains "and the record has no places" '"places":[]' "$(cat none.json)"
finish
