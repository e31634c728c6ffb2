#!/usr/bin/env bash
# Installs what Right Job needs from Debian's packages, only when missing.
# With --for-tests, also what the tests use (a PDF reader, Chromium and node
# for the accessibility check, clang for fuzzing). Uses sudo when not root. Safe to run again.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  libimgui-dev libsdl2-dev libfreetype-dev libstb-dev libjpeg62-turbo-dev nlohmann-json3-dev
  libespeak-ng-dev espeak-ng libcairo2-dev libpango1.0-dev libfontconfig-dev
  libzip-dev libsodium-dev libzxcvbn-dev libqpdf-dev libharfbuzz-dev libmp3lame-dev libcups2-dev
  fonts-sil-andika fonts-opendyslexic fonts-dejavu-core fonts-symbola
  catch2
)
if [ "${1:-}" = "--for-tests" ]; then
  packages+=(poppler-utils chromium nodejs valgrind strace)
  # Two real Syncthing instances on 127.0.0.1 for the team folder test (tests/sync/).
  packages+=(syncthing curl)
  # pikepdf reads the PDF's tags back; sox (with its MP3 reader) measures
  # the audio; the validators check what `cmake --install` and the .deb hold.
  packages+=(python3-pikepdf sox libsox-fmt-mp3 desktop-file-utils appstream dpkg-dev fakeroot)
  # clang and its runtime (libFuzzer, the sanitizers) for the fuzz smoke test.
  packages+=(clang libclang-rt-14-dev ccache)
  # A private print server for the printing test (tests/print/), and the
  # PDF printer the brief asks for; Xvfb, xdotool and ImageMagick drive the
  # real window in the walkthrough test (tests/walkthrough/).
  packages+=(cups-daemon cups-client printer-driver-cups-pdf xvfb xauth xdotool imagemagick)
  # npm comes with some builds of nodejs (which then refuse Debian's npm);
  # only ask for it when there is none.
  if ! command -v npm >/dev/null 2>&1; then
    packages+=(npm)
  fi
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "Right Job: everything needed is installed."
  exit 0
fi

echo "Right Job: installing ${missing[*]}"
sudo_command=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_command=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_command[@]}" apt-get update -qq
"${sudo_command[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
