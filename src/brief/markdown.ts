/** Markdown lexing with file line numbers, and conversion of tokens to plain text. */
import { Lexer, type Token, type Tokens } from 'marked';
import { lazyRequire } from '../lazy-require.js';
import { countInlineMarks, MAX_INLINE_DEPTH, MAX_INLINE_MARKS } from './limits.js';
import { plainInline } from './plain-inline.js';
import { topLevelBlockTokens } from './top-level-blocks.js';

/** HTML entities to text (`&amp;` -> `&`); the full entity table loads only for text that has one. */
function decodeHTML(text: string): string {
  return text.includes('&') ? lazyRequire<{ decodeHTML(s: string): string }>('entities/decode').decodeHTML(text) : text;
}

export interface Block {
  token: Token;
  /** File line of the block's first line. */
  line: number;
}

/**
 * Inline work marked queued while lexing blocks, kept on the (empty) token array it will fill
 * and done only when that text is read. A property, not a WeakMap: ten thousand briefs' worth
 * of WeakMap entries cost more in garbage collection than the lexing they save.
 */
const PENDING = Symbol('pending inline');
type PendingTokens = Token[] & { [PENDING]?: { lexer: Lexer; src: string } };

/** A block's inline tokens, lexed on first use (as Lexer.lex would have done for every block). */
function inlineTokens(tokens: Token[] | undefined): Token[] | undefined {
  const pending = (tokens as PendingTokens | undefined)?.[PENDING];
  if (pending) {
    delete (tokens as PendingTokens)[PENDING];
    lexInline(pending.lexer, pending.src, tokens!);
  }
  return tokens;
}

/**
 * Lexes inline text into `tokens`. The body limits keep marked within its stack; should it
 * still fail, the text is kept as written rather than letting a reader of it crash.
 */
function lexInline(lexer: Lexer, src: string, tokens: Token[]): void {
  try {
    lexer.state.inRawBlock = false;
    lexer.inlineTokens(src, tokens);
  } catch {
    tokens.length = 0;
    tokens.push({ type: 'text', raw: src, text: src } as Tokens.Text);
  }
}

/** Inline markup beyond the limits (limits.ts), at the file line of its block. */
export class InlineLimitError extends Error {
  constructor(readonly line: number, message: string) {
    super(message);
  }
}

/**
 * Top-level blocks of `body` with their file lines. marked keeps no positions
 * (markedjs/marked#2134), so lines come from summing each token's `raw`. Only the block
 * level is lexed here (the smaller part of the cost); inline tokens are filled in when text is read,
 * except for text with enough marks to break the inline limits, which is checked now.
 * @throws InlineLimitError when inline markup breaks those limits.
 */
export function lexBlocks(body: string, firstLine: number): Block[] {
  const lexer = new Lexer({ gfm: true });
  const tokens = topLevelBlockTokens(lexer, body, lexer.tokens);
  let refusedTokens: Token[] | null = null;
  let message = '';
  for (const item of lexer.inlineQueue) {
    if (refusedTokens === null && item.src.length > 2 * MAX_INLINE_DEPTH) {
      const why = inlineLimit(lexer, item.src, item.tokens);
      if (why !== null) { refusedTokens = item.tokens; message = why; }
      if (item.tokens.length > 0) continue;
    }
    (item.tokens as PendingTokens)[PENDING] = { lexer, src: item.src };
  }
  lexer.inlineQueue = [];
  const blocks: Block[] = [];
  let line = firstLine;
  for (const token of tokens) {
    // A token's raw may start with blank lines that belong to no block.
    let lead = 0;
    while (token.raw.charCodeAt(lead) === 10) lead += 1;
    if (token.type !== 'space') blocks.push({ token, line: line + lead });
    if (refusedTokens !== null && contains(token, refusedTokens)) throw new InlineLimitError(line + lead, message);
    line += countNewlines(token.raw);
  }
  if (refusedTokens !== null) throw new InlineLimitError(firstLine, message);
  return blocks;
}

/**
 * Why inline text breaks the limits, or null. Nesting needs two marks a level, so text with
 * few marks is left to be lexed lazily; text with more is lexed now (into `tokens`).
 */
function inlineLimit(lexer: Lexer, src: string, tokens: Token[]): string | null {
  const marks = countInlineMarks(src, MAX_INLINE_MARKS);
  if (marks > MAX_INLINE_MARKS) {
    return `more than ${MAX_INLINE_MARKS} emphasis, link and image marks (* _ ~ [ ] !) in one paragraph are not read; split the paragraph, or escape the marks (\\*)`;
  }
  if (marks <= 2 * MAX_INLINE_DEPTH) return null;
  try {
    lexer.state.inRawBlock = false;
    lexer.inlineTokens(src, tokens);
  } catch {
    tokens.length = 0;
    return `emphasis, strikethrough or links nested too deep to read; nest them at most ${MAX_INLINE_DEPTH} deep`;
  }
  if (tokenDepth(tokens) > MAX_INLINE_DEPTH) {
    return `emphasis, strikethrough or links are nested more than ${MAX_INLINE_DEPTH} deep; nesting that deep is not read`;
  }
  return null;
}

