/**
 * `brief show` on a terminal: a metadata header, then the body rendered by marked-terminal.
 * Loaded only by `show`, since marked-terminal (and highlight.js under it) is slow to import.
 */
import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { Chalk } from 'chalk';
import tableColors from '@colors/colors/safe.js';
import type { Brief, Scenario, Section } from '../brief/model.js';
import { itemMarker, softBreaks } from '../brief/markdown.js';
import { cleanLine, cleanText, keepOnlyColour } from '../text/sanitize.js';
import { displayWidth, wrap } from '../text/wrap.js';
import { stripComments } from './comments.js';
import { renderHeading } from './heading.js';
import { layoutGrid } from './grid.js';
import { indicatorList, readingHeader, scenarioFacts, type BottomLine } from './reading.js';
import type { Style } from './style.js';
import { MAX_LAID_OUT_CELLS, paddingFits, renderTable, type TableStyle } from './table.js';

export interface ShowOptions { style: Style; width: number }

/**
 * marked-terminal's default styles use the global chalk; these use our own instance, so the
 * colour level we chose (NO_COLOR, --color) holds for every part, table borders included.
 */
function terminalOptions(level: 0 | 1 | 2 | 3, width: number): Record<string, unknown> {
  const c = new Chalk({ level });
  return {
    code: c.yellow, blockquote: c.gray.italic,
    hr: c.reset, listitem: c.reset, table: c.reset, paragraph: c.reset, strong: c.bold, em: c.italic,
    codespan: c.yellow, del: c.dim.gray.strikethrough, link: c.blue, href: c.blue.underline, text: (t: string) => t,
    width, reflowText: true, showSectionPrefix: false, emoji: false, tab: 2,
    tableOptions: { style: { head: level > 0 ? ['bold'] : [], border: level > 0 ? ['grey'] : [] } },
  };
}

/** cli-table3's look for our large tables: `head: ['bold']` and `border: ['grey']` through @colors/colors. */
function tableStyle(level: 0 | 1 | 2 | 3): TableStyle {
  if (level === 0) return { head: (t) => t, border: (t) => t };
  return { head: (t) => `\u001b[1m${t.replace(/\u001b\[22m/g, '\u001b[1m')}\u001b[22m`, border: (t) => `\u001b[90m${t}\u001b[39m` };
}

