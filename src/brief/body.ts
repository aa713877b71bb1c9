/** Reads the body's structure: the title heading, sections and their kinds, scenarios, recommendations. */
import type { Tokens } from 'marked';
import type { Recommendation, ScenarioHeading, Section, SectionKind } from './model.js';
import { blocksText, blockText, countNewlines, isEmptyBlock, itemText, type Block } from './markdown.js';
import { withLazy } from './lazy.js';

/** Contract §3, in order: the first row that matches wins. */
const KINDS: Array<[SectionKind, RegExp]> = [
  ['summary', /\b(?:summary|bottom line|bluf)\b/i],
  ['scenarios', /\bscenarios?\b/i],
  ['recommendations', /\brecommendations?\b/i],
  ['conclusion', /\bconclusions?\b/i],
];

export function sectionKind(heading: string): SectionKind {
  return KINDS.find(([, pattern]) => pattern.test(heading))?.[0] ?? 'section';
}

/** `A. Title`, `B) Title`, `Scenario C: Title`, `1 - Title`, `Scenario D` (contract §3). */
const LABEL = /^(?:scenario\s+)?([a-z]|\d+)(?:\s*[.):]|\s+[-\u2013\u2014]|\s*$)\s*(.*)$/i;

export function splitScenarioHeading(heading: string): { label: string | null; title: string } {
  const m = LABEL.exec(heading.trim());
  if (!m) return { label: null, title: heading.trim() };
  return { label: m[1]!.toUpperCase(), title: m[2]!.trim() };
}

export interface BodyStructure {
  displayTitle: { text: string; line: number } | null;
  intro: string | null;
  firstParagraph: { text: string; line: number } | null;
  sections: Section[];
  scenarioHeadings: ScenarioHeading[];
  /** Markdown source of each scenario heading's content, parallel to scenarioHeadings. */
  scenarioMarkdown: string[];
  recommendations: Recommendation[];
}

interface OpenSection { heading: string; line: number; blocks: Block[] }

export function readBody(blocks: Block[]): BodyStructure {
  let displayTitle: BodyStructure['displayTitle'] = null;
  let firstParagraph: BodyStructure['firstParagraph'] = null;
  const introBlocks: Block[] = [];
  const open: OpenSection[] = [];

  for (const [index, block] of blocks.entries()) {
    const token = block.token;
    if (token.type === 'heading' && token.depth === 1 && index === 0) {
      displayTitle = { text: blockText(token) ?? '', line: block.line };
      continue;
    }
    if (firstParagraph === null && token.type === 'paragraph') {
      firstParagraph = withLazy({ line: block.line }, { text: () => blockText(token) ?? '' });
    }
    if (token.type === 'heading' && token.depth <= 2) {
      open.push({ heading: blockText(token) ?? '', line: block.line, blocks: [] });
      continue;
    }
    (open.at(-1)?.blocks ?? introBlocks).push(block);
  }

  // Text is read on first use: plain text needs the inline lexer (see lazy fields in model.ts).
  const sections = open.map((s): Section => withLazy(
    { heading: s.heading, kind: sectionKind(s.heading), line: s.line, endLine: lastLine(s) },
    { text: () => blocksText(s.blocks.map((b) => b.token)), markdown: () => s.blocks.map((b) => b.token.raw).join('').trim() },
  ));

  const scenarioHeadings: ScenarioHeading[] = [];
  const scenarioMarkdown: string[] = [];
  const recommendations: Recommendation[] = [];
  open.forEach((s, i) => {
    if (sections[i]!.kind === 'scenarios') readScenarios(s.blocks, scenarioHeadings, scenarioMarkdown);
    if (sections[i]!.kind === 'recommendations') readRecommendations(s.blocks, recommendations);
  });

  return withLazy(
    { displayTitle, firstParagraph, sections, scenarioHeadings, scenarioMarkdown, recommendations },
    { intro: () => blocksText(introBlocks.map((b) => b.token)) || null },
  );
}

function lastLine(s: OpenSection): number {
  const last = s.blocks.at(-1);
  if (!last) return s.line;
  return last.line + countNewlines(last.token.raw.replace(/^\n+/, '').trimEnd());
}

/** Each level-3 heading starts one scenario, which runs to the next level-3 heading. */
function readScenarios(blocks: Block[], headings: ScenarioHeading[], markdown: string[]): void {
  let current: { heading: string; line: number; blocks: Block[] } | null = null;
  const close = (): void => {
    if (!current) return;
    const blocks = current.blocks.map((b) => b.token);
    const { heading, line } = current;
    const { label, title } = splitScenarioHeading(heading);
    headings.push(withLazy({ heading, label, title, line, empty: blocks.every(isEmptyBlock) }, { text: () => blocksText(blocks) }));
    markdown.push(blocks.map((t) => t.raw).join('').trim());
  };
  for (const block of blocks) {
    const token = block.token;
    if (token.type === 'heading' && token.depth === 3) {
      close();
      current = { heading: blockText(token) ?? '', line: block.line, blocks: [] };
    } else if (current) {
      current.blocks.push(block);
    }
  }
  close();
}

/** Top-level list items are recommendations; a level-3 heading names the group of those under it. */
function readRecommendations(blocks: Block[], out: Recommendation[]): void {
  let group: string | null = null;
  for (const block of blocks) {
    const token = block.token;
    if (token.type === 'heading' && token.depth >= 3) {
      if (token.depth === 3) group = blockText(token) ?? '';
      continue;
    }
    if (token.type !== 'list') continue;
    let line = block.line;
    for (const item of (token as Tokens.List).items) {
      const lead = /^\n*/.exec(item.raw)![0].length;
      out.push(withLazy({ done: item.task && item.checked === true, group, line: line + lead }, { text: () => itemText(item) }));
      line += countNewlines(item.raw);
    }
  }
}
