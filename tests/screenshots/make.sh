#!/usr/bin/env bash
# Regenerates the README's screenshots (docs/screenshots/*.png) from real terminal runs:
# tmux runs brief in a 96x30 terminal, capture-pane -e keeps the colours, ansi-to-svg.mjs draws
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

shot() { # name rows command...
  local name=$1 rows=$2; shift 2
  tmux kill-session -t brief-shot 2>/dev/null || true
  tmux new-session -d -s brief-shot -x 96 -y "$rows" \
    "env -i HOME=\$HOME TERM=xterm-256color PATH=$bin:/usr/bin:/bin PS1='$ ' LESS= bash --norc --noprofile"
  sleep 0.5
  tmux send-keys -t brief-shot "clear; $*" Enter
  sleep 2
  tmux capture-pane -t brief-shot -e -p > "docs/screenshots/$name.ansi"
  tmux kill-session -t brief-shot
  node tests/screenshots/ansi-to-svg.mjs < "docs/screenshots/$name.ansi" > "docs/screenshots/$name.svg"
  rsvg-convert "docs/screenshots/$name.svg" -o "docs/screenshots/$name.png"
  rm "docs/screenshots/$name.ansi" "docs/screenshots/$name.svg"
  echo "docs/screenshots/$name.png"
}

shot show 30 brief show istanbul-talks
shot recommendations 12 brief recommendations baltic-cable-sabotage
shot lint 12 brief lint tests/fixtures/broken-brief.md
rm -rf "$bin"