/** How deep tokens nest (without recursion: the tree may be as deep as the stack allows). */
function tokenDepth(tokens: Token[]): number {
  let max = 0;
  const stack: Array<[Token[], number]> = [[tokens, 1]];
  while (stack.length > 0) {
    const [list, depth] = stack.pop()!;
    if (depth > max) max = depth;
    for (const t of list) if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length > 0) stack.push([t.tokens, depth + 1]);
  }
  return max;
}

/** True when `target` is `token`'s inline token array or one of its descendants'. */
function contains(token: Token, target: Token[]): boolean {
  const stack: Token[] = [token];
  while (stack.length > 0) {
    const t = stack.pop()! as Token & { tokens?: Token[]; items?: Token[]; header?: Array<{ tokens: Token[] }>; rows?: Array<Array<{ tokens: Token[] }>> };
    for (const list of [t.tokens, t.items, ...(t.header ?? []).map((c) => c.tokens), ...(t.rows ?? []).flat().map((c) => c.tokens)]) {
      if (list === undefined) continue;
      if (list === target) return true;
      for (const child of list) stack.push(child);
    }
  }
  return false;
}

export function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

/** Plain text of inline tokens: markup removed, soft line breaks joined with a space. */
export function inlineText(tokens: Token[] | undefined): string {
  const list = inlineTokens(tokens);
  if (!list) return '';
  let out = '';
  let dropped = false;
  for (const token of list) {
    const start = out.length;
    switch (token.type) {
      case 'text':
        // Soft line breaks join with a space; only a hard break (`br`) keeps a newline.
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : softBreaks(decodeHTML(token.text));
        break;
      case 'escape':
        out += token.text;
        break;
      case 'codespan':
        out += decodeHTML(token.text);
        break;
      case 'strong': case 'em': case 'del': case 'link':
        out += inlineText((token as Tokens.Strong).tokens);
        break;
      case 'image':
        // The alt text is inline Markdown: a comment or markup in it is not text.
        out += 'tokens' in token && token.tokens ? inlineText(token.tokens) : decodeHTML(token.text);
        break;
      case 'br':
        out += '\n';
        break;
      case 'html':
        dropped = true;
        continue;
      case 'checkbox':
        break;
      default:
        out += 'tokens' in token && Array.isArray(token.tokens) ? inlineText(token.tokens) : decodeHTML(String((token as { text?: unknown }).text ?? ''));
    }
    // A comment or tag dropped between two spaces (`a <!-- note --> b`) leaves one.
    if (dropped && (out.charCodeAt(start - 1) === 32 || out.charCodeAt(start - 1) === 9)) out = out.slice(0, start) + out.slice(start).replace(/^[ \t]+/, '');
    dropped = false;
  }
  return out;
}

const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Soft line breaks joined with one space, the spaces and tabs around each break dropped. A loop
 * from each newline, not a pattern: `[ \t]*\n` is retried inside every run of spaces, quadratic
 * in the run's length, and a lookbehind that avoids that makes the common case twice as slow.
 */
export function softBreaks(text: string): string {
  let at = text.indexOf('\n');
  if (at === -1) return text;
  let out = '';
  let from = 0;
  while (at !== -1) {
    let end = at;
    while (end > from && isBlank(text.charCodeAt(end - 1))) end -= 1;
    let next = at + 1;
    while (next < text.length && isBlank(text.charCodeAt(next))) next += 1;
    out += text.slice(from, end) + ' ';
    from = next;
    at = text.indexOf('\n', next);
  }
  return out + text.slice(from);
}

/**
 * Characters that can make inline Markdown differ from its plain text (emphasis, code, links,
 * images, HTML, entities, escapes, strikethrough). Text without them, and without a hard break
 * (two spaces before a newline), is its own plain text, so the inline lexer, the costliest part
 * of parsing, is not needed for it.
 */
