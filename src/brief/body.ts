/**
 * Reads the body's structure: the title heading, sections and their kinds, then hands the
 * sections to the readers of scenarios, recommendations and the bottom line.
 */
import type { Recommendation, ScenarioHeading, Section } from './model.js';
import { blocksMarkdown, blocksText, blockText, countNewlines, isEmptyBlock, type Block } from './markdown.js';
import { sectionKinds } from './forms.js';
import { withLazy, type Fill } from './lazy.js';
import { readScenarios } from './scenarios-reader.js';
import { readRecommendations, readQuestionBox } from './recommendations-reader.js';
import { fallbackParagraph, proseText, summaryText, type Located } from './bottom-line.js';

export { sectionKind, splitScenarioHeading } from './forms.js';

export interface BodyStructure {
  displayTitle: { text: string; line: number } | null;
  intro: string | null;
  sections: Section[];
  /** Every scenario read, in order, repeated labels included; lint reads these. */
  scenarioHeadings: ScenarioHeading[];
  recommendations: Recommendation[];
  /** The summary the body gives (contract §4 and house styles): a section, a box, a paragraph. */
  summary: (Located & { source: 'section' | 'box' | 'paragraph' }) | null;
  conclusion: string | null;
}

/** A level-2 section while reading: its blocks, and the kinds its heading names. */
export interface OpenSection { heading: string; line: number; blocks: Block[]; kinds: Section['kinds'] }

/** `fill` finishes the objects whose text costs work: lazily by default (lazy.ts). */
export function readBody(blocks: Block[], fill: Fill = withLazy): BodyStructure {
  let displayTitle: BodyStructure['displayTitle'] = null;
  const introBlocks: Block[] = [];
  const open: OpenSection[] = [];

  for (const [index, block] of blocks.entries()) {
    const token = block.token;
    // A comment above the title (a site generator's note) does not stop it being the title.
    if (token.type === 'heading' && token.depth === 1 && displayTitle === null && blocks.slice(0, index).every((b) => isEmptyBlock(b.token))) {
      displayTitle = { text: blockText(token) ?? '', line: block.line };
      continue;
    }
    if (token.type === 'heading' && token.depth <= 2) {
      const heading = blockText(token) ?? '';
      open.push({ heading, line: block.line, blocks: [], kinds: sectionKinds(heading) });
      continue;
    }
    (open.at(-1)?.blocks ?? introBlocks).push(block);
  }

  // Text is read on first use: plain text needs the inline lexer (see lazy fields in model.ts).
  const sections = open.map((s): Section => fill(
    { heading: s.heading, kind: s.kinds[0]!, kinds: s.kinds, line: s.line, endLine: lastLine(s) },
    { text: () => blocksText(s.blocks.map((b) => b.token)), markdown: () => blocksMarkdown(s.blocks.map((b) => b.token)) },
  ));

  const scenarios = readScenarios(open, introBlocks, fill);
  const recommendations: Recommendation[] = [];
  for (const s of open) if (s.kinds.includes('recommendations')) readRecommendations(s.blocks, recommendations, fill);
  const box = readQuestionBox(introBlocks, fill);
  if (box && recommendations.length === 0) for (const r of box.recommendations) recommendations.push(r);

  const summaryOf = (): BodyStructure['summary'] => {
    for (const [i, s] of open.entries()) {
      if (!s.kinds.includes('summary')) continue;
      const text = summaryText(s, sections[i]!);
      if (text !== '') return { text, line: s.line, source: 'section' };
    }
    if (box) return { text: box.text, line: box.line, source: 'box' };
    const paragraph = fallbackParagraph(introBlocks, open, scenarios.usedBlocks);
    return paragraph ? { ...paragraph, source: 'paragraph' } : null;
  };
  const conclusionOf = (): string | null => {
    const i = open.findIndex((s) => s.kinds.includes('conclusion'));
    if (i === -1) return null;
    return open[i]!.kinds.length > 1 ? proseText(open[i]!.blocks) : sections[i]!.text;
  };

  return fill(
    { displayTitle, sections, scenarioHeadings: scenarios.headings, recommendations },
    {
      intro: () => blocksText(introBlocks.map((b) => b.token)) || null,
      summary: summaryOf,
      conclusion: conclusionOf,
    },
  );
}

function lastLine(s: OpenSection): number {
  const last = s.blocks.at(-1);
  if (!last) return s.line;
  return last.line + countNewlines(last.token.raw.replace(/^\n+/, '').trimEnd());
}
