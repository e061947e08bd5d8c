#!/usr/bin/env bash
# `sitrep validate` on a small TABARI validation suite and a small PETRARCH
# unit-test file written here (dictionaries included), then on the peers'
# own suites from ../shared when present (their pass counts are printed,
# not asserted: they measure the coder, they do not gate the build).
source "$(dirname "$0")/lib.sh"

cat > duck.actors <<'X'
FREEDONIA [FRD]
SYLVANIA_ [SYL]
TRENTINO_ [SYLGOV <331231] [SYLELI]
FOOTBALL_CLUB [###]
X
cat > duck.agents <<'X'
MINISTER_ [~GOV]
X
cat > duck.verbs <<'X'
ACCUSE [112]
MEET [031:031]
VISIT [032:033]
X
cat > duck.options <<'X'
COMPLEX: VERBS[5] CONJ[4]
SET: MINIMUM WORDS = 3
X
cat > duck.project <<'X'
Duck Soup validation
<actorsfile> duck.actors
<agentsfile> duck.agents
<verbsfile> duck.verbs
<optionsfile> duck.options
<textfile> duck.text
X
cat > duck.text <<'X'
# two records pass, one is written to fail
330601  DUCK-01
Freedonia accused Sylvania of hoarding peanuts.
/* { FRD / SYL / 112 } */

330602  DUCK-02
The Freedonian minister visited Sylvania on Monday.
/* { FRDGOV / SYL / 032 }
   { SYL / FRDGOV / 033 } */

330603  DUCK-03
Trentino meets Freedonia on Monday.
/* { SYLGOV / FRD / 999 } */

330604  DUCK-04
The football club of Freedonia accused Sylvania.
/* {###} */
X
set +e
out=$(sitrep validate duck.text 2>&1)
rc=$?
set -e
check "one failing record: exit 1" 1 "$rc"
check "last line counts" "3 passed, 1 failed" "$(printf '%s\n' "$out" | tail -1)"
check_contains "failing record named" "FAIL DUCK-03" "$out"
check_contains "expected shown" "expected: SYLGOV FRD 999" "$out"
check_contains "got shown, both directions of the paired code" "got:      FRD SYLGOV 031; SYLGOV FRD 031" "$out"
check "passing records are not printed" "" "$(printf '%s\n' "$out" | grep 'DUCK-01' || true)"

cat > duck.xml <<'X'
<Validation>
<Environment>
  <Verbfile>duck.verbs</Verbfile>
  <Actorfile>duck.actors</Actorfile>
  <Agentfile>duck.agents</Agentfile>
</Environment>
<Sentences>
<Sentence date="19330601" id="DUCK-X1" category="DEMO" valid="true">
<EventCoding sourcecode="FRD" targetcode="SYL" eventcode="112"></EventCoding>
<Text>
Freedonia accused Sylvania.
</Text>
<Parse>(ROOT (S (NP (NNP Freedonia)) (VP (VBD accused) (NP (NNP Sylvania)))))</Parse>
</Sentence>
<Sentence date="19330601" id="DUCK-X2" category="DEMO" valid="true">
<EventCoding noevents = "True"></EventCoding>
<Text>
Peanuts are tasty.
</Text>
</Sentence>
<Sentence date="19330601" id="DUCK-X3" category="DEMO" valid="false">
<EventCoding sourcecode="AAA" targetcode="BBB" eventcode="000"></EventCoding>
<Text>
Not checked: valid is false.
</Text>
</Sentence>
</Sentences>
</Validation>
X
out=$(sitrep validate duck.xml 2>&1)
check "PETRARCH XML: both valid records pass" "2 passed, 0 failed" "$(printf '%s\n' "$out" | tail -1)"

set +e
err=$(sitrep validate nowhere.text 2>&1)
rc=$?
set -e
check "missing file: exit 2" 2 "$rc"
check_contains "missing file named" "nowhere.text" "$err"

if [ -f "$SHARED/peers/tabari/Validate.text" ]; then
  set +e
  t=$(sitrep validate -q "$SHARED/peers/tabari/Validate.text" | tail -1)
  p=$(sitrep validate -q "$SHARED/peers/petrarch/PETR.UnitTest.records.xml" | tail -1)
  set -e
  echo "TABARI Validate.text: $t"
  echo "PETRARCH unit tests: $p"
  check_contains "TABARI suite runs to the end" "passed," "$t"
  check_contains "PETRARCH suite runs to the end" "passed," "$p"
else
  echo "skipped: $SHARED/peers is absent (the peers' suites live in ../shared)"
fi
finish
