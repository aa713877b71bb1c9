import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { CONTENT_SECURITY_POLICY, renderHtmlIndex, renderHtmlPage } from '../../src/render/html/page.js';
import { ROOT } from '../helpers/cli.js';

type El = { tagName: string; textContent: string; getAttribute(n: string): string | null; attributes: ArrayLike<{ name: string; value: string }>; querySelector(s: string): El | null; querySelectorAll(s: string): El[]; firstElementChild: El | null; className: string };

const brief = (text: string, path = 'x.md') => parseBrief(text, path).brief;
const shipped = (id: string) => brief(readFileSync(join(ROOT, 'briefs', `${id}.md`), 'utf8'), `briefs/${id}.md`);
function dom(html: string): { document: El & { head: El; body: El; title: string } } {
  return parseHTML(html) as never;
}
const all = (root: El, selector: string): El[] => [...root.querySelectorAll(selector)];
const text = (el: El | null): string => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('renderHtmlPage: the seed brief', () => {
  const html = renderHtmlPage(shipped('istanbul-talks'));
  const { document } = dom(html);

  it('opens the head with the Content-Security-Policy and carries no script or external resource', () => {
    const first = document.head.firstElementChild!;
    expect(first.tagName).toBe('META');
    expect(first.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    expect(first.getAttribute('content')).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(CONTENT_SECURITY_POLICY).toBe(first.getAttribute('content'));
    expect(all(document, 'script, link, iframe, object, embed')).toEqual([]);
    expect(html).not.toMatch(/@import|@font-face|url\(/);
  });

  it('shows the metadata header, key question and bottom line', () => {
    expect(text(document.querySelector('h1'))).toBe('Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul');
    const meta = Object.fromEntries(all(document, '.meta dt').map((dt, i) => [text(dt), text(all(document, '.meta dd')[i]!)]));
    expect(meta).toMatchObject({ Date: '2025-11-08', Author: 'Mohsen Mowahed', Source: 'DID Press', Region: 'Afghanistan, Pakistan', Status: 'published' });
    expect(all(document, '.meta .tag').map(text)).toEqual(['analysis', 'government', 'military', 'politics', 'security', 'society', 'threats']);
    expect(text(document.querySelector('.key-question p'))).toBe('What does the deadlock in Istanbul mean for future Kabul-Islamabad relations?');
    expect(text(document.querySelector('.bottom-line p'))).toMatch(/^The third round of Taliban-Pakistan talks in Istanbul/);
  });

  it('keeps the body in order with its heading hierarchy, one section per ## heading', () => {
    expect(all(document, '.body section > h2').map(text)).toEqual([
      'Background: two competing views of security', 'The Istanbul round',
      'Possible Scenarios for Future Taliban-Pakistan Relations', 'Policy Implications and Recommendations', 'Conclusion',
    ]);
    // The title is the page's only h1: the body's own level-1 heading is not repeated.
    expect(all(document, 'h1')).toHaveLength(1);
    expect(text(document.querySelector('section.conclusion p'))).toMatch(/^The failed Istanbul talks show a widening rift/);
  });

  it('draws each scenario as a card with its label, title, the scale and its indicators', () => {
    const cards = all(document, 'section.scenarios article.scenario');
    expect(cards.map((c) => text(c.querySelector('h3 .label')))).toEqual(['A', 'B', 'C', 'D']);
    expect(text(cards[2]!.querySelector('h3'))).toBe('C Escalation of Border Clashes and Diplomatic Collapse');
    for (const card of cards) expect(card.querySelector('svg.scale')).not.toBeNull();
    expect(all(cards[0]!, '.indicators li').map(text)).toEqual([
      'Turkey and Qatar announce a fourth round with a monitoring proposal', 'Fewer cross-border incidents reported along the Durand Line',
    ]);
    expect(text(cards[0]!.querySelector('.likelihood p'))).toBe('Likelihood not stated');
  });

  it('turns the recommendations into a checklist, keeping their numbers and the introduction', () => {
    const section = document.querySelector('section.recommendations')!;
    expect(text(section.querySelector('p'))).toBe('To reach relative stability, both countries should:');
    const items = all(section, '.checklist li');
    expect(items.map(text)).toEqual([
      '1. Establish internationally monitored border mechanisms with neutral mediators.',
      '2. Maintain direct military and political contact to prevent misunderstandings.',
      '3. Pursue regional security coordination, leveraging influential actors like Qatar and Turkey.',
      '4. Focus on joint economic and transit projects to strengthen mutual interests.',
    ]);
    expect(items.every((li) => li.className === 'todo')).toBe(true);
    // The list is not shown a second time as the brief's own Markdown.
    expect(all(section, 'ol')).toEqual([]);
  });
});

describe('renderHtmlPage: a bottom line read from the first paragraph', () => {
  it('shows that paragraph once, as the bottom line, and keeps the rest of the introduction', () => {
    const { document } = dom(renderHtmlPage(shipped('sahel-grain-corridor')));
    const bottomLine = text(document.querySelector('.bottom-line p'));
    expect(bottomLine).toMatch(/^A poor harvest across the central Sahel/);
    expect(all(document, '.body p').map(text)).not.toContain(bottomLine);
    expect(text(document.querySelector('.body blockquote'))).toMatch(/^An example brief shipped with brief/);
  });
});

describe('renderHtmlPage: likelihood on the ICD 203 scale', () => {
  const withLikelihoods = (a: string, b: string) => brief(`---
title: T
date: 2025-01-01
author: A
scenarios:
  A: { likelihood: ${a} }
  B: { likelihood: ${b} }
---

## Scenarios

### A. First

Text.

### B. Second

Text.
`);

  it('fills the band of a term and places a probability as a marker in its band', () => {
    const { document } = dom(renderHtmlPage(withLikelihoods('likely', '"35%"')));
    const [a, b] = all(document, 'article.scenario');
    expect(all(a!, '.band.on').map((g) => text(g.querySelector('text')))).toEqual(['55–80']);
    expect(a!.querySelector('.marker')).toBeNull();
    expect(text(a!.querySelector('.likelihood p'))).toBe('Likelihood: likely');
    expect(all(b!, '.band.on')).toEqual([]);
    const marker = b!.querySelector('path.marker')!;
    // 35% lies in "unlikely" (20-45), the third band of seven, each 50 units wide: 100 + 15/25 * 50.
    expect(marker.getAttribute('d')).toMatch(/^M130\.0 /);
    expect(b!.querySelector('svg')!.getAttribute('aria-label')).toBe('Likelihood: 35% (35%)');
  });

  it('labels the scale in the row of terms the brief uses', () => {
    const { document } = dom(renderHtmlPage(withLikelihoods('probable', 'very likely')));
    const [a, b] = all(document, 'svg.scale');
    expect(all(a!, 'text.end').map(text)).toEqual(['remote', 'nearly certain']);
    expect(all(b!, 'text.end').map(text)).toEqual(['almost no chance', 'almost certain']);
    expect(all(a!, '.band.on title').map(text)).toEqual(['probable: 55–80%']);
  });
});

describe('renderHtmlPage: indicators with their state', () => {
  it("shows each indicator's state, date and note where the brief gives them", () => {
    const path = join(ROOT, 'tests/fixtures/indicators/gulf-shipping-watch.md');
    const { document } = dom(renderHtmlPage(brief(readFileSync(path, 'utf8'), path)));
    const [a, b] = all(document, 'article.scenario').map((card) => all(card, '.indicators li'));
    expect(a!.map((li) => li.querySelector('.state')?.className ?? null)).toEqual(['state observed', 'state observed', 'state unclear', null]);
    expect(a!.map(text)).toEqual([
      'observed Insurers keep war-risk premiums below 1% of hull value (as of 2026-02-20)',
      'observed Naval escorts announced by at least two navies (as of 2026-02-25) — Announced in the February joint statement',
      'unclear Daily transits stay above 80 vessels (as of 2025-10-01)',
      'Tanker operators resume unescorted passages',
    ]);
    expect(b!.map(text)).toEqual(['not observed A second seizure within a month (as of 2026-02-25)', 'not observed Mines reported in the shipping lanes (as of 2025-11-30)']);
  });

  it('escapes a note and a text as it escapes every frontmatter value', () => {
    const { document } = dom(renderHtmlPage(brief(`---
title: T
date: 2025-01-01
author: A
scenarios:
  A:
    indicators:
      - { text: "<b>bold</b>", status: observed, as_of: 2025-01-01, note: "</li><script>x()</script>" }
---

## Scenarios

### A. One

Text.
`)));
    expect(all(document, 'script')).toEqual([]);
    expect(text(document.querySelector('.indicators li'))).toBe('observed <b>bold</b> (as of 2025-01-01) — </li><script>x()</script>');
  });
});

describe('renderHtmlPage: recommendations with groups and marks', () => {
  const { document } = dom(renderHtmlPage(brief(`---
title: T
date: 2025-01-01
author: A
---

## Recommendations

### For donors

- [x] Fund the monitors. (Recommended)
- [ ] Cut aid. (Not recommended)

**To the government:**

- Open the crossings.
`)));

  it("keeps done items, the author's marks and each group", () => {
    const items = all(document, '.checklist li');
    expect(items.map((li) => li.className)).toEqual(['done', 'todo', 'todo']);
    expect(items.map((li) => text(li.querySelector('.mark')))).toEqual(['Recommended', 'Not recommended', '']);
    expect(text(items[0]!.querySelector('.text'))).toBe('Fund the monitors. Recommended');
    expect(items[0]!.querySelector('.box')!.getAttribute('aria-label')).toBe('done');
    expect(all(document, 'section.recommendations h3').map(text)).toEqual(['For donors']);
    expect(text(document.querySelector('section.recommendations p strong'))).toBe('To the government:');
  });
});

describe('renderHtmlPage: an untrusted brief', () => {
  const source = readFileSync(join(ROOT, 'tests/fixtures/html/hostile.md'), 'utf8');
  const html = renderHtmlPage(brief(source, 'hostile.md'));
  const { document } = dom(html);

  it('runs and loads nothing: no script, handler, frame, form, style attribute or remote URL', () => {
    expect(all(document, 'script, iframe, object, embed, form, link, base, video, audio, svg:not(.scale), math, noscript, button')).toEqual([]);
    expect(all(document, 'meta').map((m) => m.getAttribute('http-equiv') ?? m.getAttribute('name') ?? 'charset')).toEqual(['Content-Security-Policy', 'charset', 'viewport', 'referrer', 'generator']);
    expect(all(document, 'style')).toHaveLength(1);
    for (const el of all(document, '*')) {
      for (const { name, value } of Array.from(el.attributes)) {
        expect(name).not.toMatch(/^on|^style$|^srcset$|^formaction$|^xlink:href$/i);
        if (name === 'href') expect(value).toMatch(/^(?:https?:\/\/|mailto:)/);
        if (name === 'src') expect(value).toMatch(/^data:image\//);
      }
    }
    expect(html).not.toMatch(/127\.0\.0\.1/);
  });

  it('keeps the text of a dropped link and the alt text of a dropped image', () => {
    expect(text(document.body)).toContain('js link');
    expect(text(document.body)).toContain('tab link');
    expect(text(document.querySelector('article.scenario > p'))).toBe('Text with remote and data and ok.');
    expect(all(document, 'article.scenario a').map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/a_very_long_path_without_breaks_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    ]);
  });

  it('shows the frontmatter as text: title, author, tags and a javascript: url never become markup', () => {
    expect(document.title).toBe(`</title><script>document.title='pwned'</script> "quoted"`);
    expect(text(document.querySelector('h1'))).toBe(`</title><script>document.title='pwned'</script> "quoted"`);
    const meta = Object.fromEntries(all(document, '.meta dt').map((dt, i) => [text(dt), all(document, '.meta dd')[i]!]));
    expect(text(meta.Author!)).toBe('<img src=x onerror=alert(1)>');
    expect(text(meta.URL!)).toBe('javascript:alert(1)');
    expect(meta.URL!.querySelector('a')).toBeNull();
    expect(text(meta.Tags!)).toBe('</style><script>alert(1)</script>');
  });

  it('removes control characters and escape sequences, which a terminal printing the page would obey', () => {
    const page = renderHtmlPage(brief('---\ntitle: "T\\u001b]0;owned\\u0007"\ndate: 2025-01-01\nauthor: A\n---\n\n## Part\n\nBody \u001b[2J\u001b[31mred\u009b1m and \u202eright-to-left.\n'));
    expect(page).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text(dom(page).document.querySelector('.body p'))).toBe('Body red and right-to-left.');
  });

  it('keeps a data-URL raster image and drops an SVG one', () => {
    const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
    const { document: d } = dom(renderHtmlPage(brief(`---\ntitle: T\ndate: 2025-01-01\nauthor: A\n---\n\n## Figures\n\n![dot](${png}) ![vector](data:image/svg+xml;base64,PHN2Zy8+)\n`)));
    expect(all(d, '.body img').map((i) => i.getAttribute('src'))).toEqual([png]);
    expect(text(d.querySelector('.body p'))).toBe('vector');
  });
});

describe('renderHtmlPage: options', () => {
  it('sets the printed paper size from the paper option, and none without it', () => {
    const b = shipped('baltic-cable-sabotage');
    expect(renderHtmlPage(b, { paper: 'a4' })).toMatch(/@page \{ size: A4; /);
    expect(renderHtmlPage(b, { paper: 'letter' })).toMatch(/@page \{ size: letter; /);
    expect(renderHtmlPage(b)).not.toMatch(/[^-]size:/);
  });
});

describe('renderHtmlIndex', () => {
  it('lists the briefs as list does, each linked to its page by a relative link, escaped', () => {
    const meta = (id: string, title: string, date: string) => ({ ...shipped('istanbul-talks'), id, title, date, tags: ['a&b'] });
    const { document } = dom(renderHtmlIndex([
      { meta: meta('new', 'New <b>one</b>', '2025-02-01'), href: 'new.html' },
      { meta: meta('old', 'Old', '2024-01-01'), href: 'en.old.html' },
    ]));
    expect(document.head.firstElementChild!.getAttribute('http-equiv')).toBe('Content-Security-Policy');
    const rows = all(document, 'tbody tr').map((tr) => all(tr, 'td').map(text));
    expect(rows).toEqual([['2025-02-01', 'new', 'published', 'New <b>one</b>', 'a&b'], ['2024-01-01', 'old', 'published', 'Old', 'a&b']]);
    expect(all(document, 'tbody a').map((a) => a.getAttribute('href'))).toEqual(['new.html', 'en.old.html']);
  });
});
