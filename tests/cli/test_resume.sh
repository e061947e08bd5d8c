#!/usr/bin/env bash
# A run killed mid-batch loses nothing that was committed, and the same
# command run again finishes the job without duplicates.
source "$(dirname "$0")/lib.sh"

n=20000
# team-written filler: distinct short articles, one JSON object a line
awk -v n=$n 'BEGIN {
  for (i = 1; i <= n; i++)
    printf "{\"url\":\"https://wire.example/%d\",\"title\":\"Bulletin %d\",\"maintext\":\"Bulletin %d. The ministry in Bucharest said on Monday that talks on the Black Sea corridor would resume. Officials from Ankara and Kyiv were expected.\",\"date_publish\":\"2023-06-%02d\"}\n", i, i, i, (i % 28) + 1
}' > feed.jsonl

"$SITREP_BIN" ingest feed.jsonl --db r.db --batch 100 --no-langid -q &
pid=$!
# wait until at least one batch is committed, then kill without warning
for _ in $(seq 1 200); do
  got=$(sql r.db "SELECT COUNT(*) FROM articles" 2>/dev/null || echo 0)
  [ "${got:-0}" -ge 100 ] && break
  sleep 0.05
done
kill -9 $pid 2>/dev/null && killed=1 || killed=0
wait $pid 2>/dev/null || true
partial=$(sql r.db "SELECT COUNT(*) FROM articles")
echo "killed=$killed after $partial articles were committed"
check "committed batches are whole" 0 $((partial % 100 == 0 || partial == n ? 0 : 1))

rc=0
sitrep ingest feed.jsonl --db r.db --batch 100 --no-langid 2>summary.txt || rc=$?
check "second run exits 0" 0 "$rc"
check "all articles stored once" "$n" "$(sql r.db "SELECT COUNT(*) FROM articles")"
check "no duplicate urls" "$n" "$(sql r.db "SELECT COUNT(DISTINCT url) FROM articles")"
check "second run added the rest" "$((n - partial)) new articles" \
  "$(grep -o '[0-9]* new articles' summary.txt)"
check "every article has its sentences" 0 \
  "$(sql r.db "SELECT COUNT(*) FROM articles a WHERE n_sentences != (SELECT COUNT(*) FROM sentences s WHERE s.article_id = a.id)")"
check "search index matches" "$n" "$(sql r.db "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'corridor'")"
finish