/** What marked-terminal does to table cell text: restore colons its code spans hid, decode entities. */
function cellText(text: string): string {
  return text.replace(/\*#COLON\|\*/g, ':').replace(/\n/g, ' ')
    .replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

function createRenderer(level: 0 | 1 | 2 | 3, width: number, shown = new Set<string>()): Marked {
  // cli-table3 colours borders through @colors/colors, which otherwise decides by itself from
  // the process (a terminal, CI, FORCE_COLOR), not from --color and NO_COLOR.
  if (level > 0) tableColors.enable(); else tableColors.disable();
  // @types/marked-terminal describes v6; v7 returns a marked extension.
  const terminal = markedTerminal(terminalOptions(level, width) as never) as unknown as MarkedExtension & { renderer: { paragraph(this: unknown, token: Tokens.Paragraph): string } };
  const marked = new Marked(terminal);
  const c = new Chalk({ level });
  // A reference link names its address once, in its definition, and may be used thousands of
  // times: print each such address once, and later uses as their text, so output stays in
  // proportion to the brief.
  const firstUse = (token: Tokens.Link | Tokens.Image): boolean => {
    if (!token.raw.endsWith(']') || !shown.has(token.href)) {
      if (token.raw.endsWith(']')) shown.add(token.href);
      return true;
    }
    return false;
  };
  marked.use({
    renderer: {
      link(token: Tokens.Link) {
        return firstUse(token) ? false : c.blue(this.parser.parseInline(token.tokens));
      },
      image(token: Tokens.Image) {
        return firstUse(token) ? false : `![${cleanLine(token.text)}]\n`;
      },
      table(token: Tokens.Table) {
        const row = (cells: Tokens.TableCell[]): string[] => cells.map((cell) => cellText(this.parser.parseInline(cell.tokens)));
        const small = (token.rows.length + 1) * token.header.length <= MAX_LAID_OUT_CELLS;
        if (small) {
          // A boxed table wider than the window shrinks: its cells wrap, without the box.
          const rows = [row(token.header), ...token.rows.map(row)];
          const natural = token.header.map((_, x) => rows.reduce((w, r) => Math.max(w, displayWidth(r[x] ?? '')), 0));
          if (natural.reduce((a, b) => a + b + 3, 1) > width) return `${narrowTable(rows, width, c)}\n\n`;
        }
        if (small && paddingFits([token.header, ...token.rows].map((cells) => cells.map((cell) => cell.text.length)))) return false;
        return `${c.reset(renderTable([row(token.header), ...token.rows.map(row)], tableStyle(level)))}\n\n`;
      },
      // marked-terminal's reflow breaks lines only at spaces: a run without them (Chinese or
      // Japanese text, a long address) ran past the window's edge. Such lines are wrapped again.
      paragraph(token: Tokens.Paragraph) {
        return fitWidth(terminal.renderer.paragraph.call(this, token), width);
      },
      // marked-terminal indents a quote after wrapping it, past the window's edge: wrap it here.
      blockquote(token: Tokens.Blockquote) {
        const inner = this.parser.parse(token.tokens).trim();
        const paragraphs = inner.split(/\n{2,}/).map((p) => (/^\s*(?:[-*•]|\d+\.)\s/.test(p)
          ? p.split('\n').map((l) => `  ${l}`).join('\n')
          : wrap(p.replace(/\n/g, ' '), width, '  ')));
        return `${c.gray.italic(paragraphs.join('\n\n'))}\n\n`;
      },
      // marked-terminal ignores inline tokens of a tight list item's text, printing `**bold**`
      // as is (mikaelbr/marked-terminal#304, #371); render them.
      // Its reflow also keeps the source's soft line breaks, so join them before it wraps.
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        if (typeof token === 'object' && token.type === 'text') token.text = softBreaks(token.text);
        return false;
      },
      heading(token: Tokens.Heading) {
        return `${renderHeading(this.parser.parseInline(token.tokens), token.depth, width, c)}\n\n`;
      },
      // Comments are notes to the author: nothing of them is shown. Other raw HTML is shown
      // as written, dimmed: text, never markup the terminal acts on (keepOnlyColour guards
      // the output). marked-terminal runs a block of HTML into the next block; end it.
      html(token: Tokens.HTML | Tokens.Tag) {
        if ((token as { briefScenario?: boolean }).briefScenario) return `${token.text}\n\n`;
        const text = stripComments(token.text);
        if (!token.block) return text === '' ? '' : c.gray(text);
        return text.trim() === '' ? '' : `${c.gray(text.trimEnd())}\n\n`;
      },
      // marked-terminal's lists print task boxes twice with marked >= 17, leave inline markup
      // unrendered, and never wrap items; render lists here instead.
      list(token: Tokens.List) {
        return `${renderList(this.parser, token, 0, width)}\n\n`;
      },
    },
  });
  return marked;
}

/** Each line wider than `width` wrapped, its indentation kept; the others as they are. */
function fitWidth(text: string, width: number): string {
  if (!text.split('\n').some((line) => displayWidth(line) > width)) return text;
  return text.split('\n').map((line) => (displayWidth(line) > width ? wrap(line, width, /^ */.exec(line)![0]) : line)).join('\n');
}

/** A table too wide for the window: wrapped cells without a box, or each row as label/value lines. */
function narrowTable(rows: string[][], width: number, c: InstanceType<typeof Chalk>): string {
  const [head, ...body] = rows;
  const grid = layoutGrid(head!, body, { width, flexible: head!.map(() => true), style: (t, r) => (r === -1 ? c.bold(t) : t) });
  if (grid !== null) return grid.join('\n');
  return body.map((r) => r.map((cell, x) => wrap(`${c.bold(`${head![x] ?? ''}:`)} ${cell}`, width, '    ', '')).join('\n')).join('\n\n');
}

interface Parser { parse(tokens: Token[]): string; parseInline(tokens: Token[]): string }

/** A list with bullets or numbers, `[ ]`/`[x]` boxes, wrapped items with a hanging indent. */
function renderList(parser: Parser, list: Tokens.List, depth: number, width: number): string {
  const indent = '  '.repeat(depth + 1);
  return list.items.map((item, i) => {
    // A task item's box is its marker: no bullet before it.
    const first = indent + (list.items[i]!.task && !list.ordered ? itemMarker(list, i, '').trimStart() : itemMarker(list, i, '•'));
    const hang = ' '.repeat(displayWidth(first));
    const parts: string[] = [];
    for (const token of item.tokens) {
      if (token.type === 'checkbox') continue;
      if (token.type === 'list') {
        parts.push(renderList(parser, token as Tokens.List, depth + 1, width));
      } else if (token.type === 'text' || token.type === 'paragraph') {
        const inline = parser.parseInline((token as Tokens.Text).tokens ?? [token]);
        parts.push(wrap(inline, width, hang, parts.length === 0 ? first : hang));
      } else {
        const block = parser.parse([token]).trimEnd();
        if (block !== '') parts.push(block.split('\n').map((l) => hang + l).join('\n'));
      }
    }
    if (parts.length === 0) parts.push(first.trimEnd());
    return parts.join(item.loose ? '\n\n' : '\n');
  }).join(list.loose ? '\n\n' : '\n');
}

/**
 * The summary section that `show` moves into its header, under the section's own heading: only
 * a section that is nothing but the summary (`Summary and Recommendations` stays in the body).
 */
function movedSummary(brief: Brief): Section | null {
  if (brief.summarySource !== 'section') return null;
  return brief.sections.find((s) => s.line === brief.summaryLine && s.kinds.length === 1 && s.kind === 'summary') ?? null;
}

/**
 * The reading header, and a rule under it as wide as its widest line. The bottom line is in
 * it when it comes from the frontmatter or from a section moved out of the body (rendered as
 * the body is, links and lists kept); a summary that is the body's first paragraph stays
 * where it is, so nothing is printed twice.
 */
function header(brief: Brief, o: ShowOptions, bottom: BottomLine | null): string {
  const block = readingHeader(brief, o, bottom);
  const widest = block.split('\n').reduce((w, line) => Math.max(w, displayWidth(line)), 0);
  return `${block}\n${o.style.dim('─'.repeat(Math.min(o.width, widest)))}`;
}

/** What `show` adds under a scenario's head in the body: its likelihood, impact and indicators. */
function scenarioBlock(s: Scenario, o: ShowOptions, indent: string): string {
  return [scenarioFacts(s, o, indent), indicatorList(s, o, indent)].filter((p) => p !== null).join('\n');
}

/** Top-level tokens that start within a section (its heading included). */
function sectionTokens(tokens: Token[], brief: Brief, section: Section): Token[] {
  const out: Token[] = [];
  let line = brief.frontmatter.bodyLine;
  for (const token of tokens) {
    if (line >= section.line && line <= section.endLine) out.push(token);
    line += token.raw.match(/\n/g)?.length ?? 0;
  }
  return out;
}

/**
 * The body's top-level tokens without the summary section the header holds, and with, after each scenario's head (its heading, or the paragraph
 * or list that holds it), a token carrying what the frontmatter says of it. Lines are counted
 * from the tokens' source text, which marked keeps whole at the top level.
 */
function arrangeBody(tokens: Token[], brief: Brief, o: ShowOptions, moved: Section | null): Token[] {
  const wanted = brief.scenarios.filter((s) => s.likelihood !== null || s.impact !== null || s.indicators.length > 0);
  if (wanted.length === 0 && moved === null) return tokens;
  const out: Token[] = [];
  let line = brief.frontmatter.bodyLine;
  let next = 0;
  const sorted = [...wanted].sort((a, b) => a.line - b.line);
  for (const token of tokens) {
    const end = line + (token.raw.match(/\n/g)?.length ?? 0);
    if (moved !== null && line >= moved.line && line <= moved.endLine) {
      line = end;
      continue;
    }
    out.push(token);
    const here: Scenario[] = [];
    while (next < sorted.length && sorted[next]!.line < Math.max(end, line + 1)) here.push(sorted[next++]!);
    if (here.length > 0) {
      const depth = token.type === 'heading' ? (token as Tokens.Heading).depth : 0;
      const indent = depth >= 3 ? '  '.repeat(depth - 2) : '';
      out.push({ type: 'html', block: true, raw: '', pre: false, text: here.map((s) => scenarioBlock(s, o, indent)).join('\n\n'), briefScenario: true } as unknown as Token);
    }
    line = end;
  }
  return out;
}

export function renderShow(brief: Brief, o: ShowOptions): string {
  const shown = new Set<string>();
  const marked = createRenderer(o.style.level, o.width, shown);
  const moved = movedSummary(brief);
  let bottom: BottomLine | null = brief.summarySource === 'frontmatter' ? { label: 'Bottom line' } : null;
  let body: string;
  try {
    const all = marked.lexer(cleanText(brief.body));
    if (moved !== null) {
      // The section without its heading, drawn two columns narrower to sit indented under its label.
      const inside = sectionTokens(all, brief, moved).filter((t) => t.type !== 'heading' || (t as Tokens.Heading).depth > 2);
      const text = (createRenderer(o.style.level, o.width - 2, shown).parser(Object.assign(inside, { links: all.links })) as string)
        .replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd();
      bottom = { label: cleanLine(moved.heading), rendered: text.split('\n').map((l) => (l === '' ? '' : `  ${l}`)).join('\n') };
    }
    const tokens = arrangeBody(all, brief, o, moved);
    // The level-1 title is already in the header (a comment may come before it).
    const first = tokens.findIndex((t: Token) => t.type !== 'space' && !(t.type === 'html' && stripComments(t.text).trim() === ''));
    if (brief.displayTitle && first !== -1 && tokens[first]!.type === 'heading' && (tokens[first] as Tokens.Heading).depth === 1) {
      tokens.splice(0, first + 1);
    }
    body = (marked.parser(tokens) as string).replace(/\n{3,}/g, '\n\n').replace(/^\n+/, '').trimEnd();
  } catch {
    // The parser's limits keep rendering within bounds; should one still fail, show the text as written.
    body = cleanText(brief.body).trim();
  }
  const out = `${header(brief, o, bottom)}\n\n${body}\n`;
  // Last guard: only our colour codes may reach the terminal (renderers decode entities).
  return o.style.level > 0 ? keepOnlyColour(out) : cleanText(out);
}
