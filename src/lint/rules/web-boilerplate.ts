/** Text pasted from a web page along with an article: comment forms, share buttons, footers. */
import type { Rule } from '../types.js';
import { exampleBrief, EXAMPLE_BODY } from './example.js';
import { fenceTracker } from '../source.js';
import { boilerplateOf } from '../../brief/web-boilerplate.js';

const BLOGGER = '\nPosted by Marcus Ferreira at 9:14 PM\n\nNo comments:\n\nPost a Comment\n\nNewer Post Older Post Home\n\nSubscribe to: Post Comments (Atom)\n';
const WORDPRESS = '\nShare this:\n\n- Twitter\n- Facebook\n\nLike this:\n\nLike Loading...\n\nRelated\n';
const FOOTER = '\nBy Mohsen Mowahed\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n\nBack to top button\n';

const rule: Rule = {
  id: 'web-boilerplate',
  description: 'Text pasted from a web page: "Leave a Reply", "Back to top button", share buttons, comment-form notes, the footers of Blogger, WordPress, Substack and Medium, cookie banners.',
  defaultSeverity: 'error',
  fixable: true,
  examples: {
    // EXAMPLE_BODY's last item is on line 19; the byline is on 21 and the pasted footer starts on 23.
    fail: [
      { text: exampleBrief() + FOOTER, lines: [23] },
      { text: exampleBrief([], `${EXAMPLE_BODY}\nShare: Facebook Twitter LinkedIn\n\n## Conclusion\n\nEnd.\n`), lines: [21] },
      // Blogger: the byline with its time starts the footer; the whole run is one finding.
      { text: exampleBrief() + BLOGGER, lines: [21] },
      // WordPress: "Related" and the lone service names count because "Share this:" and "Like this:" are there.
      { text: exampleBrief() + WORDPRESS, lines: [21] },
      { text: exampleBrief() + '\nWe use cookies to improve your experience on our site.\n\nAccept all cookies\n', lines: [21] },
      { text: exampleBrief() + '\nType your email…\n\nSubscribe\n\nDiscussion about this post\n', lines: [21] },
    ],
    pass: [
      { text: exampleBrief([], `${EXAMPLE_BODY}\nWe urge readers to reply to the consultation.\n\n\`\`\`\nLeave a Reply\n\`\`\`\n`) },
      // The same words inside a sentence are prose.
      { text: exampleBrief() + '\nOfficials were told not to share this kind of data, and that no comments were to be made. Post a Comment is the name of the form.\n' },
      // Short words alone may be the writer's: a "Related" heading, a lone "Follow" or "Subscribe".
      { text: exampleBrief() + '\n## Related\n\n- The 2023 brief on the same dam.\n\nFollow\n\nSubscribe\n\nWritten by the Mekong desk\n' },
      // A shorter fence inside a longer one is code, not the block's end.
      { text: exampleBrief([], `${EXAMPLE_BODY}\n\`\`\`\`markdown\n\`\`\`\nLeave a Reply\n\`\`\`\`\n`) },
    ],
  },
  check({ brief, lines, report }) {
    const fence = fenceTracker();
    let run: { from: number; to: number; names: string[]; strong: boolean } | null = null;
    const close = (): void => {
      const found = run;
      run = null;
      if (!found?.strong) return;
      // Remove the run with the blank lines that came before it, so the text reads as before the paste.
      let from = found.from;
      while (from - 1 >= brief.frontmatter.bodyLine && lines[from - 2]!.trim() === '') from -= 1;
      const names = [...new Set(found.names)].map((n) => `"${n}"`).join(', ');
      report({ line: found.from, message: `text pasted from a web page (${names}); remove it (brief lint --fix does)`, fix: { from, to: found.to, lines: [] } });
    };
    for (let line = brief.frontmatter.bodyLine; line <= lines.length; line += 1) {
      const text = lines[line - 1]!;
      const place = fence(text);
      if (place === 'opens') close();
      if (place !== null) continue;
      const found = boilerplateOf(text);
      if (found !== null) {
        run ??= { from: line, to: line, names: [], strong: false };
        run.to = line;
        run.names.push(found.name);
        run.strong ||= !found.weak;
      } else if (text.trim() !== '') {
        close();
      }
    }
    close();
  },
};
export default rule;
