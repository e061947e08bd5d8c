#!/usr/bin/env bash
# Quotation speakers named by title resolve to the office-holder on the
# article's date, with the actor code from our dictionaries (data/actors).
source "$(dirname "$0")/lib.sh"
story() { # DATE FILE
  cat > "$2" <<TXT
date: $1
title: Alliance chief on the Black Sea

"We will defend every inch of allied territory," the NATO Secretary General said on Tuesday in Bucharest.

Romanian President Klaus Iohannis said the talks were useful.
TXT
}
speaker() { grep -o '"speaker":{"text":"[^"]*","name":"[^"]*","code":[^,]*' | head -"$1" | tail -1; }
story 2022-02-11 a.txt
story 2025-03-01 b.txt
check_contains "2022: the Secretary General is Stoltenberg" '"name":"Jens Stoltenberg","code":"IGOWSTNAT"' "$(sitrep code a.txt | speaker 1)"
check_contains "2025: the Secretary General is Rutte" '"name":"Mark Rutte","code":"IGOWSTNAT"' "$(sitrep code b.txt | speaker 1)"
check_contains "a named president keeps his name and gets his code" '"name":"Klaus Iohannis","code":"ROUGOV"' "$(sitrep code a.txt | speaker 2)"
# after Iohannis left office (2025-02-12) he is no office-holder: name kept, no code
check_contains "no code out of office" '"name":"Klaus Iohannis","code":null' "$(sitrep code b.txt | speaker 2)"
# "CONTENT, said on Friday SPEAKER": the speaker follows the cue
printf 'date: 2022-02-11\n\nThe alliance will stand by Romania, said on Friday the NATO Secretary General, Jens Stoltenberg, at the air base.\n' > c.txt
rec=$(sitrep code c.txt)
check_contains "inverted order: content before the cue" '"text":"The alliance will stand by Romania","kind":"indirect"' "$rec"
check_contains "inverted order: speaker after the cue" '"name":"Jens Stoltenberg","code":"IGOWSTNAT"' "$rec"
# the content may itself hold a clause joined by "and": still content, not an appositive
printf 'date: 2022-02-11\n\nThe alliance is united, and its troops will stay in the region, said on Friday the NATO Secretary General, Jens Stoltenberg, at the air base.\n' > c2.txt
rec=$(sitrep code c2.txt)
check_contains "content with ', and' before the cue" '"text":"The alliance is united, and its troops will stay in the region","kind":"indirect"' "$rec"
check_contains "its speaker after the cue" '"name":"Jens Stoltenberg","code":"IGOWSTNAT"' "$rec"
# a name used as a place is no person ("the base in Mihail Kogalniceanu")
printf 'date: 2022-02-11\n\nMore allied troops arrived at the air base in Mihail Kogalniceanu, near Constanta, on Friday, Jens Stoltenberg said.\n' > d.txt
check_contains "the commune is not among the people" '"people":["Jens Stoltenberg"]' "$(sitrep code d.txt)"
# event actors named by office resolve to the holder on the date, with our dictionaries
dicts="$SITREP_SOURCE_DIR/data/actors,$SITREP_SOURCE_DIR/data/verbs/plover.verbs"
printf 'date: 2025-03-01\n\nThe NATO Secretary General met the Romanian President in Bucharest on Monday.\n' > e1.txt
printf 'date: 2022-02-11\n\nThe NATO Secretary General met the Romanian President in Bucharest on Monday.\n' > e2.txt
ev1=$(sitrep code e1.txt --dict "$dicts" -q | grep -o '"events":.*')
ev2=$(sitrep code e2.txt --dict "$dicts" -q | grep -o '"events":.*')
check_contains "2025: the NATO chief in an event is Rutte" '"name":"Mark Rutte","code":"IGOWSTNAT"' "$ev1"
check_contains "2025: Romania's president is the interim Ilie Bolojan" '"name":"Ilie Bolojan","code":"ROUGOV"' "$ev1"
check_contains "2022: the NATO chief is Stoltenberg" '"name":"Jens Stoltenberg","code":"IGOWSTNAT"' "$ev2"
check_contains "2022: Romania's president is Iohannis" '"name":"Klaus Iohannis","code":"ROUGOV"' "$ev2"
finish
