#!/usr/bin/env bash
# `sitrep ingest --dict`: coded events land in the events table with their
# actors, date (stated or publication) and place; `sitrep events` lists them.
source "$(dirname "$0")/lib.sh"
cat > t.actors <<'X'
RUSSIA_ [RUS]
UKRAINE_ [UKR]
X
cat > t.verbs <<'X'
THREATEN [130]
X
cat > story.txt <<'X'
date: 2022-02-11

Russia threatened Ukraine in Geneva on Friday, diplomats said.

Ukraine threatened Russia in return.
X
rc=0
sitrep ingest story.txt --dict t.actors,t.verbs --db e.db -q || rc=$?
check "ingest with dictionaries" 0 "$rc"
check "two events stored" 2 "$(sql e.db "SELECT COUNT(*) FROM events")"
check "actors and codes" "THREATEN|130|RUS|UKR" "$(sql e.db "SELECT type || '|' || cameo || '|' || source_code || '|' || target_code FROM events ORDER BY sentence LIMIT 1")"
check "a stated weekday is the event's date" "2022-02-11|stated" "$(sql e.db "SELECT date || '|' || date_source FROM events WHERE sentence = 0")"
check "else the publication date" "2022-02-11|publication" "$(sql e.db "SELECT date || '|' || date_source FROM events WHERE sentence = 1")"
place=$(sql e.db "SELECT place_country || '|' || place_source || '|' || (abs(lat - 46.2) < 0.1) || '|' || (abs(lon - 6.14) < 0.1) FROM events WHERE sentence = 0")
if sql e.db "SELECT 1 FROM places WHERE text = 'Geneva' AND country = 'CHE'" | grep -q 1; then
  check "the event is placed in Geneva" "CHE|clause|1|1" "$place"
else
  echo "skipped: the gazetteer does not know Geneva here (no GeoNames data in this build)"
fi
check "an actor is not the event's place" "" "$(sql e.db "SELECT place_name FROM events WHERE sentence = 1")"
check "evidence and rule kept" 1 "$(sql e.db "SELECT COUNT(*) FROM events WHERE evidence LIKE 'Russia threatened Ukraine%' AND rule LIKE 'THREATEN [130] (t.verbs:1)%' AND sentence = 0")"
# an event that did not happen ("did not threaten") is left out of the
# record unless asked for; the database keeps it, marked "negated"
printf 'date: 2022-02-11\n\nRussia did not threaten Ukraine on Friday, officials said.\n' > neg.txt
check_contains "negated event left out by default" '"events":[]' "$(sitrep code neg.txt --dict t.actors,t.verbs -q)"
check_contains "--with-negated keeps it" '"modality":"negated"' "$(sitrep code neg.txt --dict t.actors,t.verbs -q --with-negated)"
sitrep ingest neg.txt --dict t.actors,t.verbs --db e.db -q
check "the database keeps it, marked" "negated" "$(sql e.db "SELECT modality FROM events e JOIN articles a ON a.id = e.article_id WHERE a.path = 'neg.txt'")"

# `sitrep events` lists them: negated ones only when asked for
count() { sitrep events --db e.db --format jsonl "$@" | wc -l; }
check "events: negated left out" 2 "$(count)"
check "events --with-negated" 3 "$(count --with-negated)"
check "events --modality negated" 1 "$(count --modality negated)"
check "events --actor, any case, source or target" 2 "$(count --actor ukr)"
check "events --type PLOVER" 2 "$(count --type THREATEN)"
check "events --type CAMEO prefix" 2 "$(count --type 13)"
check "events --type another" 0 "$(count --type ASSAULT)"
check "events --since" 0 "$(count --since 2022-02-12)"
check "events --until" 2 "$(count --until 2022-02-11)"
check "events --limit" 1 "$(count -n 1)"
check "events csv columns" "date,type,mode,modality,source,source_code,target,target_code,place,place_country" \
  "$(sitrep events --db e.db --format csv | head -1 | cut -d, -f1-10)"
# names are the dictionary's (these test dictionaries name no one: the phrase)
check_contains "events row: who did what to whom" '"type":"THREATEN","mode":"","modality":"asserted","source":"RUSSIA","source_code":"RUS","target":"UKRAINE","target_code":"UKR"' \
  "$(sitrep events --db e.db --format jsonl --actor RUS -n 1)"
if [ -n "$place" ] && [ "${place%%|*}" = CHE ]; then
  check "events --place by country code" 1 "$(count --place CHE)"
  check "events --place by its English name" 1 "$(count --place geneva)"
  check_contains "a CAMEO code stays text, a score is a number" '"cameo":"130","goldstein":-4.4' \
    "$(sitrep events --db e.db --format jsonl --place CHE)"
fi
rc=0
sitrep events --db e.db --modality maybe 2>err.txt || rc=$?
check "an unknown modality is a usage error" 2 "$rc"
check_contains "and says which are known" "use asserted, announced, conditional or negated" "$(cat err.txt)"
finish
