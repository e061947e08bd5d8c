#!/usr/bin/env bash
# Installs what sitrep needs to build and test, from Debian's packages.
# Usage: scripts/install-deps.sh [build|test]
#   build  compilers and libraries (what `make demo` needs)
#   test   also clang's sanitizer and fuzzer runtimes, cmocka, sqlite3
# Installs only what is missing, so a second run is quick and offline.
set -euo pipefail

what=${1:-test}
packages=(gcc make cmake pkg-config libsqlite3-dev libjansson-dev libgumbo-dev zlib1g-dev
          libicu-dev libexttextcat-dev libexttextcat-data iso-codes)
if [ "$what" = test ]; then
  packages+=(clang libclang-rt-14-dev libcmocka-dev sqlite3)
  packages+=(unzip) # bench_dict_load/bench_code_reuters: TABARI's CountryInfo dictionary ships zipped
fi

# the gazetteer's GeoNames data comes through npm at build time; nodesource's
# nodejs brings its own npm, so Debian's is wanted only when there is none
if ! command -v npm >/dev/null 2>&1; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "sitrep: installing ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then
    sudo=sudo
  else
    echo "sitrep: these Debian packages are missing: ${missing[*]}" >&2
    echo "sitrep: install them as root (apt-get install ${missing[*]}) and run again" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
