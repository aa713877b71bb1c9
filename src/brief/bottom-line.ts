/** The text of a summary or conclusion section in the house styles, and the summary's fallback paragraph. */
import type { Tokens } from 'marked';
import type { Section } from './model.js';
import { blockText, itemText, isEmptyBlock, type Block } from './markdown.js';
import { isFooterStart } from './forms.js';
import type { OpenSection } from './body.js';

export interface Located { text: string; line: number }

/**
 * A summary section's text: its prose as written, a list as its items (one a line, without
 * markers), and in a section that is also something else (`Summary and Recommendations`) only
 * the prose.
 */
export function summaryText(open: OpenSection, section: Section): string {
  if (open.kinds.length > 1) return proseText(open.blocks);
  if (!open.blocks.some((b) => b.token.type === 'list')) return section.text;
  const parts: string[] = [];
  for (const { token } of open.blocks) {
    const text = token.type === 'list' ? (token as Tokens.List).items.map((i) => itemText(i)).join('\n') : blockText(token);
    if (text !== null && text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

/** The paragraphs of a section, without its lists and the lead-ins (ending with a colon) that open them. */
export function proseText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const { token } of blocks) {
    if (token.type !== 'paragraph' && token.type !== 'blockquote') continue;
    const text = blockText(token);
    if (text !== null && text !== '' && !text.endsWith(':')) parts.push(text);
  }
  return parts.join('\n\n');
}

/**
 * The first paragraph that can stand as a summary: not a lead-in ending with a colon, not a
 * scenario or recommendation, not a web page's footer; earlier sections first.
 */
export function fallbackParagraph(intro: Block[], sections: OpenSection[], used: Set<Block>): Located | null {
  const places = [intro, ...sections.filter((s) => !s.kinds.some((k) => k === 'scenarios' || k === 'recommendations' || k === 'changes')).map((s) => s.blocks)];
  for (const blocks of places) {
    for (const block of blocks) {
      const token = block.token;
      if (token.type !== 'paragraph' || used.has(block) || isEmptyBlock(token)) continue;
      if (/:\s*(?:\*\*|__)?\s*$/.test(token.text) || isFooterStart(token.text)) continue;
      const text = blockText(token) ?? '';
      if (text !== '') return { text, line: block.line };
    }
  }
  return null;
}
