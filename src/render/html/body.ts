/**
 * The body of a brief as HTML, in the order it is written, with its heading hierarchy: each
 * level-1/2 heading opens a <section>; the blocks where a scenario is written become a scenario
 * card (likelihood on the scale, impact, text, indicators); the lists that hold
 * recommendations become a checklist; the rest is the brief's own Markdown, sanitised.
 */
import { Lexer, Parser, type Token, type Tokens } from 'marked';
import type { Brief, Recommendation, Scenario } from '../../brief/model.js';
import { countNewlines } from '../../brief/markdown.js';
import { escapeHtml } from './escape.js';
import { likelihoodScale } from './scale.js';
import { markdownToHtml, sanitizeFragment } from './sanitize.js';

interface Block { token: Token; line: number; end: number }

/** Top-level blocks with their first and last file lines (as the parser counts them). */
function blocksOf(brief: Brief): Block[] {
  const tokens = new Lexer({ gfm: true }).lex(brief.body);
  const blocks: Block[] = [];
  let line = brief.frontmatter.bodyLine;
  for (const token of tokens) {
    const lead = /^\n*/.exec(token.raw)![0].length;
    const start = line + lead;
    if (token.type !== 'space') blocks.push({ token, line: start, end: start + countNewlines(token.raw.slice(lead).trimEnd()) });
    line += countNewlines(token.raw);
  }
  return blocks;
}

const depthOf = (b: Block): number => (b.token.type === 'heading' ? (b.token as Tokens.Heading).depth : Infinity);

/** Where each scenario is written: from its head to the next scenario or the heading that ends it. */
function scenarioSpans(brief: Brief, blocks: Block[]): Array<{ scenario: Scenario; from: number; to: number; depth: number }> {
  const heads = brief.scenarioHeadings.map((h) => h.line);
  return brief.scenarios.map((scenario) => {
    const head = blocks.find((b) => b.line === scenario.line && b.token.type === 'heading');
    const depth = head ? depthOf(head) : Infinity;
    const next = [
      ...heads.filter((l) => l > scenario.line),
      ...blocks.filter((b) => b.line > scenario.line && b.token.type === 'heading' && (depth === Infinity || depthOf(b) <= depth)).map((b) => b.line),
    ];
    return { scenario, from: scenario.line, to: next.length > 0 ? Math.min(...next) : Infinity, depth };
  });
}

function scenarioCard(s: Scenario, depth: number): string {
  const h = `h${Math.min(6, Math.max(2, depth))}`;
  const parts = [`<article class="scenario">`, `<${h}><span class="label">${escapeHtml(s.label)}</span> ${escapeHtml(s.title)}</${h}>`];
  const stated = s.likelihood === null ? 'Likelihood not stated' : `Likelihood: ${s.likelihood}`;
  parts.push(`<div class="likelihood"><p>${escapeHtml(stated)}</p>${likelihoodScale(s.likelihood, s.likelihoodRange)}</div>`);
  if (s.impact !== null) parts.push(`<p class="impact">Impact: ${escapeHtml(s.impact)}</p>`);
  if (s.markdown.trim() !== '') parts.push(markdownToHtml(s.markdown));
  const indicators = s.indicatorStates;
  if (indicators.length > 0) {
    const items = indicators.map((i) => {
      const state = i.status === null ? '' : `<span class="state ${i.status}">${escapeHtml(i.status.replace('-', ' '))}</span>`;
      const asOf = i.asOf ? ` <span class="as-of">(as of ${escapeHtml(i.asOf)})</span>` : '';
      const note = i.note ? ` — <span class="note">${escapeHtml(i.note)}</span>` : '';
      return `<li>${state === '' ? '' : `${state} `}${escapeHtml(i.text)}${asOf}${note}</li>`;
    });
    parts.push(`<div class="indicators"><h4>Indicators</h4><ul>${items.join('')}</ul></div>`);
  }
  parts.push('</article>');
  return parts.join('\n');
}

function checklistItem(r: Recommendation, number: string): string {
  const state = r.done ? 'done' : 'todo';
  const mark = r.mark === null ? '' : ` <span class="mark ${r.mark}">${r.mark === 'recommended' ? 'Recommended' : 'Not recommended'}</span>`;
  return `<li class="${state}"><span class="box" role="img" aria-label="${r.done ? 'done' : 'not done'}"></span>`
    + `<span class="text">${number}${escapeHtml(r.text)}${mark}</span></li>`;
}

