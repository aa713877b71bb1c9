/**
 * The top-level block tokens of a body, exactly as marked's `blockTokens` gives them, with less
 * of marked's work. marked tries its block rules in order at every block (space, code, fences,
 * heading, hr, blockquote, list, html, def, table, setext heading, paragraph); most rules are
 * regular expressions that scan the block only to fail, and a plain paragraph pays for all of
 * them. Here each line that starts a block is looked at first:
 *
 * - a plain paragraph (every line starts with a character no block rule can start with, and it
 *   ends at an empty line or the end), a tight list of one-line items (with perhaps a bulleted
 *   sublist) and a table whose lines all start and end with `|` are made here, as marked's rules
 *   make them;
 * - a line that only one rule can start (`#`, `>`, a fence, a list marker, `|`) goes straight
 *   to that rule of marked's own tokenizer, skipping the rules that cannot match;
 * - anything else, and everything after a construct that can run across empty lines (a fence
 *   or an HTML block) that is not at the top level, is left to marked's `blockTokens`.
 *
 * The result is the same tokens (tests/unit/top-level-blocks.test.ts compares them on every
 * corpus and on generated Markdown); only the work differs.
 */
import type { Lexer, Token, Tokens } from 'marked';

/** The parts of marked's tokenizer called here (public at run time; the types mark it private). */
interface BlockRules {
  space(src: string): Tokens.Space | undefined;
  heading(src: string): Tokens.Heading | undefined;
  fences(src: string): Tokens.Code | undefined;
  hr(src: string): Tokens.Hr | undefined;
  blockquote(src: string): Tokens.Blockquote | undefined;
  list(src: string): Tokens.List | undefined;
  table(src: string): Tokens.Table | undefined;
}

const NEWLINE = 10;

/**
 * Characters that can start some block, or make a line end or interrupt a paragraph: blanks,
 * `#` headings, `>` quotes, `-*+` and digits (lists, rules), `_` and `=` (rules, setext
 * underlines), `<` HTML, fences, `|` and `:` table rows, `[` link definitions.
 */
function startsNoBlock(c: number): boolean {
  switch (c) {
    case 32: case 9: case 10: case 13: // space, tab, newline, CR
    case 35: case 62: case 45: case 42: case 43: case 95: case 61: // # > - * + _ =
    case 60: case 96: case 126: case 124: case 58: case 91: // < ` ~ | : [
      return false;
    default:
      return c >= 0 && !(c >= 48 && c <= 57); // not digits, nor NaN (the end of the text)
  }
}

/** Tokens of `body` appended to `tokens`, as `lexer.blockTokens(body, tokens)` appends them. */
export function topLevelBlockTokens(lexer: Lexer, body: string, tokens: Token[]): Token[] {
  const rules = (lexer as unknown as { tokenizer: BlockRules }).tokenizer;
  const state = lexer.state as { lastToken?: Token; top: boolean };
  let from = 0; // start of the text not yet lexed, left to marked
  let at = 0; // start of the current line
  let blockStart = true; // marked starts a block at `at`
  let hazard = false; // text left to marked may hold an open fence or HTML block

  const flush = (): void => {
    if (at > from) lexer.blockTokens(body.slice(from, at), tokens);
    from = at;
  };
  const push = (token: Token): void => {
    tokens.push(token);
    at += token.raw.length;
    // The newlines after a block, as marked's loop takes them: one joins the block's raw.
    const space = at < body.length ? rules.space(body.slice(at)) : undefined;
    if (space) {
      at += space.raw.length;
      if (space.raw.length === 1) token.raw += '\n';
      else tokens.push(space);
    }
    from = at;
    blockStart = true;
  };

  while (at < body.length) {
    let eol = body.indexOf('\n', at);
    if (eol === -1) eol = body.length;
    if (blockStart && !hazard) {
      const token = blockAt(rules, state, lexer, body, at, tokens);
      if (token !== null) {
        flush();
        push(token);
        continue;
      }
    }
    // A line left to marked. After an empty line, a list marker or an indented line may continue
    // a list marked is lexing (`- a`, empty line, `- b` is one list); any other line starts a block.
    // A line of tabs is not empty to a table, which takes it as a row.
    const next = eol + 1 < body.length ? body.charCodeAt(eol + 1) : NEWLINE;
    blockStart = isSpaces(body, at, eol) && !isListStart(next) && next !== 32 && next !== 9;
    if (!hazard && opensLongBlock(body, at, eol)) hazard = true;
    at = eol + 1;
  }
  at = body.length;
  flush();
  return tokens;
}

