#!/usr/bin/env bash
# `sitrep code --dict`: events in the record contract, from dictionaries
# and an article written here.
source "$(dirname "$0")/lib.sh"
cat > duck.actors <<'X'
FREEDONIA [FRD]
SYLVANIA_ [SYL]
RUFUS_T_FIREFLY
+FIREFLY_
  [FRDGOV 330101-341231]
  [FRDELI]
X
cat > duck.verbs <<'X'
ACCUSE [112]
MEET [031:031]
X
cat > story.txt <<'X'
title: Trouble in Freedonia
date: 1933-11-17

Peace talks were held on Friday.

Rufus T. Firefly accused Sylvania of hoarding peanuts.
X
sitrep code --dict duck.actors,duck.verbs --quiet story.txt > out.jsonl
rec=$(cat out.jsonl)
check "one record" 1 "$(wc -l < out.jsonl)"
check_contains "event type" '"events":[{"type":"ACCUSE"' "$rec"
check_contains "cameo" '"cameo":"112"' "$rec"
check_contains "goldstein of 112" '"goldstein":-2.0' "$rec"
check_contains "quad class of 112" '"quad_class":3' "$rec"
check_contains "source by date" '"source":{"text":"Rufus T. Firefly","name":"RUFUS T FIREFLY","code":"FRDGOV","country":"FRD"}' "$rec"
check_contains "target" '"target":{"text":"Sylvania","name":"SYLVANIA","code":"SYL","country":"SYL"}' "$rec"
check_contains "sentence index" '"sentence":1' "$rec"
check_contains "evidence" '"evidence":"Rufus T. Firefly accused Sylvania"' "$rec"
check_contains "rule names the verb and the file" '"rule":"ACCUSE [112] (duck.verbs:1)"' "$rec"
# the span is in code points into the body: the body starts with the first paragraph
span=$(sitrep code --dict duck.actors,duck.verbs --quiet story.txt | grep -o '"span":\[[0-9]*,[0-9]*\],"evidence"')
check "span: code points from Rufus to Sylvania" '"span":[34,67],"evidence"' "$span"
# an event's date is the one its sentence states, else the publication date;
# its place is the one named in its clause (when the gazetteer is built)
cat > story2.txt <<'X'
title: Talks in Geneva
date: 1933-11-17

Freedonia accused Sylvania in Geneva on Thursday of hoarding peanuts.

Peace talks went on.

Sylvania accused Freedonia of spying.
X
rec2=$(sitrep code --dict duck.actors,duck.verbs --quiet story2.txt)
check_contains "stated date: Thursday before Friday 17 November" '"date":"1933-11-16","date_source":"stated"' "$rec2"
check_contains "no date stated: the publication date" '"date":"1933-11-17","date_source":"publication"' "$rec2"
if printf '%s' "$rec2" | grep -q '"places":\[{'; then
  check_contains "place from the clause" '"place":{"text":"Geneva"' "$rec2"
  check_contains "where the place came from" '"place_source":"clause"' "$rec2"
else
  echo "skip: no gazetteer in this build, event places not checked"
fi
# a bad dictionary stops with its file and line
printf 'ACCUSE [112\n' > bad.verbs
set +e
err=$(sitrep code --dict duck.actors,bad.verbs story.txt 2>&1 >/dev/null)
rc=$?
set -e
check "malformed lines are skipped and reported" 0 "$rc"
check_contains "summary names file and line" "bad.verbs:1:" "$err"
set +e
err=$(sitrep code --dict nowhere.actors story.txt 2>&1 >/dev/null)
rc=$?
set -e
check "missing dictionary: exit 2" 2 "$rc"
check_contains "missing dictionary named" "nowhere.actors" "$err"
finish
