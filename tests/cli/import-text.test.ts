/**
 * `brief import` of plain text: the project's seed (an article copied out of a browser) gives the
 * brief a writer would have typed, every word kept; then the command's promises: never over a
 * file, -o -, --dry-run, stdin, and one line with nothing written for input it cannot import.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBrief } from '../../src/brief/parse.js';
import { makeTree, ROOT, runBin, runCli } from '../helpers/cli.js';

const SEED = join(ROOT, 'tests/fixtures/import/000_3af615d876947f47.txt');
const seed = readFileSync(SEED, 'utf8');
const TITLE = 'Bilateral Ties Uncertain as Taliban-Pakistan Talks Failed in Istanbul';
const ID = 'bilateral-ties-uncertain-as-taliban-pakistan-talks-failed-in-istanbul';

async function importSeed(): Promise<string> {
  const r = await runCli(['import', SEED, '-o', '-']);
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The words of the body as a reader sees them: comments, Markdown's heading and list marks and escapes left out. */
function bodyWords(markdown: string): string[] {
  const body = markdown.slice(markdown.indexOf('\n---\n', 4) + 5).replace(`# ${TITLE}\n`, '').replace(/<!--[\s\S]*?-->/g, '');
  return body.replace(/\\/g, '').split(/\s+/).filter((w) => w !== '' && !/^(?:#{1,6}|-)$/.test(w));
}

describe('brief import: the seed', () => {
  it('reads the metadata: title, author, tags, key question, status draft, and no date it could not find', async () => {
    const { brief } = parseBrief(await importSeed(), 'seed.md');
    expect(brief.title).toBe(TITLE);
    expect(brief.author).toEqual(['Mohsen Mowahed']);
    expect(brief.tags).toEqual(['Afghanistan', 'Analysis', 'Government', 'Military', 'Pakistan', 'Politics', 'Region', 'Security', 'Society', 'Threats']);
    expect(brief.keyQuestion).toBe('What does this deadlock mean for future Kabul-Islamabad relations?');
    expect(brief.status).toBe('draft');
    expect(brief.date).toBeNull();
  });

  it('writes the frontmatter in the contract\'s key order', async () => {
    const text = await importSeed();
    const keys = text.split('\n---\n')[0]!.split('\n').slice(1).map((l) => l.split(':')[0]);
    expect(keys).toEqual(['title', 'author', 'source', 'tags', 'status', 'key_question']);
  });

  it('gives the sections in order, scenarios A-D with their titles, the four recommendations word for word and the conclusion', async () => {
    const { brief } = parseBrief(await importSeed(), 'seed.md');
    expect(brief.sections.map((s) => [s.heading, s.kind])).toEqual([
      ['Roots of the Dispute: Two Competing Views of ‘Security’', 'section'],
      ['Istanbul Talks and Signs of Failure', 'section'],
      ['Possible Scenarios for Future Taliban-Pakistan Relations', 'scenarios'],
      ['Policy Implications and Recommendations', 'recommendations'],
      ['Conclusion', 'conclusion'],
    ]);
    expect(brief.scenarios.map((s) => [s.label, s.title])).toEqual([
      ['A', 'Return to the Negotiating Table with Strong Monitoring'],
      ['B', 'Limited Agreement and Localized Ceasefires'],
      ['C', 'Escalation of Border Clashes and Diplomatic Collapse'],
      ['D', 'Greater Involvement of Regional Actors'],
    ]);
    expect(brief.scenarios[1]!.text).toBe('The two sides might agree on localized ceasefires or protection of trade routes. This is a short-term, fragile solution, vulnerable to any border incidents.');
    expect(brief.recommendations.map((r) => r.text)).toEqual([
      'Establish internationally monitored border mechanisms with neutral mediators.',
      'Maintain direct military and political contact to prevent misunderstandings.',
      'Pursue regional security coordination, leveraging influential actors like Qatar and Turkey.',
      'Focus on joint economic and transit projects to strengthen mutual interests.',
    ]);
    expect(brief.conclusion).toMatch(/^The failure of the Istanbul talks highlights/);
    expect(brief.conclusion).toMatch(/bound to interact with each other\.$/);
  });

  it('drops the site\'s footer and keeps every other word of the body, in order', async () => {
    const text = await importSeed();
    for (const gone of ['Leave a Reply', 'Required fields', 'Back to top button', 'By Mohsen Mowahed', 'AfghanistanAnalysis']) expect(text).not.toContain(gone);
    // The seed without what import takes out: the tag strip, the title, the byline and the footer.
    const taken = new Set([
      'AfghanistanAnalysisGovernmentMilitaryPakistanPoliticsRegionSecuritySocietyThreats', TITLE, 'By Mohsen Mowahed',
      'Leave a Reply', 'Your email address will not be published. Required fields are marked *', 'Back to top button',
    ]);
    const expected = seed.split('\n').filter((line) => !taken.has(line.trim())).join('\n').split(/\s+/).filter(Boolean);
    expect(expected.length).toBe(553);
    expect(bodyWords(text)).toEqual(expected);
  });

  it('keeps the lines as they were: the unwrapped paragraphs stay one line each', async () => {
    const text = await importSeed();
    expect(text).toContain('\n### A) Return to the Negotiating Table with Strong Monitoring\n\nWith effective mediation, both sides could adopt a tripartite border monitoring mechanism. This cautious but positive scenario could reduce tensions and manage the crisis. The Taliban would need to limit armed group activities at the border, while Pakistan would pledge to avoid unilateral military actions and respect Afghan airspace and territory.\n');
    expect(text).toContain('To achieve relative stability, both countries should:\n\n- Establish internationally monitored border mechanisms with neutral mediators.\n- Maintain direct');
  });

  it('reads the seed wrapped at 60 columns as the same brief, and keeps its lines as wrapped', async () => {
    const wrap = (line: string): string => (line.length <= 60 ? line : line.split(' ').reduce((out, word) => {
      const last = out.at(-1)!;
      if (last !== '' && last.length + 1 + word.length > 60) out.push(word);
      else out[out.length - 1] = last === '' ? word : `${last} ${word}`;
      return out;
    }, ['']).join('\n'));
    const lines = seed.split('\n');
    const wrapped = [lines[0], ...lines.slice(1).map(wrap)].join('\n');
    const dir = makeTree({ 'wrapped.txt': wrapped });
    const r = await runCli(['import', 'wrapped.txt', '-o', '-'], { cwd: dir });
    const { brief } = parseBrief(r.stdout, 'wrapped.md');
    const flat = parseBrief(await importSeed(), 'seed.md').brief;
    for (const key of ['title', 'author', 'tags', 'keyQuestion', 'conclusion', 'summary'] as const) expect(brief[key]).toEqual(flat[key]);
    expect(brief.sections.map((s) => s.heading)).toEqual(flat.sections.map((s) => s.heading));
    expect(brief.scenarios.map((s) => [s.label, s.title, s.text])).toEqual(flat.scenarios.map((s) => [s.label, s.title, s.text]));
    expect(brief.recommendations.map((s) => s.text)).toEqual(flat.recommendations.map((s) => s.text));
    expect(r.stdout).toContain('\n- Establish internationally monitored border mechanisms with\n  neutral mediators.\n');
    expect(r.stdout).not.toMatch(/Required fields|are marked/);
  });

  it('reports what it recognised, what it dropped and the missing date on stderr; brief lint errs only on that date', async () => {
    const dir = makeTree({ 'briefs/.keep': '' });
    const r = await runCli(['import', SEED], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`briefs/${ID}.md\n`);
    expect(r.stderr).toContain(`title:           ${TITLE}\n`);
    expect(r.stderr).toContain('author:          Mohsen Mowahed\n');
    expect(r.stderr).toMatch(/sections: +5 \(Roots of the Dispute/);
    expect(r.stderr).toContain('scenarios:       4 (A, B, C, D)\n');
    expect(r.stderr).toContain('recommendations: 4\n');
    expect(r.stderr).toContain('dropped:         "Leave a Reply", "Your email address will not be published", "Back to top button"');
    expect(r.stderr).toContain('no date found: add `date:`');
    expect(r.stderr).not.toContain('no author found');

    expect(r.stderr).toContain('wording:         the article\'s own: estimative-hedge, estimative-mixed-scale, confidence-with-likelihood off for it (line 10; delete that line to check it)\n');

    const findingsOf = async (): Promise<Array<{ rule: string; severity: string; line: number }>> => JSON.parse((await runCli(['lint', '--format', 'json'], { cwd: dir })).stdout);
    const path = join(dir, 'briefs', `${ID}.md`);
    expect((await findingsOf()).map((f) => [f.rule, f.severity, f.line])).toEqual([['frontmatter-required', 'error', 1]]);
    // The line the report names is the one that keeps the wording rules off the article's own
    // "may" and "might"; deleted, the writer's checks are back.
    const written = readFileSync(path, 'utf8');
    expect(written.split('\n')[9]).toMatch(/^<!-- brief-lint-disable estimative-hedge /);
    writeFileSync(path, written.split('\n').filter((_, i) => i !== 9).join('\n'));
    expect((await findingsOf()).filter((f) => f.rule === 'estimative-hedge').length).toBe(4);
    writeFileSync(path, written);

    writeFileSync(path, readFileSync(path, 'utf8').replace('\nauthor:', '\ndate: 2025-11-08\nauthor:'));
    expect((await runCli(['lint', '--quiet'], { cwd: dir })).code).toBe(0);
  });
});

describe('brief import: the command', () => {
  const article = 'Gulf Shipping Risks\n\nBy Jane Doe\n\nTankers face new threats in the strait.\n';

  it('never writes over an existing brief, also one whose id differs only in case', async () => {
    const dir = makeTree({ 'briefs/gulf-shipping-risks.md': 'mine\n', 'a.txt': article });
    const r = await runCli(['import', 'a.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('brief: briefs/gulf-shipping-risks.md already exists; choose another id\n');
    expect(readFileSync(join(dir, 'briefs/gulf-shipping-risks.md'), 'utf8')).toBe('mine\n');
    expect((await runCli(['import', 'a.txt', '--id', 'gulf-2'], { cwd: dir })).stdout).toBe('briefs/gulf-2.md\n');
    expect(readFileSync(join(dir, 'briefs/gulf-2.md'), 'utf8')).toMatch(/^---\ntitle: Gulf Shipping Risks\nauthor: Jane Doe\nstatus: draft\n---\n\n<!-- brief-lint-disable [^\n]+ -->\n\n# Gulf Shipping Risks\n\nTankers face/);
  });

  it('-o FILE writes that file, never over an existing one; -o - prints and writes nothing', async () => {
    const dir = makeTree({ 'a.txt': article, 'taken.md': 'keep\n' });
    expect((await runCli(['import', 'a.txt', '-o', 'out.md'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain('# Gulf Shipping Risks');
    const again = await runCli(['import', 'a.txt', '-o', 'taken.md'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(readFileSync(join(dir, 'taken.md'), 'utf8')).toBe('keep\n');
    const before = readdirSync(dir).sort();
    const out = await runCli(['import', 'a.txt', '-o', '-'], { cwd: dir });
    expect(out.stdout).toMatch(/^---\ntitle: Gulf Shipping Risks\n/);
    expect(out.stderr).toContain('into stdout');
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('--dry-run prints the brief and where it would go, and writes nothing', async () => {
    const dir = makeTree({ 'briefs/.keep': '', 'a.txt': article });
    const r = await runCli(['import', 'a.txt', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^---\ntitle: Gulf Shipping Risks\n[\s\S]*Tankers face new threats in the strait\.\n$/);
    expect(r.stderr).toMatch(/^brief: would import a\.txt \(plain text\) into briefs\/gulf-shipping-risks\.md; dry run, nothing written\n/);
    expect(readdirSync(join(dir, 'briefs'))).toEqual(['.keep']);
  });

  it('reads standard input for -', async () => {
    const dir = makeTree({ 'briefs/.keep': '' });
    const r = await runCli(['import', '-'], { cwd: dir, input: article });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^brief: imported stdin \(plain text\) into briefs\/gulf-shipping-risks\.md\n/);
    expect(existsSync(join(dir, 'briefs/gulf-shipping-risks.md'))).toBe(true);
  });

  it('--url becomes the brief\'s url; a --url that is not http(s) is refused', async () => {
    const dir = makeTree({ 'a.txt': article });
    const r = await runCli(['import', 'a.txt', '-o', '-', '--url', 'https://example.org/gulf'], { cwd: dir });
    expect(r.stdout).toContain('\nurl: https://example.org/gulf\n');
    expect(r.stderr).toContain('  url:             https://example.org/gulf\n');
    const bad = await runCli(['import', 'a.txt', '-o', '-', '--url', 'javascript:alert(1)'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
  });

  it('names an article without a title after its file; refuses stdin without one unless --id is given', async () => {
    const text = 'Tankers face new threats in the strait, officials said on Monday.\n';
    const dir = makeTree({ 'briefs/.keep': '', 'Gulf Notes.txt': text });
    expect((await runCli(['import', 'Gulf Notes.txt'], { cwd: dir })).stdout).toBe('briefs/gulf-notes.md\n');
    const r = await runCli(['import', '-'], { cwd: dir, input: text });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('brief: no title found to name the brief after; give --id <id> or -o <file>\n');
    expect((await runCli(['import', '-', '--id', 'notes'], { cwd: dir, input: text })).stderr).toContain('no title found: add `title:`');
  });

  const bad: Array<[string, string | Uint8Array, string[], RegExp]> = [
    ['binary.txt', Buffer.from([0x68, 0x69, 0x00, 0x01, 0x02]), [], /^brief: binary\.txt:1: not text: a binary file \(NUL byte at offset 2\); nothing written\n$/],
    ['empty.txt', '', [], /^brief: empty\.txt: file is empty; nothing written\n$/],
    ['blank.md', '  \n\n\t\n', [], /^brief: blank\.md: file is empty; nothing written\n$/],
    ['report.docx', 'this is not a zip', [], /^brief: report\.docx: not a \.docx: a Word file is a zip archive, and this is not one; nothing written\n$/],
    ['old.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), [], /^brief: old\.doc: not text: an old Word \(\.doc\) or Office file; save it as \.docx; nothing written\n$/],
    ['paper.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', [], /^brief: paper\.pdf: not text: a PDF; copy its text out and import that; nothing written\n$/],
    ['latin1.txt', Buffer.from('Caf\xe9 au lait\n', 'latin1'), [], /^brief: latin1\.txt:1: invalid UTF-8 at byte offset 3; save the file as UTF-8; nothing written\n$/],
    ['page.html', '<!doctype html><html><body><nav>Home</nav></body></html>', [], /^brief: page\.html: [^\n]+; nothing written\n$/],
    ['footer.txt', 'Leave a Reply\n\nBack to top button\n', [], /^brief: footer\.txt: no article text in it [^\n]+; nothing written\n$/],
    ['missing.txt', '', ['gone.txt'], /^brief: gone\.txt: no such file\n$/],
  ];

  it.each(bad)('%s: one line, nothing written', async (name, content, args, message) => {
    const dir = makeTree({ 'briefs/.keep': '', [name]: content });
    const r = await runCli(['import', ...(args.length > 0 ? args : [name])], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
    expect(readdirSync(join(dir, 'briefs'))).toEqual(['.keep']);
  });

  it('refuses text over the brief read limit before writing anything', async () => {
    const dir = makeTree({ 'briefs/.keep': '', 'big.txt': `Title\n\n${'word '.repeat(1_000_000)}\n` });
    const r = await runCli(['import', 'big.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('brief: big.txt: file is 4.8 MiB; text imports over 4 MiB are not read; nothing written\n');
    expect(readdirSync(join(dir, 'briefs'))).toEqual(['.keep']);
  });

  it('cleans control characters: none reaches the report or the brief', async () => {
    const dir = makeTree({ 'a.txt': 'Gulf \u001b]0;pwned\u0007Risks\u001b[2J\n\nBy Jane \u009bDoe\n\nTankers face new threats.\n' });
    const r = await runCli(['import', 'a.txt', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    // eslint-disable-next-line no-control-regex
    expect(r.stderr + r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(r.stdout).toContain('title: Gulf Risks\n');
  });

  it('completes its argument with file names', async () => {
    const r = await runCli(['__complete', 'import', '']);
    expect(r.stdout.trim()).toBe(':files');
  });
});

describe('brief import: the built bin', () => {
  it('imports the seed in a subprocess', async () => {
    const dir = makeTree({ 'briefs/.keep': '' });
    const r = await runBin(['import', SEED], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`briefs/${ID}.md\n`);
    expect(r.stderr).toContain('scenarios:       4 (A, B, C, D)');
    const summary = await runBin(['summary', ID, '--json'], { cwd: dir });
    expect(JSON.parse(summary.stdout).recommendations).toHaveLength(4);
  });
});

describe('brief import: a web page\'s key question', () => {
  it('is read from the article\'s paragraphs, as in pasted text', async () => {
    const dir = makeTree({
      'page.html': '<!doctype html><html><head><title>Grain talks stall | Desk</title></head><body><article><h1>Grain talks stall</h1>'
        + '<p>The talks in Niamey ended without a deal on the corridor after three days of meetings between the transport ministers.</p>'
        + '<p>The key question now is: can the corridor reopen before the harvest?</p>'
        + '<p>Both sides blame the other for the delay, and traders on the border report long queues of lorries waiting to cross.</p></article></body></html>',
    });
    const r = await runCli(['import', 'page.html', '-o', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('key_question: Can the corridor reopen before the harvest?\n');
  });
});

describe('brief import: the id from the title', () => {
  it('keeps an apostrophe\'s word whole ("Sudan\'s" gives sudans, not sudan-s)', async () => {
    const dir = makeTree({ 'briefs/.keep': '', 'a.md': '---\ntitle: "Sudan’s Corridor and Chad\'s Border"\nauthor: A\n---\n\nText.\n' });
    const r = await runCli(['import', 'a.md', '--dry-run'], { cwd: dir });
    expect(r.stderr).toContain('into briefs/sudans-corridor-and-chads-border.md');
  });
});

describe('brief import: a Markdown file whose frontmatter cannot be read', () => {
  it('names the file and line as every other command does, and writes nothing', async () => {
    const dir = makeTree({ 'briefs/.keep': '', 'draft.md': '---\ntitle: [oops\n---\n\nText.\n' });
    const r = await runCli(['import', 'draft.md'], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([1, '']);
    expect(r.stderr).toMatch(/^brief: draft\.md:2: YAML: .+; nothing written\n$/);
    expect(readdirSync(join(dir, 'briefs'))).toEqual(['.keep']);
  });
});
