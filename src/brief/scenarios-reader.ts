/**
 * Finds the scenarios of a brief in the layouts authors use (docs/brief-format.md, "House
 * styles"): `###` headings in a scenarios section, `## Scenario 1:` sections, bold lead-ins,
 * labelled list items, and lists of named futures after "...three scenarios:".
 */
import type { Tokens } from 'marked';
import type { ScenarioHeading } from './model.js';
import { blocksMarkdown, blocksText, blockText, countNewlines, inlineOf, isEmptyBlock, itemText, leadingBold, type Block } from './markdown.js';
import { firstSentence, introducesScenarios, isFooterStart, isPartHeading, MAYBE_SCENARIO_LEAD, readLabel } from './forms.js';
import { withLazy, type Fill } from './lazy.js';
import type { OpenSection } from './body.js';

export interface ScenariosRead {
  headings: ScenarioHeading[];
  /** Blocks that head a scenario (lead-in paragraphs, lists), which no summary may be taken from. */
  usedBlocks: Set<Block>;
}

type HeadFields = Omit<ScenarioHeading, 'text' | 'markdown' | 'empty'>;
/** A scenario found, its text not yet read: the readers may still drop it. */
interface Head extends HeadFields { empty: boolean; text: () => string; markdown: () => string }

const head = (f: HeadFields, empty: boolean, text: () => string, markdown: () => string): Head => (
  { heading: f.heading, label: f.label, labelDerived: f.labelDerived, title: f.title, line: f.line, form: f.form, empty, text, markdown });

/**
 * A scenario as the model holds it, finished by `fill` (lazy.ts). Fields listed, not spread: a
 * spread copy that then gets lazy fields outlives young-generation GC (see lazy.ts).
 */
const finish = (h: Head, fill: Fill): ScenarioHeading => fill(
  { heading: h.heading, label: h.label, labelDerived: h.labelDerived, title: h.title, line: h.line, form: h.form, empty: h.empty },
  { text: h.text, markdown: h.markdown },
);

/** The scenarios of the body's sections (or, failing those, of its other blocks); `fill` finishes each. */
export function readScenarios(sections: OpenSection[], intro: Block[], fill: Fill = withLazy): ScenariosRead {
  const used = new Set<Block>();
  const heads: Head[] = [];
  for (const s of sections) {
    if (!s.kinds.includes('scenarios')) continue;
    const own = readLabel(s.heading, true);
    if (own) {
      heads.push(fromBlocks({ heading: s.heading, label: own.label, labelDerived: false, title: own.rest, line: s.line, form: 'section' }, s.blocks));
      continue;
    }
    const found = readContainer(s.blocks, false, used);
    // Named scenarios are numbered by position, so a second section's can only repeat the first's.
    if (found.length > 0 && (heads.length === 0 || found.every((h) => !h.labelDerived))) for (const h of found) heads.push(h);
  }
  if (heads.length === 0) {
    // No scenarios section: scenarios written as lead-ins or lists elsewhere, with the word "Scenario".
    for (const blocks of [intro, ...sections.filter((s) => !s.kinds.some((k) => k === 'recommendations' || k === 'summary')).map((s) => s.blocks)]) {
      const found = readContainer(blocks, true, used);
      if (found.length > 0) { for (const h of found) heads.push(h); break; }
    }
  }
  return { headings: heads.map((h) => finish(h, fill)), usedBlocks: used };
}

/**
 * The scenarios in one section's blocks. `strict`: outside a scenarios section, where only a
 * label with the word "Scenario", or a list after a paragraph that announces scenarios, counts.
 */
