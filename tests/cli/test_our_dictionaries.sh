#!/usr/bin/env bash
# sitrep's own dictionaries (data/actors) with the coder: `sitrep code
# --dict data/actors` on sentences written here, checking the codes of the
# actors it recognizes on the article's date.  The verbs file is written
# here too, only to make events (the team's verb dictionary is separate).
source "$(dirname "$0")/lib.sh"
DICT=$SITREP_SOURCE_DIR/data/actors

cat > test.verbs <<'X'
CRITICIZE [111]
CRITICISE [111]
REJECT [120]
ATTACK [190]
MET_ [040]
X

# story TEXT DATE: one article per call, the JSON record on stdout
n=0
story() {
  n=$((n + 1))
  printf 'title: t%s\ndate: %s\n\n%s\n' "$n" "$2" "$1" > "s$n.txt"
  sitrep code --dict "$DICT,test.verbs" --quiet "s$n.txt"
}

# every dictionary line is read: no skipped lines in the load summary
set +e
summary=$(sitrep code --dict "$DICT,test.verbs" /dev/null 2>&1 >/dev/null)
set -e
n_files=$(( $(ls "$DICT"/*.actors "$DICT"/*.agents | wc -l) + 1 ))
check_contains "every file of data/actors and the test verbs load" "$n_files files" "$summary"
case "$summary" in
  *.actors:*|*.agents:*) check "no malformed line" "" "$summary" ;;
  *) check "no malformed line" "" "" ;;
esac

rec=$(story "Romanian President Klaus Iohannis criticized Moscow." 2022-02-11)
check_contains "Romanian President Iohannis: ROUGOV" '"code":"ROUGOV"' "$rec"
check_contains "Moscow: RUSGOV" '"target":{"text":"Moscow","name":"Moscow","code":"RUSGOV"' "$rec"

rec=$(story "Moscow rejected the proposal from Washington." 2022-02-11)
check_contains "Moscow as source: RUSGOV" '"source":{"text":"Moscow","name":"Moscow","code":"RUSGOV"' "$rec"
check_contains "Washington: USAGOV" '"code":"USAGOV"' "$rec"

rec=$(story "The Kremlin rejected the proposal from Kyiv." 2023-05-01)
check_contains "the Kremlin: RUSGOV" '"source":{"text":"Kremlin","name":"Moscow","code":"RUSGOV"' "$rec"
check_contains "Kyiv: UKRGOV" '"code":"UKRGOV"' "$rec"

rec=$(story "Jens Stoltenberg met Dmytro Kuleba in Brussels." 2022-02-11)
check_contains "Stoltenberg in 2022: IGOWSTNAT" '"name":"Jens Stoltenberg","code":"IGOWSTNAT"' "$rec"
check_contains "Kuleba in 2022: UKRGOV" '"name":"Dmytro Kuleba","code":"UKRGOV"' "$rec"

rec=$(story "Jens Stoltenberg met Sergei Lavrov." 2010-06-01)
check_contains "Stoltenberg in 2010: NORGOV" '"name":"Jens Stoltenberg","code":"NORGOV"' "$rec"
check_contains "Lavrov: RUSGOV" '"name":"Sergei Lavrov","code":"RUSGOV"' "$rec"

rec=$(story "Mark Rutte met Volodymyr Zelenskyy." 2025-03-01)
check_contains "Rutte in 2025: IGOWSTNAT" '"name":"Mark Rutte","code":"IGOWSTNAT"' "$rec"
check_contains "Zelenskyy spelled with yy: UKRGOV" '"name":"Volodymyr Zelensky","code":"UKRGOV"' "$rec"
rec=$(story "Mark Rutte met Zelensky." 2015-03-01)
check_contains "Rutte in 2015: NLDGOV" '"name":"Mark Rutte","code":"NLDGOV"' "$rec"

rec=$(story "NATO Secretary General Mark Rutte criticized Iran." 2025-03-01)
check_contains "NATO Secretary General: IGOWSTNAT" '"source":{"text":"NATO Secretary General","name":"Mark Rutte","code":"IGOWSTNAT"' "$rec"
check_contains "Iran: IRN" '"code":"IRN"' "$rec"

rec=$(story "Russian troops attacked Ukrainian civilians." 2022-03-01)
check_contains "Russian troops: RUSMIL" '"code":"RUSMIL"' "$rec"
check_contains "Ukrainian civilians: UKRCVL" '"code":"UKRCVL"' "$rec"

rec=$(story "Israeli police attacked Palestinian protesters." 2023-05-01)
check_contains "Israeli police: ISRCOP" '"code":"ISRCOP"' "$rec"
check_contains "Palestinian protesters: PSECVL" '"code":"PSECVL"' "$rec"

rec=$(story "The European Commission criticized Hungary." 2023-05-01)
check_contains "European Commission: IGOEUREECGOV" '"code":"IGOEUREECGOV"' "$rec"
check_contains "Hungary: HUN" '"code":"HUN"' "$rec"

rec=$(story "Guinea-Bissau rejected the proposal from Niger." 2023-05-01)
check_contains "Guinea-Bissau is not Guinea" '"code":"GNB"' "$rec"
check_contains "Niger is not Nigeria" '"code":"NER"' "$rec"

rec=$(story "Ursula von der Leyen met Recep Tayyip Erdogan." 2014-06-01)
check_contains "von der Leyen before the Commission: DEUGOV" '"name":"Ursula von der Leyen","code":"DEUGOV"' "$rec"
check_contains "Erdogan as prime minister: TURGOV" '"name":"Recep Tayyip Erdogan","code":"TURGOV"' "$rec"

# Romanian comma-below letters: the coder splits "Nicușor" at ș today
rec=$(story "Nicușor Dan criticized Moscow." 2025-06-01)
case "$rec" in
  *'"code":"ROUGOV"'*) check_contains "Nicușor Dan: ROUGOV" '"name":"Nicusor Dan"' "$rec" ;;
  *) echo "skip: Nicușor Dan: the coder does not fold U+0219 (s with comma below) to S, so the name does not match" ;;
esac

# every ISO 3166-1 country and territory has an entry (Debian's iso-codes)
ISO=/usr/share/iso-codes/json/iso_3166-1.json
if [ -r "$ISO" ]; then
  missing=""
  for code in $(grep -o '"alpha_3": "[A-Z]*"' "$ISO" | cut -d'"' -f4); do
    grep -q "\[$code\]" "$DICT/countries.actors" || missing="$missing $code"
  done
  check "every ISO 3166-1 alpha-3 code in countries.actors" "" "$missing"
else
  echo "skip: $ISO not installed (apt-get install iso-codes): ISO coverage not checked"
fi
finish
