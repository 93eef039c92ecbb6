#!/bin/sh
# Makes sure Debian's Chromium is installed for the browser tests (npm run test:e2e).
# It never downloads a browser build: it uses the distribution package, installing it with
# apt-get when missing (as root, or through sudo when available).
set -eu

CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"

if [ -x "$CHROMIUM" ]; then
  exit 0
fi

echo "Chromium not found at $CHROMIUM; installing the Debian package..." >&2
if [ "$(id -u)" -eq 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1; then
  SUDO="sudo"
else
  echo "Cannot install Chromium: run 'apt-get install -y chromium' as root." >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "apt-get finished but $CHROMIUM is still missing." >&2
  exit 1
fi
echo "Installed $("$CHROMIUM" --version 2>/dev/null || echo chromium)." >&2
