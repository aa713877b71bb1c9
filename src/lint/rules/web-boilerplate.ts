/** Text pasted from a web page along with an article: comment forms, share buttons, footers. */
import type { Rule } from '../types.js';
import { exampleBrief, EXAMPLE_BODY } from './example.js';
import { fenceTracker } from '../source.js';

const SHARE = '(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Telegram|Pinterest|Reddit|Tumblr|Email|E-mail|Print|Messenger|Pocket|VKontakte|Viber|Skype)';

// Pasted boilerplate is a line of its own, so every pattern is anchored at the line's start:
// an anchored pattern fails within a few characters on ordinary prose.
const PATTERNS: Array<[RegExp, string]> = [
  [/^Leave a (?:Reply|Comment)\b/i, 'Leave a Reply'],
  [/^Back to top(?: button)?\b/i, 'Back to top button'],
  [/^Your email address will not be published\b/i, 'Your email address will not be published'],
  [/^Required fields are marked\b/i, 'Required fields are marked *'],
  [/^Click to (?:share|print|email) (?:on|this)\b/i, 'Click to share'],
  [new RegExp(`^\\s*(?:Share(?: this(?: article| post)?)?|Share on|Share via)\\s*:?\\s*(?:${SHARE}\\b.*)?$`, 'i'), 'share buttons'],
  [new RegExp(`^\\s*${SHARE}(?:\\s*[|·•,/]?\\s*${SHARE})+\\s*$`, 'i'), 'share buttons'],
  [/^\s*(?:Related (?:Posts|Articles|Stories)|You (?:may|might) also like|Post navigation|Subscribe to (?:our|the) newsletter|Sign up for (?:our|the) newsletter)\s*:?\s*$/i, 'related posts / newsletter'],
  [/^\s*(?:Previous|Next) (?:post|article|story)\s*:?/i, 'post navigation'],
  [/^\s*(?:©|\(c\)|Copyright)\s*(?:\d{4}\b).*All rights reserved\.?\s*$/i, 'copyright footer'],
];

/** What a line pasted from a web page says, or null for an ordinary line. */
export function boilerplateOf(line: string): string | null {
  const text = line.replace(/^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s*)/, '').replace(/[*_`]/g, '').trim();
  if (text === '') return null;
  for (const [pattern, name] of PATTERNS) if (pattern.test(text)) return name;
  return null;
}

const FOOTER = '\nBy Mohsen Mowahed\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nBack to top button\n';

const rule: Rule = {
  id: 'web-boilerplate',
  description: 'Text pasted from a web page: "Leave a Reply", "Back to top button", share buttons, comment-form notes.',
  defaultSeverity: 'error',
  fixable: true,
  examples: {
    // EXAMPLE_BODY's last item is on line 19; the byline is on 21 and the pasted footer starts on 23.
    fail: [
      { text: exampleBrief() + FOOTER, lines: [23] },
      { text: exampleBrief([], `${EXAMPLE_BODY}\nShare: Facebook Twitter LinkedIn\n\n## Conclusion\n\nEnd.\n`), lines: [21] },
    ],
    pass: [
      { text: exampleBrief([], `${EXAMPLE_BODY}\nWe urge readers to reply to the consultation.\n\n\`\`\`\nLeave a Reply\n\`\`\`\n`) },
      // A shorter fence inside a longer one is code, not the block's end.
      { text: exampleBrief([], `${EXAMPLE_BODY}\n\`\`\`\`markdown\n\`\`\`\nLeave a Reply\n\`\`\`\`\n`) },
    ],
  },
  check({ brief, lines, report }) {
    const fence = fenceTracker();
    let run: { from: number; to: number; names: string[] } | null = null;
    const close = (): void => {
      if (!run) return;
      // Remove the run with the blank lines that came before it, so the text reads as before the paste.
      let from = run.from;
      while (from - 1 >= brief.frontmatter.bodyLine && lines[from - 2]!.trim() === '') from -= 1;
      const names = [...new Set(run.names)].map((n) => `"${n}"`).join(', ');
      report({ line: run.from, message: `text pasted from a web page (${names}); remove it (brief lint --fix does)`, fix: { from, to: run.to, lines: [] } });
      run = null;
    };
    for (let line = brief.frontmatter.bodyLine; line <= lines.length; line += 1) {
      const text = lines[line - 1]!;
      const place = fence(text);
      if (place === 'opens') close();
      if (place !== null) continue;
      const name = boilerplateOf(text);
      if (name !== null) {
        if (run) { run.to = line; run.names.push(name); } else run = { from: line, to: line, names: [name] };
      } else if (text.trim() !== '') {
        close();
      }
    }
    close();
  },
};
export default rule;
