// Draws a terminal capture (tmux capture-pane -e: text with SGR colour codes) as an SVG
// image: a monospace grid with the colours the terminal showed. stdin -> stdout.
import { readFileSync } from 'node:fs';

const PALETTE = ['#1e1e1e', '#e06c75', '#98c379', '#e5c07b', '#61afef', '#c678dd', '#56b6c2', '#d4d4d4',
  '#7f848e', '#ff7b86', '#b5e890', '#ffd787', '#8ccfff', '#e0a3ff', '#7fe0ee', '#ffffff'];
const CELL = 8.4;
const LINE = 18;
const PAD = 14;

const xml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const color256 = (n) => {
  if (n < 16) return PALETTE[n];
  if (n >= 232) { const v = 8 + (n - 232) * 10; return `rgb(${v},${v},${v})`; }
  const i = n - 16; const c = (x) => (x === 0 ? 0 : 55 + x * 40);
  return `rgb(${c(Math.floor(i / 36))},${c(Math.floor(i / 6) % 6)},${c(i % 6)})`;
};

const lines = readFileSync(0, 'utf8').replace(/\n+$/, '').split('\n');
const width = Math.max(80, ...lines.map((l) => [...l.replace(/\u001b\[[0-9;]*m/g, '')].length));
let state = { fg: null, bold: false, dim: false, italic: false, underline: false };
const rows = lines.map((line, row) => {
  const spans = [];
  let column = 0;
  for (const part of line.split(/(\u001b\[[0-9;]*m)/)) {
    const sgr = /^\u001b\[([0-9;]*)m$/.exec(part);
    if (sgr) {
      const codes = sgr[1] === '' ? [0] : sgr[1].split(';').map(Number);
      for (let i = 0; i < codes.length; i += 1) {
        const c = codes[i];
        if (c === 0) state = { fg: null, bold: false, dim: false, italic: false, underline: false };
        else if (c === 1) state.bold = true;
        else if (c === 2) state.dim = true;
        else if (c === 3) state.italic = true;
        else if (c === 4) state.underline = true;
        else if (c === 22) { state.bold = false; state.dim = false; }
        else if (c === 23) state.italic = false;
        else if (c === 24) state.underline = false;
        else if (c >= 30 && c <= 37) state.fg = PALETTE[c - 30 === 0 ? 8 : c - 30];
        else if (c >= 90 && c <= 97) state.fg = PALETTE[c - 90 + 8];
        else if (c === 39) state.fg = null;
        else if (c === 38 && codes[i + 1] === 5) { state.fg = color256(codes[i + 2]); i += 2; }
      }
      continue;
    }
    if (part === '') continue;
    const style = [`fill="${state.fg ?? PALETTE[7]}"`];
    if (state.bold) style.push('font-weight="bold"');
    if (state.dim) style.push('opacity="0.6"');
    if (state.italic) style.push('font-style="italic"');
    if (state.underline) style.push('text-decoration="underline"');
    spans.push(`<tspan x="${(PAD + column * CELL).toFixed(1)}" ${style.join(' ')}>${xml(part)}</tspan>`);
    column += [...part].length;
  }
  return `<text y="${PAD + 13 + row * LINE}" xml:space="preserve">${spans.join('')}</text>`;
});
const w = Math.ceil(PAD * 2 + width * CELL);
const h = PAD * 2 + lines.length * LINE;
process.stdout.write(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
<rect width="100%" height="100%" rx="8" fill="${PALETTE[0]}"/>
<g font-family="DejaVu Sans Mono, Menlo, Consolas, monospace" font-size="14">
${rows.join('\n')}
</g>
</svg>
`);