function readContainer(blocks: Block[], strict: boolean, used: Set<Block>): Head[] {
  const byHeadings = fromHeadings(blocks, strict);
  if (byHeadings.length > 0) {
    // Outside a scenarios section their text is not the section's own prose (the fallback summary).
    if (strict) for (const b of blocks) if (b.line > byHeadings[0]!.line) used.add(b);
    return byHeadings;
  }
  const labelled: Head[] = [];
  for (const [i, block] of blocks.entries()) {
    const token = block.token;
    if (token.type === 'paragraph') {
      if (isFooterStart(token.text)) break;
      const head = fromLeadIn(block, strict);
      if (head) { labelled.push(head); used.add(block); }
    } else if (token.type === 'list') {
      const items = fromList(block, strict, previousParagraph(blocks, i));
      if (items.length > 0) {
        for (const item of items) labelled.push(item);
        used.add(block);
        if (items[0]!.labelDerived) return labelled;
      }
    }
  }
  if (labelled.length > 0 || strict) return labelled;
  // A scenarios section holding just a list: the list is its scenarios.
  const list = blocks.find((b) => b.token.type === 'list' && (b.token as Tokens.List).items.length >= 2);
  if (!list) return [];
  used.add(list);
  return namedItems(list);
}

function previousParagraph(blocks: Block[], i: number): Block | null {
  for (let j = i - 1; j >= 0; j -= 1) {
    const t = blocks[j]!.token;
    if (t.type === 'html' && isEmptyBlock(t)) continue;
    return t.type === 'paragraph' ? blocks[j]! : null;
  }
  return null;
}

/**
 * Headings below the section: labelled ones are scenarios and unlabelled ones parts of the
 * section or of the scenario above; with no labels at all, each named heading (not a part such
 * as "Drivers") is a scenario, labelled by its position. `strict` (outside a scenarios section):
 * only headings labelled with the word "Scenario", at the highest level they are written at.
 */
function fromHeadings(blocks: Block[], strict: boolean): Head[] {
  const headings = blocks.filter((b) => b.token.type === 'heading'
    && (!strict || (MAYBE_SCENARIO_HEADING.test(b.token.raw) && readLabel(blockText(b.token) ?? '', true) !== null)));
  if (headings.length === 0) return [];
  const depth = headings.reduce((min, b) => Math.min(min, (b.token as Tokens.Heading).depth), 6);
  const level = blocks.filter((b) => b.token.type === 'heading' && (b.token as Tokens.Heading).depth === depth);
  const texts = level.map((b) => blockText(b.token) ?? '');
  const labels = texts.map((t) => readLabel(t, strict));
  const anyLabel = labels.some((l) => l !== null);
  const starts = level.map((_, i) => i).filter((i) => (anyLabel ? labels[i] !== null : !isPartHeading(texts[i]!)));
  return starts.map((i, n) => {
    const from = blocks.indexOf(level[i]!) + 1;
    const next = starts[n + 1];
    const to = next === undefined ? blocks.length : blocks.indexOf(level[next]!);
    const label = labels[i];
    const heading = texts[i]!;
    return fromBlocks({
      heading,
      label: label ? label.label : String(n + 1),
      labelDerived: !label,
      title: label ? label.rest : heading,
      line: level[i]!.line,
      form: 'heading',
    }, blocks.slice(from, to));
  });
}

/** Cheap test of a heading's Markdown before its text is read: could it be `### Scenario 1: ...`? */
const MAYBE_SCENARIO_HEADING = /^\s*#{1,6}\s*(?:\*\*|__|\*|_)?\s*(?:alternative\s+)?sc[eé]nario/iu;

function fromBlocks(fields: HeadFields, blocks: Block[]): Head {
  const tokens = blocks.map((b) => b.token);
  return head(fields, tokens.every(isEmptyBlock), () => blocksText(tokens), () => blocksMarkdown(tokens));
}

/** `**Scenario A: Title.** Text` (in a scenarios section, `**A. Title.** Text` too). */
function fromLeadIn(block: Block, strict: boolean): Head | null {
  const token = block.token as Tokens.Paragraph;
  if (!/^\s*(?:\*\*|__)/.test(token.text) || (strict && !MAYBE_SCENARIO_LEAD.test(token.text))) return null;
  const lead = leadingBold(inlineOf(token));
  if (!lead) return null;
  const label = readLabel(lead.bold, strict);
  if (!label) return null;
  const rest = lead.rest.replace(SEPARATOR, '');
  return head(
    { heading: lead.bold, label: label.label, labelDerived: false, title: trimTitle(label.rest), line: block.line, form: 'lead-in' },
    rest === '',
    () => rest,
    () => token.raw.trim().replace(/^(\*\*|__)[\s\S]*?\1\s*/, '').replace(SEPARATOR, ''),
  );
}