/** The token marked would make at `at`, a block start, when it can be made cheaply; null otherwise. */
function blockAt(rules: BlockRules, state: { lastToken?: Token }, lexer: Lexer, body: string, at: number, tokens: Token[]): Token | null {
  const c = body.charCodeAt(at);
  if (isOrdinaryLine(body, at)) return paragraphAt(lexer, body, at);
  state.lastToken = tokens.at(-1);
  const rest = (): string => body.slice(at);
  // Each rule is called where the rules before it in marked's order cannot match.
  switch (c) {
    case 35: return rules.heading(rest()) ?? null; // #
    case 62: return quoteAt(rules, lexer, body, at) ?? null; // >
    case 96: case 126: return rules.fences(rest()) ?? null; // ` ~
    case 124: return simpleTableAt(lexer, body, at) ?? rules.table(rest()) ?? null; // |
    case 45: case 42: case 43: { // - * +
      const simple = simpleListAt(lexer, body, at);
      if (simple) return simple;
      const src = rest();
      return rules.hr(src) ?? rules.list(src) ?? null;
    }
    case 32: { // up to three spaces before a list marker (the code rule needs four, or a tab)
      const marker = markerAt(body, at);
      if (marker === null) return null;
      const simple = simpleListAt(lexer, body, at);
      if (simple) return simple;
      const src = rest();
      return rules.hr(src) ?? rules.list(src) ?? null;
    }
    default:
      if (c >= 48 && c <= 57) return simpleListAt(lexer, body, at) ?? rules.list(rest()) ?? null; // 1. and 1)
      return null;
  }
}

type BlockTokens = (src: string, tokens?: Token[], clipped?: boolean) => Token[];

/** The lexer whose block quote rule is running, until the rule's nested call for the quoted text. */
let quoteOpen: Lexer | null = null;

/**
 * `blockTokens` of a lexer that has read a block quote here: marked's own, except for the nested
 * call quoteAt expects, which topLevelBlockTokens answers. One function for every lexer: an own
 * property given a new closure for each quote, then deleted, made V8 promote much of each
 * brief's parse out of the young generation.
 */
function blockTokensWithQuotes(this: Lexer, src: string, tokens: Token[] = [], clipped = false): Token[] {
  const marked = (Object.getPrototypeOf(this) as { blockTokens: BlockTokens }).blockTokens;
  if (quoteOpen !== this || tokens.length > 0) return marked.call(this, src, tokens, clipped);
  quoteOpen = null;
  const state = this.state as { lastToken?: Token };
  const outer = state.lastToken;
  try {
    return topLevelBlockTokens(this, src, tokens);
  } finally {
    state.lastToken = outer; // as marked's blockTokens restores it
  }
}

/**
 * marked's block quote at `at`. When every line of it starts with `>` up to an empty line or the
 * end, marked lexes the quoted text with one nested `blockTokens` call into an empty list, where
 * nothing is left for its merging of a clipped paragraph to act on; that call is made here by
 * topLevelBlockTokens, as at the top level. A quote with lazy continuation lines (which marked
 * merges into what it has read) is left to marked whole.
 */
function quoteAt(rules: BlockRules, lexer: Lexer, body: string, at: number): Tokens.Blockquote | undefined {
  const src = body.slice(at);
  if (!quotedToEmptyLine(body, at)) return rules.blockquote(src);
  const own = lexer as unknown as { blockTokens: BlockTokens };
  if (own.blockTokens !== blockTokensWithQuotes) own.blockTokens = blockTokensWithQuotes;
  quoteOpen = lexer;
  try {
    return rules.blockquote(src);
  } finally {
    quoteOpen = null;
  }
}

/** True when each line from `at` starts with up to three spaces and `>`, up to an empty line or the end. */
function quotedToEmptyLine(body: string, at: number): boolean {
  let i = at;
  while (i < body.length) {
    if (body.charCodeAt(i) === NEWLINE) return true;
    let j = i;
    while (j - i < 3 && body.charCodeAt(j) === 32) j += 1;
    if (body.charCodeAt(j) !== 62) return false;
    const eol = body.indexOf('\n', j);
    if (eol === -1) return true;
    i = eol + 1;
  }
  return true;
}

