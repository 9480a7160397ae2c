#!/usr/bin/env bash
# verify_signatures.sh CA_BUNDLE DIR: every .exe/.dll/.pyd in DIR must carry a valid
# Authenticode signature chaining to CA_BUNDLE, made by the PSF or Microsoft. Exit 1 otherwise.
set -euo pipefail
CA=$1
DIR=$2
bad=0
count=0
while IFS= read -r -d '' file; do
    count=$((count + 1))
    if ! out=$(osslsigncode verify -ignore-crl -CAfile "$CA" -TSA-CAfile "$CA" -in "$file" 2>&1); then
        echo "REFUSED (no valid signature): ${file#"$DIR"/}" >&2
        bad=1
        continue
    fi
    signer=$(printf '%s\n' "$out" | grep -m1 -A1 'Signer #0:' | sed -n 's/.*Subject: //p')
    case "$signer" in
        */O=Python\ Software\ Foundation/*|*/O=Microsoft\ Corporation/*) ;;
        *) echo "REFUSED (signed by $signer): ${file#"$DIR"/}" >&2; bad=1 ;;
    esac
done < <(find "$DIR" -maxdepth 1 -type f \( -iname '*.exe' -o -iname '*.dll' -o -iname '*.pyd' \) -print0)
[ "$count" -gt 0 ] || { echo "no binaries found in $DIR" >&2; exit 1; }
[ "$bad" -eq 0 ] || exit 1
echo "$count binaries: Authenticode signatures valid (PSF / Microsoft)"