/**
 * Labelled items (`1. Scenario #1: Title. Text`, `- **A. Title.** Text`), or a list of named
 * futures after a paragraph that announces them ("...we see three scenarios:").
 */
function fromList(block: Block, strict: boolean, before: Block | null): Head[] {
  const list = block.token as Tokens.List;
  if (list.items.length === 0) return [];
  const announced = before !== null && introducesScenarios((before.token as Tokens.Paragraph).text);
  const mayBeLabelled = list.items.every((item) => (strict ? MAYBE_SCENARIO_LEAD.test(item.text) : true));
  if (mayBeLabelled) {
    const heads = items(block).map(({ item, line }) => fromItem(item, line, strict));
    if (heads.every((h) => h !== null)) return heads as Head[];
  }
  return announced ? namedItems(block) : [];
}

function items(block: Block): Array<{ item: Tokens.ListItem; line: number }> {
  let line = block.line;
  return (block.token as Tokens.List).items.map((item) => {
    const at = line + /^\n*/.exec(item.raw)![0].length;
    line += countNewlines(item.raw);
    return { item, line: at };
  });
}

function fromItem(item: Tokens.ListItem, line: number, strict: boolean): Head | null {
  const lead = leadingBold(inlineOf(item));
  if (lead) {
    const label = readLabel(lead.bold, strict);
    if (!label) return null;
    return listHead(item, line, { label: label.label, labelDerived: false, head: lead.bold, title: trimTitle(label.rest), rest: lead.rest });
  }
  const text = itemText(item);
  const label = readLabel(text, strict);
  if (!label) return null;
  const { sentence, rest } = firstSentence(label.rest);
  return listHead(item, line, { label: label.label, labelDerived: false, head: text.slice(0, text.length - rest.length).trim(), title: sentence, rest });
}

/** A list of named futures: each item a scenario, numbered by its position. */
function namedItems(block: Block): Head[] {
  return items(block).map(({ item, line }, n) => {
    const lead = leadingBold(inlineOf(item));
    const text = lead ? null : itemText(item);
    const { sentence, rest } = lead ? { sentence: trimTitle(lead.bold), rest: lead.rest } : nameAndText(text!);
    return listHead(item, line, { label: String(n + 1), labelDerived: true, head: lead ? lead.bold : sentence, title: sentence, rest });
  });
}

/**
 * `Name: what happens. More.`: the name before a colon in the first sentence, else the first
 * sentence, is the title.
 */
function nameAndText(text: string): { sentence: string; rest: string } {
  const named = /^([^:.!?]{1,80}?):\s+(?=\S)/.exec(text);
  if (named) return { sentence: named[1]!.trim(), rest: text.slice(named[0].length).trim() };
  return firstSentence(text);
}

/** The dash or colon between a bold name and its text (`**Calm** — text`), which is neither. */
const SEPARATOR = /^[-–—:]+\s*/;

function listHead(item: Tokens.ListItem, line: number, read: { label: string; labelDerived: boolean; head: string; title: string; rest: string }): Head {
  read = { ...read, rest: read.rest.replace(SEPARATOR, '') };
  return head(
    { heading: read.head, label: read.label, labelDerived: read.labelDerived, title: read.title, line, form: 'list' },
    read.rest === '',
    () => read.rest,
    () => restMarkdown(item, read.rest),
  );
}

/**
 * The Markdown of an item after its lead (the bold run, or the title sentence): the source
 * where it can be cut at the same place, else the plain text with its markup characters escaped.
 */
function restMarkdown(item: Tokens.ListItem, rest: string): string {
  const source = item.text.trim();
  const bold = /^(\*\*|__)[\s\S]*?\1\s*/.exec(source);
  if (bold) return source.slice(bold[0].length).replace(SEPARATOR, '');
  if (rest !== '' && source.endsWith(rest)) return rest;
  return rest.replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** A title from a bold run or sentence: without the period or colon that closed it. */
function trimTitle(text: string): string {
  return text.trim().replace(/\s*[.:]$/, '');
}