/**
 * marked's paragraph at `at` when every line of it is ordinary (so no rule before the paragraph
 * rule matches, and no line interrupts it) and it ends at an empty line or the end of the body;
 * null otherwise.
 */
function paragraphAt(lexer: Lexer, body: string, at: number): Token | null {
  let end = body.indexOf('\n', at);
  while (end !== -1 && end + 1 < body.length) {
    if (body.charCodeAt(end + 1) === NEWLINE) break;
    if (!isOrdinaryLine(body, end + 1)) return null;
    end = body.indexOf('\n', end + 1);
  }
  if (end === -1) end = body.length;
  const text = body.slice(at, end);
  return { type: 'paragraph', raw: text, text, tokens: lexer.inline(text) } satisfies Tokens.Paragraph;
}

/**
 * True for a line that can neither start a block other than a paragraph nor interrupt one:
 * it starts with a character no block starts with, or with emphasis (`**`, `_`), a code span
 * or a number that is not a list marker, rule or fence.
 */
function isOrdinaryLine(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  if (startsNoBlock(c)) return true;
  const n = body.charCodeAt(i + 1);
  switch (c) {
    case 42: // * : not a bullet, not a rule
      return !(n === 32 || n === 9 || n === NEWLINE || Number.isNaN(n)) && !isRuleLine(body, i, c);
    case 95: // _ : not a rule
      return !isRuleLine(body, i, c);
    case 96: case 126: // ` ~ : not a fence
      return !(n === c && body.charCodeAt(i + 2) === c);
    default: {
      if (!(c >= 48 && c <= 57)) return false;
      let j = i + 1;
      while (body.charCodeAt(j) >= 48 && body.charCodeAt(j) <= 57) j += 1;
      const d = body.charCodeAt(j);
      return d !== 46 && d !== 41; // a number not followed by . or ) is not a list marker
    }
  }
}

