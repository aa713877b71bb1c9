/**
 * `brief show` on a terminal: a metadata header, then the body rendered by marked-terminal.
 * Loaded only by `show`, since marked-terminal (and highlight.js under it) is slow to import.
 */
import { Marked, type MarkedExtension, type Token, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { Chalk } from 'chalk';
import tableColors from '@colors/colors/safe.js';
import type { Brief } from '../brief/model.js';
import { itemMarker } from '../brief/markdown.js';
import { cleanLine, cleanText, keepOnlyColour } from '../text/sanitize.js';
import { displayWidth, wrap } from '../text/wrap.js';
import { stripComments } from './comments.js';
import { metadataFields } from './fields.js';
import { renderHeading } from './heading.js';
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

function createRenderer(level: 0 | 1 | 2 | 3, width: number): Marked {
  // cli-table3 colours borders through @colors/colors, which otherwise decides by itself from
  // the process (a terminal, CI, FORCE_COLOR), not from --color and NO_COLOR.
  if (level > 0) tableColors.enable(); else tableColors.disable();
  // @types/marked-terminal describes v6; v7 returns a marked extension.
  const marked = new Marked(markedTerminal(terminalOptions(level, width) as never) as unknown as MarkedExtension);
  const c = new Chalk({ level });
  // A reference link names its address once, in its definition, and may be used thousands of
  // times: print each such address once, and later uses as their text, so output stays in
  // proportion to the brief.
  const shown = new Set<string>();
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
        if ((token.rows.length + 1) * token.header.length <= MAX_LAID_OUT_CELLS &&
          paddingFits([token.header, ...token.rows].map((cells) => cells.map((cell) => cell.text.length)))) return false;
        const row = (cells: Tokens.TableCell[]): string[] => cells.map((cell) => cellText(this.parser.parseInline(cell.tokens)));
        return `${c.reset(renderTable([row(token.header), ...token.rows.map(row)], tableStyle(level)))}\n\n`;
      },
      // marked-terminal ignores inline tokens of a tight list item's text, printing `**bold**`
      // as is (mikaelbr/marked-terminal#304, #371); render them.
      // Its reflow also keeps the source's soft line breaks, so join them before it wraps.
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        if (typeof token === 'object' && token.type === 'text') token.text = token.text.replace(/(?<![ \t])[ \t]*\n[ \t]*/g, ' ');
        return false;
      },
      heading(token: Tokens.Heading) {
        return `${renderHeading(this.parser.parseInline(token.tokens), token.depth, width, c)}\n\n`;
      },
      // Comments are notes to the author: nothing of them is shown. Other raw HTML is shown
      // as written, dimmed: text, never markup the terminal acts on (keepOnlyColour guards
      // the output). marked-terminal runs a block of HTML into the next block; end it.
      html(token: Tokens.HTML | Tokens.Tag) {
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

interface Parser { parse(tokens: Token[]): string; parseInline(tokens: Token[]): string }

/** A list with bullets or numbers, `[ ]`/`[x]` boxes, wrapped items with a hanging indent. */
function renderList(parser: Parser, list: Tokens.List, depth: number, width: number): string {
  const indent = '  '.repeat(depth + 1);
  return list.items.map((item, i) => {
    const first = indent + itemMarker(list, i, '•');
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

function header(brief: Brief, o: ShowOptions): string {
  const lines = [o.style.title(wrap(cleanLine(brief.title), o.width))];
  for (const f of metadataFields(brief)) {
    lines.push(wrap(`${f.label}: ${f.value}`, o.width, '    ', '  ').replace(`${f.label}:`, o.style.key(`${f.label}:`)));
  }
  lines.push(o.style.dim('─'.repeat(Math.min(o.width, 60))));
  return lines.join('\n');
}

export function renderShow(brief: Brief, o: ShowOptions): string {
  const marked = createRenderer(o.style.level, o.width);
  let body: string;
  try {
    const tokens = marked.lexer(cleanText(brief.body));
    // The level-1 title is already in the header (a comment may come before it).
    const first = tokens.findIndex((t: Token) => t.type !== 'space' && !(t.type === 'html' && stripComments(t.text).trim() === ''));
    if (brief.displayTitle && first !== -1 && tokens[first]!.type === 'heading' && (tokens[first] as Tokens.Heading).depth === 1) {
      tokens.splice(0, first + 1);
    }
    body = (marked.parser(tokens) as string).replace(/\n{3,}/g, '\n\n').trim();
  } catch {
    // The parser's limits keep rendering within bounds; should one still fail, show the text as written.
    body = cleanText(brief.body).trim();
  }
  const out = `${header(brief, o)}\n\n${body}\n`;
  // Last guard: only our colour codes may reach the terminal (renderers decode entities).
  return o.style.level > 0 ? keepOnlyColour(out) : cleanText(out);
}
