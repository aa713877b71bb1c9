/**
 * The body of a pasted article as Markdown: bare heading lines become `##` sections, scenario
 * heads (every form the brief reader knows) `###` headings in the scenarios section, and the
 * paragraphs after a lead-in ending with a colon, under a recommendations heading, list items.
 * Lines are kept as they were wrapped; text is escaped where Markdown would read it as markup.
 */
import { introducesScenarios, isPartHeading, readLabel, sectionKinds } from '../brief/forms.js';
import type { SectionKind } from '../brief/model.js';

/** A paragraph of the text: its lines, trimmed. */
export type Block = string[];

/** A sentence end (or a comma, colon, semicolon) before any closing quotes or brackets. */
const ENDS_CLAUSE = /[.,;:!]["'”’)\]]*$/u;

/** A line alone between paragraphs that reads as a heading: short, capitalised, no sentence end. */
function isHeadingLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (line.length > 120 || words > 16 || ENDS_CLAUSE.test(line)) return false;
  // A short question can be a heading ("What should be done?"); a long one is a sentence.
  if (/\?["'”’)\]]*$/u.test(line) && words > 8) return false;
  if (/^(?:[-*+•◦▪●–]\s)/u.test(line)) return false;
  return /^[\p{Lu}\p{N}"'“‘(]/u.test(line);
}

/** A scenario head on a paragraph's first line: `A) Title` above the text it heads. */
function isHeadLine(line: string, next: string | undefined): boolean {
  return line.length <= 120 && !ENDS_CLAUSE.test(line) && next !== undefined && /^[\p{Lu}\p{N}"“‘'(]/u.test(next);
}

/** A line of a list as typed or copied: a bullet (`-`, `*`, `+`, `•`, ...) or a number (`1.`, `2)`). */
const LIST_ITEM = /^(?:[-*+](?=\s)|[•◦▪●‣]|(\d{1,9}[.)])(?=\s))\s*/u;

/** Escapes what Markdown would read as inline markup: emphasis, code, HTML, links. */
function escapeInline(line: string): string {
  const links = /\]\s?[([:]/.test(line);
  return line
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[*`]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    // A `[` makes a link only with `](`, `][` or `]:` after it: escaped on such lines alone.
    .replace(/\[/g, links ? '\\[' : '[');
}

/** Escapes what Markdown would read as markup in a line of plain text. */
export function escapeLine(line: string): string {
  let text = escapeInline(line);
  // Starts of lines that make a heading, a quote, a list, a rule or a setext underline.
  if (/^(?:#{1,6}(?:\s|$)|>|[-+](?:\s|$)|=+\s*$|-+\s*$|\|)/.test(text)) text = `\\${text}`;
  else text = text.replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return text;
}

const isListBlock = (block: Block): boolean => block.every((l) => LIST_ITEM.test(l));

/** A list line with its marker as Markdown writes it: bullets as `-`, numbers as they are. */
function listLine(line: string): string {
  const m = LIST_ITEM.exec(line)!;
  return `${m[1] ?? '-'} ${escapeLine(line.slice(m[0].length))}`;
}

/** A paragraph: a list when every line is a list item (as copied from one), else escaped text. */
function paragraph(block: Block): string {
  return (isListBlock(block) ? block.map(listLine) : block.map(escapeLine)).join('\n');
}

/** A paragraph as one list item; its other lines indented under the marker, as wrapped. */
function item(block: Block): string {
  const [first, ...rest] = block;
  const head = LIST_ITEM.test(first!) ? listLine(first!) : `- ${escapeLine(first!)}`;
  const indent = ' '.repeat(head.indexOf(' ') + 1);
  return [head, ...rest.map((l) => indent + escapeLine(l))].join('\n');
}

/** A paragraph after a lead-in that reads as one recommendation: a few sentences, no lead-in of its own. */
function looksLikeItem(text: string): boolean {
  const sentences = text.split(/[.!?]["'”’)]*\s+(?=\p{Lu})/u).length;
  return text.length <= 600 && sentences <= 3 && !text.trimEnd().endsWith(':');
}

/** The Markdown of the body's blocks, in order. */
export function markdownBody(blocks: readonly Block[]): string {
  const out: string[] = [];
  let kinds: SectionKind[] = [];
  /** In the scenarios section: a labelled scenario was read; a named one; a paragraph. */
  let labelled = false;
  let named = false;
  let prose = false;
  let expectScenarios = false;
  let listing = false;
  const inScenarios = (): boolean => kinds.includes('scenarios');

  const scenarioHead = (line: string): boolean => {
    const label = readLabel(line, !(inScenarios() || expectScenarios));
    if (!label || (label.rest === '' && !inScenarios())) return false;
    if (!inScenarios()) {
      out.push('## Scenarios');
      kinds = ['scenarios'];
    }
    out.push(`### ${escapeInline(line)}`);
    labelled = true;
    listing = false;
    return true;
  };

  const heading = (line: string): void => {
    if (scenarioHead(line)) return;
    const these = sectionKinds(line);
    // Inside the scenarios section an ordinary heading is a part (`Drivers`) or, before any
    // labelled scenario and prose (or after another), a named scenario; otherwise it starts the
    // next section.
    const part = isPartHeading(line);
    if (inScenarios() && these[0] === 'section' && (part || (!labelled && (named || !prose || expectScenarios)))) {
      out.push(`### ${escapeInline(line)}`);
      named ||= !part;
      return;
    }
    out.push(`## ${escapeInline(line)}`);
    kinds = these;
    labelled = false;
    named = false;
    prose = false;
    expectScenarios = false;
    listing = false;
  };

  for (const [index, block] of blocks.entries()) {
    const first = block[0]!;
    if (block.length === 1 && isHeadingLine(first) && index < blocks.length - 1) {
      heading(first);
      continue;
    }
    let rest = block;
    if (block.length > 1 && isHeadLine(first, block[1]) && scenarioHead(first)) rest = block.slice(1);
    const text = rest.join(' ');
    if (kinds.includes('recommendations') && listing && (isListBlock(rest) || looksLikeItem(text))) {
      // Items one under another: a list, as a writer types it.
      out[out.length - 1] += `\n${isListBlock(rest) ? paragraph(rest) : item(rest)}`;
      continue;
    }
    listing = kinds.includes('recommendations') && text.trimEnd().endsWith(':');
    out.push(paragraph(rest));
    if (listing) out.push('');
    prose = true;
    expectScenarios = introducesScenarios(text);
  }
  // An empty entry opened a list after a lead-in; one that stayed empty is removed.
  return out.filter((b) => b !== '').map((b) => b.replace(/^\n/, '')).join('\n\n');
}
