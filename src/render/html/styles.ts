/**
 * The page's one stylesheet, inlined in its head: system fonts only (no web fonts: nothing is
 * loaded), readable from a 390-pixel phone to a desktop, dark when the reader's system is, and a
 * print layout (no page break inside a scenario, link addresses written out, the paper size).
 */

export type Paper = 'a4' | 'letter';

const PAGE_SIZE: Record<Paper, string> = { a4: 'A4', letter: 'letter' };

export function pageStyles(paper?: Paper): string {
  return `${BASE}
@media print {
  @page { ${paper ? `size: ${PAGE_SIZE[paper]}; ` : ''}margin: 16mm 15mm; }
${PRINT}
}
`;
}

const BASE = `
:root { color-scheme: light dark; --fg: #1d232b; --muted: #56606c; --bg: #fdfdfc; --panel: #f2f4f6; --line: #d5dae0;
  --accent: #1f5f99; --band: #e3e8ee; --band-on: #1f5f99; --band-text: #3c4652; --band-text-on: #fff; --done: #2e7d4f; --warn: #a3461d; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e4e8ec; --muted: #a2acb7; --bg: #14181d; --panel: #1d232a; --line: #35404b;
    --accent: #7db7ec; --band: #2a333d; --band-on: #7db7ec; --band-text: #b8c2cc; --band-text-on: #0d1720; --done: #6cc58f; --warn: #f0a07a; }
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--fg); font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  overflow-wrap: anywhere; word-break: normal; }
.page { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1, h2, h3, h4, h5, h6 { line-height: 1.25; margin: 1.6em 0 .5em; }
h1 { font-size: 1.9rem; margin-top: .3em; }
h2 { font-size: 1.4rem; border-bottom: 1px solid var(--line); padding-bottom: .2em; }
h3 { font-size: 1.15rem; }
h4, h5, h6 { font-size: 1rem; }
p, ul, ol, dl, blockquote, pre, table, figure, details { margin: 0 0 1em; }
a { color: var(--accent); }
img { max-width: 100%; height: auto; }
pre, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace; font-size: .9em; }
pre { background: var(--panel); padding: .75em 1em; border-radius: 6px; white-space: pre-wrap; }
blockquote { margin-left: 0; padding-left: 1em; border-left: 3px solid var(--line); color: var(--muted); }
/* A wide table scrolls in its own box; the page never scrolls sideways. */
table { display: block; max-width: 100%; overflow-x: auto; border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: .3em .6em; vertical-align: top; overflow-wrap: normal; }
th { background: var(--panel); }
.masthead { border-bottom: 3px solid var(--accent); margin-bottom: 1.5rem; }
.kicker { margin: 0; color: var(--muted); font-size: .85rem; text-transform: uppercase; letter-spacing: .06em; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; font-size: .92rem; margin: 0 0 1rem; }
.meta dt { color: var(--muted); }
.meta dd { margin: 0; }
.tag { display: inline-block; border: 1px solid var(--line); border-radius: 999px; padding: 0 .55em; margin: 0 .25em .2em 0; font-size: .85em; }
.callout { background: var(--panel); border-left: 4px solid var(--accent); padding: .8em 1em; margin: 0 0 1.2rem; border-radius: 0 6px 6px 0; }
.callout h2 { border: 0; font-size: .85rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 0 0 .3em; padding: 0; }
.callout p:last-child { margin-bottom: 0; }
.scenario { border: 1px solid var(--line); border-radius: 8px; padding: .2em 1em .6em; margin: 0 0 1.2rem; }
.scenario > h2, .scenario > h3, .scenario > h4 { margin-top: .7em; border: 0; }
.label { display: inline-block; min-width: 1.6em; text-align: center; background: var(--accent); color: var(--bg); border-radius: 4px; padding: 0 .3em; margin-right: .2em; }
.likelihood { margin: 0 0 .8em; }
.likelihood p { margin: 0 0 .3em; font-weight: 600; }
.impact { color: var(--muted); }
svg.scale { display: block; width: 100%; max-width: 30rem; height: auto; }
svg.scale .band rect { fill: var(--band); }
svg.scale .band text { fill: var(--band-text); font: 12px system-ui, sans-serif; }
svg.scale .band.on rect { fill: var(--band-on); }
svg.scale .band.on text { fill: var(--band-text-on); font-weight: 700; }
svg.scale .marker { fill: var(--warn); }
svg.scale text.end { fill: var(--muted); font: 11px system-ui, sans-serif; }
.indicators h4 { margin: .6em 0 .3em; font-size: .9rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.indicators ul { padding-left: 1.2em; }
.state { display: inline-block; font-size: .78em; border-radius: 4px; padding: 0 .4em; margin-right: .15em; border: 1px solid currentColor; }
.as-of { white-space: nowrap; }
.state.observed { color: var(--done); }
.state.not-observed { color: var(--muted); }
.state.unclear { color: var(--warn); }
.checklist { list-style: none; padding-left: 0; }
.checklist li { display: flex; gap: .6em; align-items: baseline; margin: 0 0 .45em; }
.box { flex: none; display: inline-block; width: 1em; height: 1em; border: 2px solid var(--muted); border-radius: 3px; position: relative; top: .15em; }
.done .box { border-color: var(--done); background: var(--done); }
.done .box::after { content: ""; position: absolute; left: .24em; top: .02em; width: .28em; height: .55em; border: solid var(--bg); border-width: 0 .14em .14em 0; transform: rotate(45deg); }
.done .text { color: var(--muted); }
.mark { font-size: .78em; border-radius: 4px; padding: 0 .4em; margin-left: .2em; border: 1px solid currentColor; white-space: nowrap; }
.mark.recommended { color: var(--done); }
.mark.not-recommended { color: var(--warn); }
.group { font-size: 1rem; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; border-top: 1px solid var(--line); padding-top: .6em; }
.index td a { font-weight: 600; }
@media (max-width: 30rem) {
  body { font-size: 16px; }
  .page { padding: 1rem .9rem 2rem; }
  h1 { font-size: 1.55rem; }
}`;

const PRINT = `  :root { --fg: #000; --muted: #444; --bg: #fff; --panel: #f3f3f3; --line: #bbb; --accent: #1f4f7f; --band: #e6e6e6; --band-on: #1f4f7f; --band-text: #333; --band-text-on: #fff; }
  body { font-size: 11pt; background: #fff; color: #000; }
  .page { max-width: none; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  .scenario, .callout, .checklist li, figure, svg.scale { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: underline; }
  a[href]::after { content: " (" attr(href) ")"; font-size: .85em; color: #444; overflow-wrap: anywhere; }
  table { display: table; overflow: visible; }
  footer { break-before: avoid; }`;
