/**
 * Reads recommendations: the items of a recommendations section's lists, grouped by `###`
 * headings or addressee lead-ins (`**To donors:**`), with the author's marks; and the answer to
 * "What should be done?" in a question-and-answer box.
 */
import type { Tokens } from 'marked';
import type { Recommendation } from './model.js';
import { blockText, countNewlines, inlineOf, isEmptyBlock, itemText, leadingBold, type Block } from './markdown.js';
import { afterRecommendationLabel, asksWhatToDo, isAddresseeLeadIn, isFooterStart, MAYBE_RECOMMENDATION_LEAD, readMark } from './forms.js';
import { withLazy, type Fill } from './lazy.js';

/** Appends the recommendations in a section's blocks to `out`; `fill` finishes each (lazy.ts). */
export function readRecommendations(blocks: Block[], out: Recommendation[], fill: Fill = withLazy): void {
  let group: string | null = null;
  let leadIn: string | null = null;
  for (const [i, block] of blocks.entries()) {
    const token = block.token;
    if (token.type === 'heading') {
      leadIn = null;
      if (token.depth !== 3) continue;
      const text = blockText(token) ?? '';
      const option = optionHeading(token as Tokens.Heading, text, blocks, i);
      if (option === null) { group = text; continue; }
      group = null;
      out.push(recommendation(() => option, false, null, block.line, fill));
      continue;
    }
    if (token.type === 'paragraph') {
      if (isFooterStart(token.text)) break;
      const numbered = numberedLeadIn(token as Tokens.Paragraph);
      if (numbered !== null) {
        out.push(recommendation(() => numbered, false, group, block.line, fill));
        leadIn = null;
        continue;
      }
      leadIn = /:\s*(?:\*\*|__)?\s*$/.test(token.text) ? addressee(token as Tokens.Paragraph) : null;
      continue;
    }
    if (token.type !== 'list') {
      if (!isEmptyBlock(token)) leadIn = null;
      continue;
    }
    // A lead-in names the group of the list right after it, and of the lists after that.
    if (leadIn !== null) group = leadIn;
    leadIn = null;
    let line = block.line;
    for (const item of (token as Tokens.List).items) {
      const lead = /^\n*/.exec(item.raw)![0].length;
      out.push(recommendation(() => itemText(item), item.task && item.checked === true, group, line + lead, fill));
      line += countNewlines(item.raw);
    }
  }
}

/**
 * `### Option 2: Expand KFOR (Recommended)` with prose below: the option is one recommendation,
 * its text the heading, label kept (the author refers to "Option 2"; the HTML page shows the
 * recommendation in the heading's place). With a list below, the heading names the list's group.
 */
function optionHeading(token: Tokens.Heading, text: string, blocks: Block[], i: number): string | null {
  if (!MAYBE_RECOMMENDATION_LEAD.test(token.raw)) return null;
  const rest = afterRecommendationLabel(text);
  if (rest === null || rest === '') return null;
  for (let j = i + 1; j < blocks.length; j += 1) {
    const t = blocks[j]!.token;
    if (t.type === 'heading' && t.depth <= 3) break;
    if (t.type === 'list') return null;
  }
  return text;
}

/** `**Recommendation 1: Do x.** Because ...`: the paragraph's text, label kept, or null for any other paragraph. */
function numberedLeadIn(token: Tokens.Paragraph): string | null {
  if (!/^\s*(?:\*\*|__)/.test(token.text) || !MAYBE_RECOMMENDATION_LEAD.test(token.text)) return null;
  const lead = leadingBold(inlineOf(token));
  if (!lead) return null;
  const rest = afterRecommendationLabel(lead.bold);
  if (rest === null || (rest === '' && lead.rest === '')) return null;
  return `${lead.bold} ${lead.rest}`.trim();
}

/** The addressees a lead-in paragraph names (`To donors`), or null for an introduction. */
function addressee(token: Tokens.Paragraph): string | null {
  const bold = /^\s*(\*\*|__)[\s\S]*\1\s*$/.test(token.text);
  const text = blockText(token) ?? '';
  return isAddresseeLeadIn(text, bold) ? text.replace(/\s*:$/, '') : null;
}

function recommendation(plain: () => string, done: boolean, group: string | null, line: number, fill: Fill): Recommendation {
  let read: ReturnType<typeof readMark> | null = null;
  const marked = (): ReturnType<typeof readMark> => (read ??= readMark(plain()));
  return fill({ done, group, line }, { text: () => marked().text, mark: () => marked().mark });
}

export interface QuestionBox {
  /** The whole box, questions included, as plain text. */
  text: string;
  line: number;
  /** The answer to "What should be done?", as a recommendation. */
  recommendations: Recommendation[];
}

/**
 * A box of bold questions and their answers at the top of the body (`**What's new?** ...`,
 * `**Why does it matter?** ...`): at least two such paragraphs, in a row.
 */
export function readQuestionBox(intro: Block[], fill: Fill = withLazy): QuestionBox | null {
  const rows: Array<{ block: Block; question: string; answer: string }> = [];
  for (const block of intro) {
    const token = block.token;
    if (token.type === 'html' && isEmptyBlock(token)) continue;
    if (token.type !== 'paragraph' || !/^\s*(?:\*\*|__)/.test(token.text)) break;
    const lead = leadingBold(inlineOf(token));
    if (!lead || !lead.bold.endsWith('?')) break;
    rows.push({ block, question: lead.bold, answer: lead.rest });
  }
  if (rows.length < 2) return null;
  return {
    text: rows.map((r) => blockText(r.block.token) ?? '').join('\n\n'),
    line: rows[0]!.block.line,
    recommendations: rows.filter((r) => asksWhatToDo(r.question) && r.answer !== '')
      .map((r) => recommendation(() => r.answer, false, null, r.block.line, fill)),
  };
}
