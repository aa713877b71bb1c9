/**
 * Lines a web page puts around an article (comment forms, share buttons, platform footers, cookie
 * banners), as data: the structure reader stops a section's content at them, lint's
 * web-boilerplate rule reports them, import drops them.
 */
const SHARE = '(?:Facebook|Twitter|X|LinkedIn|WhatsApp|Telegram|Pinterest|Reddit|Tumblr|Email|E-mail|Print|Messenger|Pocket|VKontakte|Viber|Skype)';

/**
 * One kind of pasted line. Every pattern is anchored at the line's start (an anchored pattern
 * fails within a few characters on ordinary prose) and most at its end too, so the same words
 * inside a sentence never count. A `weak` line ("Related", "Share", a lone "Twitter") is
 * boilerplate only in a run with a line that is not weak: alone, it may be the writer's.
 */
export interface Boilerplate { pattern: RegExp; name: string; weak?: true }

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
