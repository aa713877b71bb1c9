/** Text pasted from a web page along with an article: comment forms, share buttons, footers. */
import type { Rule } from '../types.js';
import { exampleBrief, EXAMPLE_BODY } from './example.js';
import { fenceTracker } from '../source.js';

const SHARE = '(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Telegram|Pinterest|Reddit|Tumblr|Email|E-mail|Print|Messenger|Pocket|VKontakte|Viber|Skype)';

/**
 * One kind of pasted line. Every pattern is anchored at the line's start (an anchored pattern
 * fails within a few characters on ordinary prose) and most at its end too, so the same words
 * inside a sentence never count. A `weak` line ("Related", "Share", a lone "Twitter") is
 * boilerplate only in a run with a line that is not weak: alone, it may be the writer's.
 */
interface Boilerplate { pattern: RegExp; name: string; weak?: true }

const AT_TIME = '(?:at|on)\\s+\\d{1,2}[:.]\\d{2}(?:\\s*[AaPp]\\.?[Mm]\\.?)?';

const PATTERNS: readonly Boilerplate[] = [
  { pattern: /^Leave a (?:Reply|Comment)\b/i, name: 'Leave a Reply' },
  { pattern: /^Back to top(?: button)?\b/i, name: 'Back to top button' },
  { pattern: /^Your email address will not be published\b/i, name: 'Your email address will not be published' },
  { pattern: /^Required fields are marked\b/i, name: 'Required fields are marked *' },
  { pattern: /^Click to (?:share|print|email) (?:on|this)\b/i, name: 'Click to share' },
  { pattern: new RegExp(`^(?:Share(?: this(?: article| post)?)?|Share on|Share via)\\s*:?\\s*${SHARE}\\b.*$`, 'i'), name: 'share buttons' },
  { pattern: /^(?:Share this(?: article| post)?|Share on|Share via)\s*:$/i, name: 'share buttons' },
  { pattern: /^Share(?: this(?: article| post)?)?\s*:?$/i, name: 'share buttons', weak: true },
  { pattern: new RegExp(`^\\s*${SHARE}(?:\\s*[|·•,/]?\\s*${SHARE})+\\s*$`, 'i'), name: 'share buttons' },
  { pattern: new RegExp(`^\\s*${SHARE}\\s*$`, 'i'), name: 'share buttons', weak: true },
  { pattern: /^\s*(?:Related (?:Posts|Articles|Stories)|You (?:may|might) also like|Post navigation|Subscribe to (?:our|the) newsletter|Sign up for (?:our|the) newsletter)\s*:?\s*$/i, name: 'related posts / newsletter' },
  { pattern: /^\s*(?:Previous|Next) (?:post|article|story)\s*:?/i, name: 'post navigation' },
  { pattern: /^\s*(?:©|\(c\)|Copyright)\s*(?:\d{4}\b).*All rights reserved\.?\s*$/i, name: 'copyright footer' },
  // Blogger's post footer.
  { pattern: new RegExp(`^Posted by .{1,80} ${AT_TIME}$`), name: 'Blogger footer' },
  { pattern: /^(?:No|\d+) comments?:$/, name: 'Blogger footer' },
  { pattern: /^Post a Comment$/i, name: 'Blogger footer' },
  { pattern: /^(?:Newer Posts?|Older Posts?|Home)(?:\s+(?:Newer Posts?|Older Posts?|Home))+$/i, name: 'Blogger footer' },
  { pattern: /^Subscribe to:\s*Post Comments(?:\s*\(Atom\))?$/i, name: 'Blogger footer' },
  { pattern: /^Email This\s+BlogThis!/, name: 'Blogger footer' },
  { pattern: /^Labels:\s/, name: 'Blogger footer', weak: true },
  // WordPress's sharing and likes blocks.
  { pattern: /^Like this:$/i, name: 'WordPress footer' },
  { pattern: /^Like Loading(?:\.\.\.|…)$/i, name: 'WordPress footer' },
  { pattern: /^(?:Related|Like|Reblog)$/i, name: 'WordPress footer', weak: true },
  // Substack's and Medium's subscription and sign-up lines.
  { pattern: /^Type your email(?:\.\.\.|…)/i, name: 'Substack footer' },
  { pattern: /^Discussion about this (?:post|episode)$/i, name: 'Substack footer' },
  { pattern: /^(?:Subscribe(?: now)?|Share|Comments?|Restack|Ready for more\?)$/i, name: 'Substack footer', weak: true },
  { pattern: /^Sign up to discover human stories\b/i, name: 'Medium footer' },
  { pattern: /^(?:Follow|Written by .{1,80}|\d[\d.,]*K? Followers?|Listen|Responses \(\d+\))$/i, name: 'Medium footer', weak: true },
  // Cookie banners.
  { pattern: /^(?:This (?:web)?site|We) uses? cookies\b.*\b(?:experience|browsing|traffic|consent|analy[sz]e|personali[sz]e|cookie policy|privacy policy|accept)/i, name: 'cookie banner' },
  { pattern: /^(?:Accept|Allow|Reject) (?:all )?cookies$|^(?:Cookie|Privacy) (?:settings|preferences)$|^Manage (?:cookies|consent)$/i, name: 'cookie banner' },
  { pattern: /^(?:Accept all|Reject all|Got it!?|I agree)$/i, name: 'cookie banner', weak: true },
];

/**
 * All the patterns as one, case-insensitive: a superset of them, so a line it does not match
 * matches none. Lint asks this of every line, and one test of an alternation of anchored
 * patterns costs much less than forty tests.
 */
const ANY = new RegExp(PATTERNS.map((b) => `(?:${b.pattern.source})`).join('|'), 'i');

/** What a line pasted from a web page says, or null for an ordinary line. */
export function boilerplateOf(line: string): Boilerplate | null {
  const text = line.replace(/^\s{0,3}(?:#{1,6}\s+|[-*+]\s+|>\s*)/, '').replace(/[*_`]/g, '').trim();
  if (text === '' || !ANY.test(text)) return null;
  // A strong reading wins over a weak one ("Share this:" is both).
  let weak: Boilerplate | null = null;
  for (const b of PATTERNS) {
    if (!b.pattern.test(text)) continue;
    if (!b.weak) return b;
    weak ??= b;
  }
  return weak;
}

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
