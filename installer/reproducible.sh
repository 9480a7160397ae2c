#!/usr/bin/env bash
# Build the installer payload twice from the same commit and compare the file lists and
# hashes: installer/reproducible.sh. Prints the differences and exits 1 if there are any.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
A="$ROOT/build/windows"
B="$ROOT/build/windows-again"
[ -f "$A/payload.sha256" ] || "$HERE/build.sh" --out "$A" >/dev/null
mkdir -p "$B"
[ -d "$B/cache" ] || cp -a "$A/cache" "$B/cache"   # same downloads, hashes already checked
"$HERE/build.sh" --out "$B" >/dev/null
if diff -u "$A/payload.sha256" "$B/payload.sha256"; then
    echo "reproducible: both builds have the same $(wc -l < "$A/payload.sha256") files and hashes"
else
    echo "NOT reproducible: the payloads differ (above)" >&2
    exit 1
fi