const INLINE_SYNTAX = /[*_`[\]!<&\\~]/;

export function plainWithoutSyntax(text: string): string | null {
  return INLINE_SYNTAX.test(text) || text.includes('  \n') ? null : softBreaks(text).trim();
}

/**
 * The Markdown source of top-level blocks: each block's raw, a blank line between them. The
 * blank lines between blocks are space tokens, which blocks leave out; joined as they are, two
 * paragraphs would read as one, and a heading would run into the paragraph after it.
 */
export function blocksMarkdown(tokens: readonly Token[]): string {
  return tokens.map((t) => t.raw.replace(/^\n+/, '').trimEnd()).filter((raw) => raw !== '').join('\n\n');
}

/**
 * A block's plain text, kept on its token once read: a scenario's or recommendation's text is
 * also part of its section's, and export reads both. A property, as PENDING above.
 */
const PLAIN = Symbol('plain text');
type WithPlain = { [PLAIN]?: string | null };

/** Plain text of one block token; null when it carries no text (space, hr, comments). */
export function blockText(token: Token): string | null {
  const kept = (token as WithPlain)[PLAIN];
  if (kept !== undefined) return kept;
  const text = readBlockText(token);
  (token as WithPlain)[PLAIN] = text;
  return text;
}

function readBlockText(token: Token): string | null {
  switch (token.type) {
    case 'paragraph': case 'heading':
      return plainWithoutSyntax(token.text) ?? tidyInline((token as Tokens.Paragraph).tokens);
    case 'text':
      if (!('tokens' in token && token.tokens)) return decodeHTML(token.text).trim();
      return plainWithoutSyntax(token.text) ?? tidyInline(token.tokens);
    case 'code':
      return token.text;
    case 'blockquote':
      return blocksText((token as Tokens.Blockquote).tokens);
    case 'list':
      return listText(token as Tokens.List);
    case 'table': {
      const table = token as Tokens.Table;
      const row = (cells: Tokens.TableCell[]): string => cells.map((c) => tidyInline(c.tokens)).join(' | ');
      return [row(table.header), ...table.rows.map(row)].join('\n');
    }
    case 'html': {
      const text = decodeHTML(token.text.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<[^>]*>/g, '')).trim();
      return text === '' ? null : text;
    }
    default:
      return null;
  }
}

/** True for blocks that carry no text (space, rules, definitions, comments): an "empty" part. */
export function isEmptyBlock(token: Token): boolean {
  if (token.type === 'space' || token.type === 'hr' || token.type === 'def') return true;
  return token.type === 'html' && blockText(token) === null;
}

/**
 * Plain text of inline tokens, each line trimmed. Text not lexed yet is read by plainInline
 * when its markup is simple enough, and left unlexed for any later reader of its tokens.
 */
function tidyInline(tokens: Token[] | undefined): string {
  const pending = (tokens as PendingTokens | undefined)?.[PENDING];
  const plain = pending ? plainInline(pending.src) : null;
  return plain ?? slowTidyInline(tokens);
}

/** tidyInline through marked's inline lexer: what plainInline must equal (and its tests compare). */
export function slowTidyInline(tokens: Token[] | undefined): string {
  return inlineText(tokens).split('\n').map((l) => l.trim()).join('\n').trim();
}

/**
 * What goes before item `i` of a list: its number (counting from the list's start) or `bullet`,
 * a space, and its task box, `[ ] ` or `[x] `. Plain text and the terminal share it.
 */
export function itemMarker(list: Tokens.List, i: number, bullet: string): string {
  const item = list.items[i]!;
  const start = typeof list.start === 'number' ? list.start : 1;
  return `${list.ordered ? `${start + i}.` : bullet} ${item.task ? (item.checked ? '[x] ' : '[ ] ') : ''}`;
}

/** Plain text of a list: one item a line, `- ` or `1. ` before it, nested items indented. */
export function listText(list: Tokens.List, indent = ''): string {
  return list.items.map((item, i) => indent + itemMarker(list, i, '-') + itemText(item, indent + '  ')).join('\n');
}

/** Plain text of a list item, without its marker or checkbox. */
export function itemText(item: Tokens.ListItem, indent = '  '): string {
  // Kept only at the top level's indent, which both its list and its reader ask for.
  if (indent !== '  ') return readItemText(item, indent);
  const kept = (item as WithPlain)[PLAIN];
  if (kept !== undefined && kept !== null) return kept;
  const text = readItemText(item, indent);
  (item as WithPlain)[PLAIN] = text;
  return text;
}

function readItemText(item: Tokens.ListItem, indent: string): string {
  const parts: string[] = [];
  for (const token of item.tokens) {
    if (token.type === 'checkbox') continue;
    if (token.type === 'list') {
      parts.push('\n' + listText(token as Tokens.List, indent));
      continue;
    }
    const text = blockText(token);
    if (text !== null && text !== '') parts.push((parts.length > 0 ? (item.loose ? '\n\n' : '\n') : '') + text);
  }
  return parts.join('').trim();
}

/** Plain text of a run of blocks: paragraphs separated by one blank line. */
export function blocksText(tokens: Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    const text = blockText(token);
    if (text !== null && text !== '') parts.push(text);
  }
  return parts.join('\n\n');
}

/** The inline tokens of a paragraph, heading or list item's first text block (lexed on first use). */
export function inlineOf(token: Token): Token[] {
  if (token.type === 'list_item') {
    const first = (token as Tokens.ListItem).tokens.find((t) => t.type !== 'checkbox');
    return first ? inlineOf(first) : [];
  }
  if (token.type === 'paragraph' || token.type === 'heading' || token.type === 'text') {
    return inlineTokens((token as Tokens.Paragraph).tokens) ?? [];
  }
  return [];
}

/**
 * A text that opens with a bold run (`**Scenario A: Title.** Text`): the bold run's plain text
 * and the plain text after it; null when it does not open with one.
 */
export function leadingBold(tokens: Token[]): { bold: string; rest: string } | null {
  let i = 0;
  while (i < tokens.length && tokens[i]!.type === 'text' && (tokens[i] as Tokens.Text).text.trim() === '') i += 1;
  const first = tokens[i];
  if (!first || first.type !== 'strong') return null;
  const rest = tokens.slice(i + 1);
  return { bold: tidyInline((first as Tokens.Strong).tokens), rest: tidyInline(rest) };
}
