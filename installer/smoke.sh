#!/usr/bin/env bash
# Smoke-test the Windows installer under Wine: fresh prefix, silent install, the installed
# program's self-check through the real Start-menu shortcut, silent uninstall.
#
#   installer/smoke.sh [SETUP.exe]      (default: the newest build/windows/Guardroom-Setup-*.exe)
#
# Wine differs from Windows in ways only this test environment has to paper over; nothing of
# it is shipped: a Microsoft ucrtbase.dll with the C99 complex functions numpy imports, a stub
# icuuc.dll for Qt6Core and a bcryptprimitives.dll (ProcessPrng) for Rust's standard library in
# cryptography (both built here from shims/), WMI disabled for platform.*, and
# QT_QPA_FONTDIR set in the prefix (Wine passes host QT_* variables only as WINEQT_*) to a
# folder of the machine's .ttf fonts, a CJK one among them.
# Wine's exit codes are unreliable here (start /wait on a .lnk returns 1), so every check is
# made on files.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT="$ROOT/build/windows"
SETUP=${1:-$(ls -t "$OUT"/Guardroom-Setup-*.exe 2>/dev/null | head -n1)}
[ -f "$SETUP" ] || { echo "no setup file: run installer/build.sh first" >&2; exit 1; }
PY=${PYTHON:-"$ROOT/.venv/bin/python"}
SMOKE="$OUT/smoke"
START=$(date +%s)

fail() { echo "SMOKE FAILED: $*" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }

# A fresh prefix outside the source tree (its z: drive links to /), removed at the end.
export WINEPREFIX
WINEPREFIX=$(mktemp -d "${TMPDIR:-/tmp}/guardroom-smoke.XXXXXX")
export WINEDEBUG=-all WINEARCH=win64
trap 'wineserver -k 2>/dev/null || true; rm -rf "$WINEPREFIX"' EXIT  # leave nothing behind
rm -rf "$SMOKE"
mkdir -p "$SMOKE/shims"
export WINEDLLOVERRIDES="mscoree,mshtml=;wbemprox=d;ucrtbase=n,b;winealsa.drv,winepulse.drv=d"

step "test-only shims"
"$PY" -m pip download -q --no-deps --require-hashes -r "$HERE/lock/smoke-tools.txt" \
    -d "$OUT/cache/smoke"
unzip -q -o -j "$OUT"/cache/smoke/pynsist-2.8-*.whl 'nsist/msvcrt/x64/ucrtbase.dll' \
    -d "$SMOKE/shims"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$SMOKE/shims/icuuc.dll" "$HERE/shims/icuuc.c"
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$SMOKE/shims/bcryptprimitives.dll" \
    "$HERE/shims/bcryptprimitives.c" -ladvapi32

step "fresh Wine prefix"
wineboot -i >/dev/null 2>&1
SYS32="$WINEPREFIX/drive_c/windows/system32"
cp "$SMOKE"/shims/*.dll "$SYS32/"
# Qt's offscreen font database reads .ttf/.otf (not .ttc) files from QT_QPA_FONTDIR.
mkdir -p "$SMOKE/fonts"
fc-list ':lang=zh' file 2>/dev/null | sed 's/: *$//' | grep -E '\.(ttf|otf)$' | head -n1 \
    | xargs -r -I{} cp {} "$SMOKE/fonts/"
fc-list ':lang=en' file 2>/dev/null | sed 's/: *$//' | grep -E 'DejaVuSans(-Bold)?\.ttf$' \
    | xargs -r -I{} cp {} "$SMOKE/fonts/"
ls "$SMOKE"/fonts/* >/dev/null 2>&1 \
    || fail "no CJK .ttf font here (apt-get install fonts-droid-fallback fonts-dejavu-core)"
FONTDIR=$(printf 'Z:%s' "$SMOKE/fonts" | tr / '\\')
wine reg add 'HKCU\Environment' /v QT_QPA_FONTDIR /d "$FONTDIR" /f >/dev/null 2>&1
wineserver -w

step "silent install of $(basename "$SETUP")"
wine "$SETUP" /S 2>&1 | cat
wineserver -w
PF="$WINEPREFIX/drive_c/Program Files/Guardroom"
LNK="$WINEPREFIX/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Guardroom/门岗值守台.lnk"
[ -f "$PF/python/pythonw.exe" ] || fail "program files missing after install"
[ -f "$PF/uninstall.exe" ] || fail "uninstaller missing"
[ -f "$LNK" ] || fail "Start-menu shortcut missing"
wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Guardroom' \
    /v DisplayVersion 2>/dev/null | grep -q DisplayVersion || fail "not registered for uninstall"
echo "installed: $(du -sm "$PF" | cut -f1) MB"

step "console command"
VERSION_OUT=$(wine cmd /c 'C:\Program Files\Guardroom\guardroom.cmd' --version 2>/dev/null | tr -d '\r' | cat)
echo "$VERSION_OUT"
echo "$VERSION_OUT" | grep -q '^guardroom ' || fail "guardroom --version did not answer"

step "self-check through the Start-menu shortcut"
DATA="$WINEPREFIX/drive_c/users/${USER:-$(id -un)}/AppData/Local/Guardroom"
wine start /wait /unix "$LNK" --selfcheck --lang zh_CN 2>&1 | cat || true
wineserver -w
REPORT="$DATA/logs/selfcheck.txt"
[ -f "$REPORT" ] || fail "no self-check report at $REPORT"
cat "$REPORT"
grep -q '^selfcheck passed' "$REPORT" || fail "the self-check did not pass"
cp "$DATA/logs/selfcheck.png" "$OUT/smoke-selfcheck-zh_CN.png"
echo "window picture: $OUT/smoke-selfcheck-zh_CN.png"

step "upgrade in place (install again over it)"
echo "keep me" > "$DATA/upgrade-marker.txt"
wine "$SETUP" /S 2>&1 | cat
wineserver -w
[ -f "$PF/python/pythonw.exe" ] || fail "program files missing after the upgrade"
[ -f "$DATA/upgrade-marker.txt" ] || fail "the upgrade touched the data directory"
VERSION_OUT=$(wine cmd /c 'C:\Program Files\Guardroom\guardroom.cmd' --version 2>/dev/null | tr -d '\r' | cat)
echo "$VERSION_OUT" | grep -q '^guardroom ' || fail "guardroom does not run after the upgrade"

step "silent uninstall (data kept)"
wine "$PF/uninstall.exe" /S '_?=C:\Program Files\Guardroom' 2>&1 | cat
wineserver -w
[ ! -e "$PF/python" ] || fail "program files left after uninstall"
[ ! -e "$LNK" ] || fail "shortcut left after uninstall"
[ -f "$REPORT" ] || fail "the data directory was removed without /PURGE"
if wine reg query 'HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\Guardroom' >/dev/null 2>&1; then
    fail "uninstall entry left in the registry"
fi

step "install again, uninstall with /PURGE (data removed)"
wine "$SETUP" /S 2>&1 | cat
wineserver -w
[ -f "$PF/python/pythonw.exe" ] || fail "reinstall failed"
wine "$PF/uninstall.exe" /S /PURGE '_?=C:\Program Files\Guardroom' 2>&1 | cat
wineserver -w
[ ! -e "$PF/python" ] || fail "program files left after uninstall /PURGE"
[ ! -e "$DATA" ] || fail "/PURGE left the data directory"

printf '\nsmoke passed: %s (%s bytes) in %s s\n' "$(basename "$SETUP")" "$(stat -c %s "$SETUP")" \
    "$(( $(date +%s) - START ))"
