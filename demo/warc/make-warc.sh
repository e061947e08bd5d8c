#!/usr/bin/env bash
# make-warc.sh - build demo.warc.gz from the HTML pages in src/.
#
# Output: one warcinfo record, then for each page a request record and a
# response record (WARC/1.1). Every record is compressed as its own gzip
# member and the members are concatenated, as crawlers do, so a reader can
# seek to any record. The output is deterministic: record ids are derived
# from the page URL and gzip -n leaves out names and timestamps.
#
# Usage: demo/warc/make-warc.sh            (writes demo/warc/demo.warc.gz)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out="$here/demo.warc.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# The pages: source file, URL, capture time (WARC-Date, UTC).
pages=(
  "2024-10-03-rutte-zelensky-kyiv.html https://www.pontusdaily.example/news/2024/10/03/zelensky-rutte-air-defence-kyiv 2024-10-03T14:05:51Z"
  "2025-02-12-iohannis-leaves-bolojan-interim.html https://www.carpathianpost.example/romania/2025/02/12/iohannis-steps-down-bolojan-interim 2025-02-12T11:42:07Z"
)

# uuid NAME: a stable urn:uuid made from the SHA-1 of NAME.
uuid() {
  local h
  h=$(printf '%s' "$1" | sha1sum | cut -c1-32)
  # Mark it as a name-based (version 5 style) uuid: version nibble 5, variant 10xx.
  printf '<urn:uuid:%s-%s-5%s-%x%s-%s>' "${h:0:8}" "${h:8:4}" "${h:13:3}" \
    $(( (0x${h:16:1} & 3) | 8 )) "${h:17:3}" "${h:20:12}"
}

# http_date ISO: the same instant in the format HTTP uses.
http_date() {
  LC_ALL=C date -u -d "$1" '+%a, %d %b %Y %H:%M:%S GMT'
}

# record FILE: write the WARC record whose header lines are on stdin and
# whose block is FILE, gzip it as one member and append it to the output.
record() {
  local block=$1 len
  len=$(wc -c < "$block")
  {
    printf 'WARC/1.1\r\n'
    while IFS= read -r line; do printf '%s\r\n' "$line"; done
    printf 'Content-Length: %d\r\n' "$len"
    printf '\r\n'
    cat "$block"
    printf '\r\n\r\n'
  } | gzip -n -9 >> "$tmp/out.warc.gz"
}

# 1. warcinfo
printf 'software: sitrep demo/warc/make-warc.sh\r\nformat: WARC File Format 1.1\r\nconformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\ndescription: sitrep demo corpus, two news pages written for the project\r\n' > "$tmp/info"
record "$tmp/info" <<EOF
WARC-Type: warcinfo
WARC-Date: 2025-02-12T12:00:00Z
WARC-Filename: demo.warc.gz
WARC-Record-ID: $(uuid "warcinfo demo.warc.gz")
Content-Type: application/warc-fields
EOF

# 2. request + response for each page
for p in "${pages[@]}"; do
  read -r file url when <<< "$p"
  host=${url#https://}; host=${host%%/*}
  path=/${url#https://*/}

  # The HTTP request as the crawler sent it.
  printf 'GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: sitrep-demo-crawler/1.0\r\nAccept: text/html\r\nAccept-Encoding: identity\r\n\r\n' "$path" "$host" > "$tmp/req"

  # The HTTP response: status line, headers, blank line, the page itself.
  body="$here/src/$file"
  printf 'HTTP/1.1 200 OK\r\nDate: %s\r\nServer: nginx\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\nCache-Control: max-age=300\r\nConnection: close\r\n\r\n' \
    "$(http_date "$when")" "$(wc -c < "$body")" > "$tmp/resp"
  cat "$body" >> "$tmp/resp"

  record "$tmp/req" <<EOF
WARC-Type: request
WARC-Date: $when
WARC-Record-ID: $(uuid "request $url")
WARC-Concurrent-To: $(uuid "response $url")
WARC-Target-URI: $url
Content-Type: application/http;msgtype=request
EOF

  record "$tmp/resp" <<EOF
WARC-Type: response
WARC-Date: $when
WARC-Record-ID: $(uuid "response $url")
WARC-Target-URI: $url
Content-Type: application/http;msgtype=response
EOF
done

mv "$tmp/out.warc.gz" "$out"
echo "wrote $out ($(wc -c < "$out") bytes)"
