#!/usr/bin/env bash
# Installs Right Job the way a package does and checks the result:
#   1. `cmake --install` with DESTDIR into a temporary folder, prefix /usr;
#   2. the desktop entry (desktop-file-validate), the AppStream metadata
#      (appstreamcli validate --no-net), the icons, the manual page (lexgrog);
#   3. the installed program: --version says it reads the installed data,
#      `rightjob check` passes on the installed data, a headless screenshot;
#   4. `cpack` makes the .deb: its files (dpkg-deb -c) and control (dpkg-deb -I).
# Usage: check_install.sh BUILD_FOLDER. Exits 77 (skipped) when a validator
# or dpkg-deb is missing; scripts/install-deps.sh --for-tests installs them.
set -euo pipefail
build="$(cd "${1:?give the build folder}" && pwd)"
app_id=org.rightjob.RightJob

for tool in desktop-file-validate appstreamcli dpkg-deb dpkg-shlibdeps cpack lexgrog; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIPPED: $tool is not installed (scripts/install-deps.sh --for-tests installs it)."
    exit 77
  fi
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
stage="$work/stage"
failures=0
fail() { echo "FAILED: $*"; failures=$((failures + 1)); }

echo "== cmake --install (DESTDIR=$stage, prefix /usr)"
DESTDIR="$stage" cmake --install "$build" --prefix /usr >"$work/install.log"
share="$stage/usr/share"
for path in usr/bin/rightjob usr/share/rightjob/symbols/manifest.json usr/share/rightjob/layouts/vocational_profile.json \
            usr/share/rightjob/assets/jobs/catalogue.json usr/share/rightjob/assets/summary/en-GB.json \
            usr/share/rightjob/assets/demo/profile.json usr/share/rightjob/audio/done.wav \
            "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg" usr/share/man/man1/rightjob.1 \
            usr/share/doc/rightjob/copyright; do
  [ -f "$stage/$path" ] || fail "$path is not installed"
done
for size in 16 24 32 48 64 128 256; do
  icon="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  if [ ! -f "$icon" ]; then
    fail "the ${size}x${size} icon is not installed"
  elif [ "$(od -An -tu1 -j16 -N8 "$icon" | awk '{print ($1*16777216+$2*65536+$3*256+$4) "x" ($5*16777216+$6*65536+$7*256+$8)}')" != "${size}x${size}" ]; then
    fail "the ${size}x${size} icon is another size"
  fi
done
symbols_installed=$(find "$share/rightjob/symbols/png" -name '*.png' | wc -l)
[ "$symbols_installed" -gt 100 ] || fail "only $symbols_installed symbol pictures are installed"

echo "== desktop-file-validate"
desktop-file-validate "$share/applications/$app_id.desktop" && echo "valid" || fail "desktop-file-validate"
echo "== appstreamcli validate --no-net"
appstreamcli validate --no-net "$share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
echo "== the manual page"
lexgrog "$share/man/man1/rightjob.1" || fail "lexgrog cannot read the manual page"
grep -q -- "--format txt|html|pdf|wav|mp3" "$share/man/man1/rightjob.1" || fail "the manual page does not hold --help"

echo "== the installed program"
program="$stage/usr/bin/rightjob"
version="$(env -u RIGHTJOB_ASSETS "$program" --version)"
echo "$version"
grep -qF "from $share/rightjob" <<<"$version" || fail "the installed program does not read its installed data"
env -u RIGHTJOB_ASSETS "$program" check "$share/rightjob/layouts/"*.json "$share/rightjob/symbols/manifest.json" \
  "$share/rightjob/assets/jobs/catalogue.json" "$share/rightjob/assets/jobs/weights.json" \
  "$share/rightjob/assets/demo/profile.json" || fail "rightjob check on the installed data"
SDL_VIDEODRIVER=offscreen SDL_AUDIODRIVER=dummy env -u RIGHTJOB_ASSETS "$program" screenshot \
  --profile "$share/rightjob/assets/demo/profile.json" --screen summary --size 800x600 \
  --data-dir "$work/people" --out "$work/home.png" || fail "the installed program's screenshot"
[ -s "$work/home.png" ] && [ "$(head -c 4 "$work/home.png" | od -An -c | tr -d ' ')" = "211PNG" ] \
  || fail "the screenshot is not a PNG"

echo "== cpack: the .deb"
(cd "$work" && cpack --config "$build/CPackConfig.cmake" -B "$work/package" >"$work/cpack.log" 2>&1) \
  || { cat "$work/cpack.log"; fail "cpack"; }
deb="$(find "$work/package" -maxdepth 1 -name 'rightjob_*.deb' | head -1)"
if [ -z "$deb" ]; then
  fail "cpack made no .deb"
else
  echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
  dpkg-deb -I "$deb" | tee "$work/control.txt"
  dpkg-deb -c "$deb" >"$work/contents.txt"
  echo "$(wc -l <"$work/contents.txt") entries"
  for path in ./usr/bin/rightjob ./usr/share/rightjob/symbols/manifest.json ./usr/share/rightjob/layouts/vocational_profile.json \
              "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
              "./usr/share/icons/hicolor/256x256/apps/$app_id.png" "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
              ./usr/share/man/man1/rightjob.1 ./usr/share/doc/rightjob/copyright; do
    grep -qE " ${path//./\\.}$" "$work/contents.txt" || fail "the .deb does not hold $path"
  done
  ! grep -q " ./usr/local/" "$work/contents.txt" || fail "the .deb puts files under /usr/local"
  depends="$(sed -n 's/^ Depends: //p' "$work/control.txt")"
  for package in libsdl2 libespeak-ng1 libcairo2 libpango libzip4 libsodium23 libqpdf29 libmp3lame0 libharfbuzz-subset0 \
                 espeak-ng-data fonts-sil-andika fonts-dejavu-core libc6; do
    grep -q "$package" <<<"$depends" || fail "Depends does not name $package: $depends"
  done
  grep -q "^ Package: rightjob$" "$work/control.txt" || fail "the package is not called rightjob"
  grep -q "^ Section: education$" "$work/control.txt" || fail "the package's section is not education"
fi

if [ "$failures" -gt 0 ]; then
  echo "$failures problems."
  exit 1
fi
echo "Installs like a desktop program: all checks passed."
