#!/usr/bin/env bash
# Regenerates the README's "Sharing a brief" images from real runs: the seed brief's HTML page
# (brief export --format html) in headless Chromium at 1280 and 390 pixels wide, and the first
# page of its PDF (brief export --format pdf) drawn by poppler's pdftoppm. The browser is the one
# export --format pdf finds ($BRIEF_CHROME, else the usual places). Run it after changing the page.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v pdftoppm >/dev/null; then
  apt-get update -qq && apt-get install -y -qq poppler-utils >/dev/null
fi
npm run build --silent
chromium="$(node --input-type=module -e "import { findChromium } from './dist/cli/chromium.js'; console.log(findChromium(process.env) ?? '')")"
if [ -z "$chromium" ]; then
  echo "no Chromium found: install chromium, or set BRIEF_CHROME" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p docs/screenshots
node bin/brief.js export istanbul-talks --format html -o "$work/page.html"
node bin/brief.js export istanbul-talks --format pdf -o "$work/page.pdf"

# Chromium refuses to start as root with its sandbox on.
sandbox=()
if [ "$(id -u)" = 0 ]; then sandbox=(--no-sandbox); fi

shot() { # name width height: the top of the page in a window of that size, in light mode
  local name=$1 width=$2 height=$3
  "$chromium" --headless "${sandbox[@]}" --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --disable-extensions --user-data-dir="$work/profile-$name" \
    --hide-scrollbars --force-device-scale-factor=1 --window-size="$width,$height" \
    --screenshot="$(pwd)/docs/screenshots/$name.png" "file://$work/page.html" >/dev/null 2>&1
  echo "docs/screenshots/$name.png"
}

shot html-desktop 1280 1600
shot html-phone 390 844
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/page.pdf" docs/screenshots/pdf-page1
echo "docs/screenshots/pdf-page1.png"
