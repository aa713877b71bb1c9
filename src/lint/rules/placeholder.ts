/** Text that stands in for the real thing: `brief new`'s template, TODO, TK, lorem ipsum. */
import type { Rule } from '../types.js';
import { proseLines } from '../source.js';
import { EXAMPLE_BODY, exampleBrief } from './example.js';

/**
 * The template's stand-in text (src/brief/template.ts, and the default author of `brief new`),
 * each as it appears on one line. A test lints the template and expects every one of them.
 */
export const TEMPLATE_TEXT: readonly string[] = [
  'Author Name',
  'What question does this brief answer?',
  'The bottom line in two or three sentences',
  'A signpost that this scenario is unfolding',
  'The facts the judgements rest on.',
  'How this scenario unfolds and what drives it.',
  'A concrete action, with who should take it.',
  'What the reader should take away.',
];
/** The template's scenario titles: stand-ins only as a whole title ("An alternative" may start real prose). */
export const TEMPLATE_TITLES: readonly string[] = ['The most likely course', 'An alternative'];

/**
 * The template's text, and editors' marks for unfinished work ("TK", to come, as journalists
 * write it), in one pattern: one pass over each line. The marks count in capitals only.
 */
const FINDER = new RegExp(`${TEMPLATE_TEXT.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}|\\b(?:TODO|FIXME|TK(?:TK)*)\\b|lorem ipsum`, 'gi');
const CAPITALS_ONLY = /^(?:TODO|FIXME|TK(?:TK)*)$/;
const TEMPLATE_LOWER = new Map(TEMPLATE_TEXT.map((t) => [t.toLowerCase(), t]));

/** The template's phrases as written and in lower case, searched as plain substrings. */
const SUBSTRINGS = [...new Set(TEMPLATE_TEXT.flatMap((t) => [t, t.toLowerCase()])), 'TODO', 'FIXME', 'TK', 'orem ipsum', 'OREM IPSUM'];

/**
 * Whether a line can hold any of them, by plain substring searches, with no copy of the line:
 * FINDER, an alternation of case-insensitive phrases, is tried at every position of every line,
 * and lint reads every line. A phrase typed in another mix of capitals is not looked for.
 */
function mayHold(text: string): boolean {
  for (const s of SUBSTRINGS) if (text.includes(s)) return true;
  return false;
}

const rule: Rule = {
  id: 'placeholder',
  description: 'Template text left from `brief new`, or TODO, TK, lorem ipsum: a warning in a draft, an error once the status is review or published.',
  defaultSeverity: 'error',
  defaultOptions: { inDraft: 'warning' },
  examples: {
    fail: [
      { text: exampleBrief(['status: review', 'key_question: What question does this brief answer?']), lines: [6] },
      { text: exampleBrief([], `\n# Gulf shipping TK\n${EXAMPLE_BODY}`), lines: [7] },
      { text: exampleBrief([], '\n## Summary\n\nTK: the bottom line. Lorem ipsum dolor.\n\n## Scenarios\n\n### A. The most likely course\n\nTODO\n\n## Recommendations\n\n- Act.\n'), lines: [9, 9, 13, 15] },
      // A link's address is no prose, but a stand-in for one is unfinished all the same.
      { text: exampleBrief([], '\n## Summary\n\nTalks resume, says [the ministry](TODO).\n\n## Scenarios\n\n### A. First\n\nText.\n\n## Recommendations\n\n- Act.\n'), lines: [9] },
    ],
    pass: [
      { text: exampleBrief(['key_question: Will the talks hold?'], '\n## Summary\n\nThe todo list of the talks is long; Tk is a toolkit.\n\n## Scenarios\n\n### A. First\n\n```\nTODO in code is code\n```\n\n## Recommendations\n\n- Act.\n') },
    ],
  },
  check({ brief, lines, options, report }) {
    const draft = brief.status === 'draft' && options.inDraft !== 'error';
    const severity = draft ? { severity: 'warning' as const } : {};
    const why = draft ? '' : `; a brief in ${brief.status} must not have it`;
    const scan = (line: number, text: string): void => {
      if (!mayHold(text)) return;
      for (const m of text.matchAll(FINDER)) {
        const phrase = TEMPLATE_LOWER.get(m[0].toLowerCase());
        if (phrase) report({ line, column: m.index + 1, message: `"${phrase}" is template text from brief new; write your own${why}`, ...severity });
        else if (m[0].includes(' ') || CAPITALS_ONLY.test(m[0])) report({ line, column: m.index + 1, message: `"${m[0]}" marks unfinished text${why}`, ...severity });
      }
    };
    const fm = brief.frontmatter;
    // The frontmatter searched whole first, as the body is: most hold none of it.
    if (fm.startLine !== null && mayHold(lines.slice(fm.startLine, fm.bodyLine - 2).join('\n'))) {
      for (let l = fm.startLine + 1; l < fm.bodyLine - 1; l += 1) scan(l, lines[l - 1] ?? '');
    }
    // Most bodies hold none of it: one search of the whole body spares one a line.
    if (brief.body === '' || mayHold(brief.body)) {
      // Addresses kept (the shared prose has them blanked): `[source](TODO)` is unfinished too.
      for (const { line, text } of proseLines(lines, brief.frontmatter.bodyLine, lines.length, true)) scan(line, text);
      // Headings are not prose: the sections' and the scenarios' own are read here.
      const headings = new Set([...(brief.displayTitle ? [brief.displayTitle.line] : []), ...brief.sections.map((x) => x.line),
        ...brief.scenarioHeadings.filter((h) => h.form === 'heading').map((h) => h.line)]);
      for (const line of headings) scan(line, lines[line - 1] ?? '');
    }
    for (const h of brief.scenarioHeadings) {
      const stand = TEMPLATE_TITLES.find((t) => t.toLowerCase() === h.title.trim().toLowerCase());
      if (stand) report({ line: h.line, message: `scenario title "${stand}" is template text from brief new; name the scenario${why}`, ...severity });
    }
  },
};
export default rule;