function checklist(recs: Recommendation[], list: Tokens.List | null): string {
  const start = list?.ordered ? (typeof list.start === 'number' ? list.start : 1) : null;
  return `<ul class="checklist">${recs.map((r, i) => checklistItem(r, start === null ? '' : `${start + i}. `)).join('')}</ul>`;
}

/** The body's HTML (without the title heading, and without a summary section shown as the bottom line). */
export function renderBody(brief: Brief): string {
  const blocks = blocksOf(brief);
  const spans = scenarioSpans(brief, blocks);
  const shownScenarios = new Set<Scenario>();
  const shownRecs = new Set<Recommendation>();
  const out: string[] = [];
  let run: Token[] = [];
  let open = false;
  let skipping = false;
  let lastHeading: string | null = null;
  let lastGroup: string | null = null;
  const flush = (): void => {
    if (run.length > 0) out.push(sanitizeFragment(Parser.parse(run, { gfm: true, async: false })));
    run = [];
  };
  const firstSection = brief.sections[0]?.line ?? Infinity;
  const summarySection = brief.summarySource === 'section'
    ? brief.sections.find((s) => s.line === brief.summaryLine && s.kinds.length === 1) ?? null : null;

  for (const block of blocks) {
    const { token } = block;
    if (brief.displayTitle !== null && block.line === brief.displayTitle.line && token.type === 'heading') continue;
    // A bottom line taken from the introduction's first paragraph is shown once, above the body.
    if (brief.summarySource === 'paragraph' && block.line === brief.summaryLine && block.line < firstSection && token.type === 'paragraph') continue;
    if (token.type === 'heading' && depthOf(block) <= 2) {
      flush();
      if (open) out.push('</section>');
      skipping = summarySection !== null && block.line === summarySection.line;
      const section = brief.sections.find((s) => s.line === block.line);
      open = !skipping;
      if (open) out.push(`<section class="part${section ? section.kinds.map((k) => ` ${k}`).join('') : ''}">`);
    }
    if (skipping) continue;
    const spanned = spans.filter((s) => (block.line >= s.from && block.line < s.to) || (s.from >= block.line && s.from <= block.end));
    if (spanned.length > 0) {
      flush();
      for (const s of spanned) {
        if (shownScenarios.has(s.scenario)) continue;
        shownScenarios.add(s.scenario);
        out.push(scenarioCard(s.scenario, s.depth === Infinity ? 3 : s.depth));
      }
      continue;
    }
    const recs = brief.recommendations.filter((r) => r.line >= block.line && r.line <= block.end && !shownRecs.has(r));
    if (recs.length > 0) {
      flush();
      const group = recs[0]!.group;
      if (group !== null && group !== lastHeading && group !== lastGroup) out.push(`<p class="group"><strong>${escapeHtml(group)}</strong></p>`);
      lastGroup = group;
      for (const r of recs) shownRecs.add(r);
      out.push(checklist(recs, token.type === 'list' ? (token as Tokens.List) : null));
      continue;
    }
    // A heading or lead-in paragraph that names a group already shows it.
    if (token.type === 'heading' || token.type === 'paragraph') lastHeading = (token as Tokens.Heading).text.replace(/[*_]/g, '').replace(/:\s*$/, '').trim();
    run.push(token);
  }
  flush();
  if (open) out.push('</section>');
  // What the walk did not place (a structure the layout does not know) is still shown.
  const leftScenarios = brief.scenarios.filter((s) => !shownScenarios.has(s));
  if (leftScenarios.length > 0) out.push(`<section class="part scenarios"><h2>Scenarios</h2>\n${leftScenarios.map((s) => scenarioCard(s, 3)).join('\n')}</section>`);
  const leftRecs = brief.recommendations.filter((r) => !shownRecs.has(r));
  if (leftRecs.length > 0) out.push(`<section class="part recommendations"><h2>Recommendations</h2>\n${checklist(leftRecs, null)}</section>`);
  return out.join('\n');
}