/** True when the line at `i` holds only `mark`, spaces and tabs (a thematic break, for three or more marks). */
function isRuleLine(body: string, i: number, mark: number): boolean {
  for (let j = i; j < body.length; j += 1) {
    const c = body.charCodeAt(j);
    if (c === NEWLINE) break;
    if (c !== mark && c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * A list item's marker on the line at `at`, after up to three spaces: its kind (the bullet, or
 * the digits' delimiter), its indentation, where its number starts and where the content starts
 * (after one space); null if none.
 */
function markerAt(body: string, at: number): { kind: number; ordered: boolean; lead: number; content: number } | null {
  let i = at;
  while (i - at < 3 && body.charCodeAt(i) === 32) i += 1;
  const c = body.charCodeAt(i);
  let end = i;
  if (c === 45 || c === 42 || c === 43) end = i + 1;
  else {
    while (end - i < 9 && body.charCodeAt(end) >= 48 && body.charCodeAt(end) <= 57) end += 1;
    const d = body.charCodeAt(end);
    if (end === i || (d !== 46 && d !== 41)) return null; // . )
    end += 1;
  }
  if (body.charCodeAt(end) !== 32) return null;
  return { kind: body.charCodeAt(end - 1), ordered: end - i > 1, lead: i - at, content: end + 1 };
}

/** `[ ] `, `[x] ` or `[X] ` and the spaces after it at `i`: its length, or 0. */
function taskBoxAt(body: string, i: number): number {
  if (body.charCodeAt(i) !== 91 || body.charCodeAt(i + 2) !== 93 || body.charCodeAt(i + 3) !== 32) return 0; // [ ] and a space
  const mark = body.charCodeAt(i + 1);
  if (mark !== 32 && mark !== 120 && mark !== 88) return 0; // space x X
  let end = i + 4;
  while (body.charCodeAt(end) === 32) end += 1;
  return end - i;
}

/**
 * marked's list at `at` for the commonest lists: tight, each item one line (a marker of the
 * list's kind, one space, and an ordinary line, a task box allowed before it) with, under it,
 * perhaps a bulleted sublist of the same form indented to the item's text; ended by an empty
 * line that no item or indented line follows, or by the end. null for any other list.
 * `nested`: `body` is the dedented text of an item, and the list runs to its end.
 */
function simpleListAt(lexer: Lexer, body: string, at: number, nested = false): Tokens.List | null {
  const first = markerAt(body, at);
  if (first === null) return null;
  const lines: Array<{ start: number; content: number; box: number; end: number; itemEnd: number }> = [];
  let start = at;
  let marker: ReturnType<typeof markerAt> = first;
  let endedByBlank = true;
  for (;;) {
    const box = taskBoxAt(body, marker.content);
    if (!isOrdinaryLine(body, marker.content + box)) return null;
    const indent = marker.content - start;
    const end = lineEnd(body, start);
    let itemEnd = end;
    while (itemEnd + 1 < body.length && isSubItemLine(body, itemEnd + 1, indent)) itemEnd = lineEnd(body, itemEnd + 1);
    if (itemEnd !== end && box !== 0) return null;
    lines.push({ start, content: marker.content, box, end, itemEnd });
    const next = itemEnd + 1;
    if (next >= body.length || body.charCodeAt(next) === NEWLINE) break;
    // The next line is an item of this list, or of another that ends this one; marked takes
    // anything indented to the item's text, or any other line, into the item.
    marker = markerAt(body, next);
    if (marker === null || marker.lead >= indent) return null;
    if (marker.kind !== first.kind || marker.ordered !== first.ordered) {
      endedByBlank = false;
      break;
    }
    start = next;
  }
  const lastLine = lines.at(-1)!;
  if (nested ? !endedByBlank || lastLine.itemEnd < body.length : endedByBlank && !endsList(body, lastLine.itemEnd + 1, first, lastLine.content - lastLine.start)) return null;

  const items: Tokens.ListItem[] = [];
  for (const [i, line] of lines.entries()) {
    const last = i === lines.length - 1;
    const raw = body.slice(line.start, last ? line.itemEnd : line.itemEnd + 1);
    const itemRaw = last ? raw.trimEnd() : raw;
    if (line.itemEnd !== line.end) {
      // The item's text is its first line and the sublist, dedented; marked lexes the sublist from it.
      const indent = line.content - line.start;
      const head = body.slice(line.content, line.end);
      let sub = body.slice(line.end + 1, line.itemEnd).split('\n').map((l) => l.slice(indent)).join('\n');
      if (last) sub = sub.trimEnd();
      // Spaces after a sublist would be a space token of the item's own.
      else if (sub !== sub.trimEnd()) return null;
      const list = simpleListAt(lexer, sub, 0, true);
      if (list === null) return null;
      const textToken: Tokens.Text = { type: 'text', raw: `${head}\n`, text: head, tokens: lexer.inline(head) };
      items.push({ type: 'list_item', raw: itemRaw, task: false, loose: false, text: `${head}\n${sub}`, tokens: [textToken, list] });
      continue;
    }
    let text = body.slice(line.content + line.box, line.end);
    if (last) text = text.trimEnd();
    const textToken: Tokens.Text = { type: 'text', raw: text, text, tokens: lexer.inline(text) };
    if (line.box === 0) {
      items.push({ type: 'list_item', raw: itemRaw, task: false, loose: false, text, tokens: [textToken] });
      continue;
    }
    const checked = body.charCodeAt(line.content + 1) !== 32;
    const checkbox: Tokens.Checkbox = { type: 'checkbox', raw: `${body.slice(line.content, line.content + 3)} `, checked };
    items.push({ type: 'list_item', raw: itemRaw, task: true, loose: false, text, tokens: [checkbox, textToken], checked });
  }
  return {
    type: 'list',
    raw: body.slice(at, lines.at(-1)!.itemEnd).trimEnd(),
    ordered: first.ordered,
    start: first.ordered ? +body.slice(at + first.lead, first.content - 2) : '',
    loose: false,
    items,
  };
}

/**
 * marked's table at `at` for the commonest table: every line starts and ends with `|` and has no
 * backslash, the second line is the delimiter row (`| --- | :-: |`) with as many cells as the
 * header, and an empty line or the end follows the last row. null for any other table.
 */
function simpleTableAt(lexer: Lexer, body: string, at: number): Tokens.Table | null {
  const rows: string[] = [];
  let start = at;
  for (;;) {
    const end = lineEnd(body, start);
    const line = body.slice(start, end);
    if (line.length < 2 || line.charCodeAt(0) !== 124 || line.charCodeAt(line.length - 1) !== 124 || line.includes('\\')) return null;
    rows.push(line);
    if (end + 1 >= body.length || body.charCodeAt(end + 1) === NEWLINE) break;
    start = end + 1;
  }
  if (rows.length < 2 || !DELIMITER_ROW.test(rows[1]!)) return null;
  const header = tableCells(rows[0]!);
  const align = rows[1]!.slice(1, -1).split('|').map(cellAlign);
  if (header.length !== align.length) return null;
  const cell = (text: string, i: number, isHeader: boolean): Tokens.TableCell => ({ text, tokens: lexer.inline(text), header: isHeader, align: align[i] ?? null });
  const headerCells = header.map((text, i) => cell(text, i, true));
  return {
    type: 'table',
    raw: body.slice(at, start + rows.at(-1)!.length),
    header: headerCells,
    align,
    rows: rows.slice(2).map((row) => tableCells(row, header.length).map((text, i) => cell(text, i, false))),
  };
}

const DELIMITER_ROW = /^\|(?: *:?-+:? *\|)+$/;

/** A row's cells as marked splits them (a row without backslashes): trimmed, padded or cut to `count`. */
function tableCells(row: string, count?: number): string[] {
  const cells = row.split('|');
  if (!cells[0]!.trim()) cells.shift();
  if (cells.length > 0 && !cells.at(-1)!.trim()) cells.pop();
  if (count !== undefined) {
    if (cells.length > count) cells.splice(count);
    else while (cells.length < count) cells.push('');
  }
  return cells.map((c) => c.trim());
}

function cellAlign(spec: string): 'left' | 'right' | 'center' | null {
  const s = spec.trim();
  const left = s.startsWith(':');
  const right = s.endsWith(':');
  return left && right ? 'center' : right ? 'right' : left ? 'left' : null;
}

function lineEnd(body: string, start: number): number {
  const end = body.indexOf('\n', start);
  return end === -1 ? body.length : end;
}

/** A line of a bulleted sublist: `indent` spaces, then `-`, `*` or `+` and a space. */
function isSubItemLine(body: string, i: number, indent: number): boolean {
  for (let j = i; j < i + indent; j += 1) if (body.charCodeAt(j) !== 32) return false;
  const c = body.charCodeAt(i + indent);
  return (c === 45 || c === 42 || c === 43) && body.charCodeAt(i + indent + 1) === 32;
}

/**
 * True when the list is over at `next`, after its last item (text indented `indent`): the end,
 * or empty lines followed by a line that is neither indented nor an item of the same list (an
 * item of another kind ends it, as a new list).
 */
function endsList(body: string, next: number, kind: { kind: number; ordered: boolean }, indent: number): boolean {
  while (next < body.length) {
    const eol = lineEnd(body, next);
    if (!isBlank(body, next, eol)) break;
    next = eol + 1;
  }
  if (next >= body.length) return true;
  const c = body.charCodeAt(next);
  if (c === 9) return false;
  const marker = markerAt(body, next);
  if (marker !== null) return marker.lead < indent && (marker.kind !== kind.kind || marker.ordered !== kind.ordered);
  return c !== 32 && !isListStart(c);
}

function isListStart(c: number): boolean {
  return c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57); // - * + digits
}

function isSpaces(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) if (body.charCodeAt(i) !== 32) return false;
  return true;
}

function isBlank(body: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const c = body.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * True when the line may open a fence or an HTML block, which run across empty lines, inside
 * text left to marked: its content (after indentation, quote marks and list markers) starts
 * with `<`, three backticks or three tildes.
 */
function opensLongBlock(body: string, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const c = body.charCodeAt(i);
    if (c === 32 || c === 9 || c === 62) { i += 1; continue; } // space, tab, >
    if ((c === 45 || c === 42 || c === 43) && isBlankAt(body, i + 1)) { i += 2; continue; } // - * +
    if (c >= 48 && c <= 57) {
      let j = i;
      while (j < end && body.charCodeAt(j) >= 48 && body.charCodeAt(j) <= 57) j += 1;
      const m = body.charCodeAt(j);
      if ((m === 46 || m === 41) && isBlankAt(body, j + 1)) { i = j + 2; continue; } // 1. 1)
    }
    break;
  }
  const c = body.charCodeAt(i);
  if (c === 60) return true; // <
  return (c === 96 || c === 126) && body.charCodeAt(i + 1) === c && body.charCodeAt(i + 2) === c;
}

function isBlankAt(body: string, i: number): boolean {
  const c = body.charCodeAt(i);
  return c === 32 || c === 9;
}
