#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from real terminal runs:
# tmux runs brief in a terminal of a set size, capture-pane -e keeps the colours, ansi-to-svg.mjs draws
# the capture, rsvg-convert turns it into a PNG. Run it after changing what those commands show.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v tmux >/dev/null || ! command -v rsvg-convert >/dev/null; then
  apt-get update -qq && apt-get install -y -qq tmux librsvg2-bin fonts-dejavu-core >/dev/null
fi
npm run build --silent
bin="$(pwd)/tests/screenshots/bin"
mkdir -p "$bin" docs/screenshots
printf '#!/bin/sh\nexec node %q "$@"\n' "$(pwd)/bin/brief.js" > "$bin/brief"
chmod +x "$bin/brief"

shot() { # name columns rows command...
  local name=$1 cols=$2 rows=$3; shift 3
  tmux kill-session -t brief-shot 2>/dev/null || true
  tmux new-session -d -s brief-shot -x "$cols" -y "$rows" \
    "env -i HOME=\$HOME LANG=C.UTF-8 TERM=xterm-256color PATH=$bin:/usr/bin:/bin PS1='$ ' bash --norc --noprofile"
  sleep 0.5
  tmux send-keys -t brief-shot "clear" Enter
  sleep 0.3
  tmux send-keys -t brief-shot "$*" Enter
  sleep 2
  tmux capture-pane -t brief-shot -e -p > "docs/screenshots/$name.ansi"
  tmux kill-session -t brief-shot
  node tests/screenshots/ansi-to-svg.mjs < "docs/screenshots/$name.ansi" > "docs/screenshots/$name.svg"
  rsvg-convert "docs/screenshots/$name.svg" -o "docs/screenshots/$name.png"
  rm "docs/screenshots/$name.ansi" "docs/screenshots/$name.svg"
  echo "docs/screenshots/$name.png"
}

shot show 96 30 brief show istanbul-talks
shot recommendations 96 10 brief recommendations baltic-cable-sabotage
shot lint 168 10 brief lint tests/fixtures/broken-brief.md
rm -rf "$bin"
