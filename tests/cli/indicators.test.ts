/**
 * `brief indicators` (issue 13, item 2): every indicator across the briefs, by brief and
 * scenario, filtered as `list` filters and by the indicator's own state and age; the bar in a
 * real terminal; the JSON against its schema.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/text/wrap.js';
import { briefText, makeTree, ROOT, runBin, runCli, runInTerminal, visible } from '../helpers/cli.js';

const FIXTURES = join(ROOT, 'tests/fixtures/indicators');
const TODAY = { BRIEF_TODAY: '2026-03-10' };
const indicators = (args: string[] = [], env: Record<string, string> = TODAY, dir = FIXTURES) => runCli(['indicators', '--dir', dir, ...args], { env });

interface Entry { id: string; scenarios: Array<{ label: string; observed: number; total: number; indicators: Array<{ text: string; status: string | null; asOf: string | null; line: number; ageDays: number | null }> }> }
const json = async (args: string[] = [], env: Record<string, string> = TODAY, dir = FIXTURES): Promise<Entry[]> => {
  const r = await indicators([...args, '--json'], env, dir);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Entry[];
};
/** `id/label: text` of every indicator listed. */
const listed = (entries: Entry[]): string[] => entries.flatMap((b) => b.scenarios.flatMap((s) => s.indicators.map((i) => `${b.id}/${s.label}: ${i.text}`)));

const trees: string[] = [];
afterAll(() => { for (const dir of trees) rmSync(dir, { recursive: true, force: true }); });

describe('brief indicators', () => {
  it('groups by brief (newest first) and scenario on a terminal, strings and objects alike, counting those observed', async () => {
    const r = await runCli(['indicators', '--dir', FIXTURES, '--color', 'never'], { env: TODAY, tty: { columns: 100 } });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Shipping Through the Strait of Hormuz After the Tanker Seizures', 'gulf-shipping-watch · 2026-03-02 · published', '  A  ██░░  2/4 observed  Escorted normality']);
    expect(lines).toContain('     ● observed      2026-02-25  Naval escorts announced by at least two navies');
    expect(lines).toContain('                                 note: Announced in the February joint statement');
    expect(lines).toContain('     · unknown                   Tanker operators resume unescorted passages');
    expect(lines).toContain('     ○ not observed  2025-11-30  Mines reported in the shipping lanes');
    expect(r.stdout.indexOf('gulf-shipping-watch')).toBeLessThan(r.stdout.indexOf('sahel-border-trade'));
    expect(lines).toContain('  A  ██    2/2 observed  Trade holds');
  });

  it('piped, prints one tab-separated line per indicator: id, scenario, status as the JSON spells it, as_of, text, note, title, line', async () => {
    const r = await indicators();
    expect(r).toMatchObject({ code: 0, stderr: '' });
    const rows = r.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows.slice(0, 5)).toEqual([
      ['gulf-shipping-watch', 'A', 'observed', '2026-02-20', 'Insurers keep war-risk premiums below 1% of hull value', '', 'Escorted normality', '13'],
      ['gulf-shipping-watch', 'A', 'observed', '2026-02-25', 'Naval escorts announced by at least two navies', 'Announced in the February joint statement', 'Escorted normality', '16'],
      ['gulf-shipping-watch', 'A', 'unclear', '2025-10-01', 'Daily transits stay above 80 vessels', '', 'Escorted normality', '20'],
      // A plain string: no status (unknown, as --state names it; null in the JSON), no date.
      ['gulf-shipping-watch', 'A', 'unknown', '', 'Tanker operators resume unescorted passages', '', 'Escorted normality', '23'],
      ['gulf-shipping-watch', 'B', 'not-observed', '2026-02-25', 'A second seizure within a month', '', 'Harassment campaign', '27'],
    ]);
    // Every indicator the JSON lists, in its order, with the same values; nothing else (no brief or scenario lines).
    const fromJSON = (await json()).flatMap((b) => b.scenarios.flatMap((s) => s.indicators.map((i) => [b.id, s.label, i.status ?? 'unknown', i.asOf ?? '', i.text, String(i.line)])));
    expect(rows.map((c) => [...c.slice(0, 5), c[7]])).toEqual(fromJSON);
    // No bar, no mark, no colour, no padding.
    expect(r.stdout).not.toMatch(/[█░●○·\u001b]| {2}/);
    // With --color always, as judgments and search: the same cells, the label and the status
    // coloured as on a terminal, each colour closed in its own cell.
    const coloured = (await indicators(['--color', 'always'])).stdout;
    // eslint-disable-next-line no-control-regex
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(r.stdout);
    const cells = coloured.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(cells[0]!.map((c) => c.includes('\u001b['))).toEqual([false, true, true, false, false, false, false, false]);
    expect(cells[0]![2]).toBe('\u001b[32mobserved\u001b[39m');
    // eslint-disable-next-line no-control-regex
    for (const row of cells) for (const c of row) expect(c.replace(/\u001b\[[0-9;]*m/g, '').length === c.length || /\u001b\[(?:22|39)m$/.test(c)).toBe(true);
    // The filters choose the lines.
    expect((await indicators(['--state', 'unknown'])).stdout.trimEnd().split('\n').map((l) => l.split('\t')[4])).toEqual([
      'Tanker operators resume unescorted passages', 'Closure announced by the littoral state', 'Border closure decree published']);
  });

  it('piped, a tab, line break or control character inside a cell stays in its cell', async () => {
    const dir = makeTree({ 'x.md': briefText({
      front: 'scenarios:\n  A:\n    indicators:\n      - {text: "Ships\\tturn\\nback \\e[31mnow", status: unclear, note: "Seen\\r\\nat\\tdawn"}\n      - "Talks\\u0085resume"\n',
      body: '## Scenarios\n\n### A. Ships\tturn back\n\nText.\n' }) });
    trees.push(dir);
    const r = await indicators([], TODAY, dir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toBe('x\tA\tunclear\t\tShips turn back now\tSeen at dawn\tShips turn back\t8\nx\tA\tunknown\t\tTalksresume\t\tShips turn back\t9\n');
    // The JSON keeps the text exact.
    expect((await json([], TODAY, dir))[0]!.scenarios[0]!.indicators[0]!.text).toBe('Ships\tturn\nback \u001b[31mnow');
  });

  it('--json validates against `brief schema indicators`, with each indicator\'s line in the file', async () => {
    const schema = JSON.parse((await runCli(['schema', 'indicators'])).stdout) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    for (const args of [[], ['--stale', '90d'], ['--state', 'unknown'], ['--tag', 'trade']]) {
      const out = await json(args);
      expect(validate(out), `${args.join(' ')}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const [gulf] = await json();
    expect(gulf!.scenarios.map((s) => [s.label, s.observed, s.total])).toEqual([['A', 2, 4], ['B', 0, 2], ['C', 0, 1]]);
    // Lines of the file: the block item, the flow item, the plain string.
    expect(gulf!.scenarios[0]!.indicators.map((i) => i.line)).toEqual([13, 16, 20, 23]);
    expect(gulf!.scenarios[1]!.indicators.map((i) => i.line)).toEqual([27, 28]);
    expect(gulf!.scenarios[0]!.indicators[0]).toMatchObject({ status: 'observed', asOf: '2026-02-20', ageDays: 18 });
    // A schema the output does not fit fails: the test would see a broken output.
    expect(validate([{ ...gulf, scenarios: [{ ...gulf!.scenarios[0], indicators: [{ text: 'x', status: 'seen' }] }] }])).toBe(false);
  });

  it('--stale lists what was not reviewed within the age (as_of older, or none), counted from today', async () => {
    expect(listed(await json(['--stale', '90d']))).toEqual([
      'gulf-shipping-watch/A: Daily transits stay above 80 vessels', // 2025-10-01
      'gulf-shipping-watch/A: Tanker operators resume unescorted passages', // none
      'gulf-shipping-watch/B: Mines reported in the shipping lanes', // 2025-11-30, 100 days
      'gulf-shipping-watch/C: Closure announced by the littoral state',
      'sahel-border-trade/A: Trucks cross at Malanville without escort',
      'sahel-border-trade/A: Grain prices in Niamey fall for two months running',
      'sahel-border-trade/B: Border closure decree published',
      'sahel-border-trade/B: Customs posts report seizures of grain',
    ]);
    // 2025-12-10 is exactly 90 days before: not older, so 2025-11-30 (100 days) is the newest stale date.
    const day = (today: string) => json(['--stale', '90d'], { BRIEF_TODAY: today });
    expect(listed(await day('2026-02-28'))).not.toContain('gulf-shipping-watch/B: Mines reported in the shipping lanes');
    expect(listed(await day('2026-03-01'))).toContain('gulf-shipping-watch/B: Mines reported in the shipping lanes');
    // Weeks, calendar months and years.
    expect(listed(await json(['--stale', '2w']))).toContain('gulf-shipping-watch/A: Insurers keep war-risk premiums below 1% of hull value');
    expect(listed(await json(['--stale', '3w']))).not.toContain('gulf-shipping-watch/A: Insurers keep war-risk premiums below 1% of hull value');
    expect(listed(await json(['--stale', '3m'], { BRIEF_TODAY: '2026-03-01' }))).toContain('gulf-shipping-watch/B: Mines reported in the shipping lanes');
    expect(listed(await json(['--stale', '3m'], { BRIEF_TODAY: '2026-02-28' }))).not.toContain('gulf-shipping-watch/B: Mines reported in the shipping lanes');
    // Within a year, only those never dated are stale, a status or not.
    expect(listed(await json(['--stale', '1y']))).toEqual([
      'gulf-shipping-watch/A: Tanker operators resume unescorted passages', 'gulf-shipping-watch/C: Closure announced by the littoral state',
      'sahel-border-trade/B: Border closure decree published', 'sahel-border-trade/B: Customs posts report seizures of grain']);
    // The bar still counts every indicator of the scenario.
    const [gulf] = await json(['--stale', '90d']);
    expect(gulf!.scenarios[0]).toMatchObject({ observed: 2, total: 4 });
  });

  it('--state filters by the indicator\'s own status; unknown is none given', async () => {
    expect(listed(await json(['--state', 'observed']))).toEqual([
      'gulf-shipping-watch/A: Insurers keep war-risk premiums below 1% of hull value',
      'gulf-shipping-watch/A: Naval escorts announced by at least two navies',
      'sahel-border-trade/A: Trucks cross at Malanville without escort',
      'sahel-border-trade/A: Grain prices in Niamey fall for two months running',
    ]);
    expect(listed(await json(['--state', 'not-observed']))).toEqual([
      'gulf-shipping-watch/B: A second seizure within a month', 'gulf-shipping-watch/B: Mines reported in the shipping lanes']);
    expect(listed(await json(['--state', 'unclear'])).length).toBe(2);
    expect(listed(await json(['--state', 'unknown']))).toEqual([
      'gulf-shipping-watch/A: Tanker operators resume unescorted passages', 'gulf-shipping-watch/C: Closure announced by the littoral state',
      'sahel-border-trade/B: Border closure decree published']);
  });

  it('--state takes a status as the frontmatter does ("not observed"), and names the choices for any other', async () => {
    const notObserved = listed(await json(['--state', 'not-observed']));
    expect(listed(await json(['--state', 'not observed']))).toEqual(notObserved);
    expect(listed(await json(['--state', 'Not_Observed']))).toEqual(notObserved);
    expect(listed(await json(['--state', 'Unknown'])).length).toBe(3);
    const bad = await indicators(['--state', 'seen']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toMatch(/^brief: .*--state takes observed, not-observed, unclear or unknown, not "seen"/);
  });

  it('takes list\'s brief filters: --tag, --region, --status, --since, --author', async () => {
    const ids = async (args: string[]) => (await json(args)).map((b) => b.id);
    expect(await ids(['--tag', 'trade'])).toEqual(['sahel-border-trade']);
    expect(await ids(['--region', 'gulf'])).toEqual(['gulf-shipping-watch']);
    expect(await ids(['--status', 'draft'])).toEqual(['sahel-border-trade']);
    expect(await ids(['--since', '2026-01-01'])).toEqual(['gulf-shipping-watch']);
    expect(await ids(['--until', '2025-12'])).toEqual(['sahel-border-trade']);
    expect(await ids(['--author', 'test desk', '--state', 'observed', '--tag', 'security'])).toEqual(['gulf-shipping-watch']);
    // A value no brief has is named, with the closest one, as list does.
    const r = await indicators(['--tag', 'trad']);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe('brief: no briefs match --tag trad; did you mean trade?\n');
    const none = await indicators(['--state', 'unclear', '--tag', 'trade', '--since', '2025-09-16']);
    expect(none).toMatchObject({ code: 0, stdout: '' });
  });

  it('reads only the briefs named: ids, paths and folders, as judgments takes them, filters still applied', async () => {
    const ids = async (args: string[], dir = FIXTURES) => {
      const r = await indicators([...args, '--json'], TODAY, dir);
      expect(r, args.join(' ')).toMatchObject({ code: 0, stderr: '' });
      return (JSON.parse(r.stdout) as Entry[]).map((b) => b.id);
    };
    expect(await ids(['sahel-border-trade'])).toEqual(['sahel-border-trade']);
    // Named in any order, each once, listed newest first as always.
    expect(await ids(['sahel-border-trade', 'gulf-shipping-watch', 'sahel-border-trade'])).toEqual(['gulf-shipping-watch', 'sahel-border-trade']);
    // A path and a folder, whatever the briefs directory is.
    const house = join(ROOT, 'tests/fixtures/house-styles');
    expect(await ids([join(FIXTURES, 'sahel-border-trade.md')], house)).toEqual(['sahel-border-trade']);
    expect(await ids(['tests/fixtures/indicators'], house)).toEqual(['gulf-shipping-watch', 'sahel-border-trade']);
    expect(await ids(['gulf-shipping-watch', 'sahel-border-trade', '--tag', 'trade'])).toEqual(['sahel-border-trade']);
    expect((await indicators(['gulf-shipping-watch', '--tag', 'trade'])).stderr).toBe('brief: no briefs match --tag trade; the tags present: energy, maritime, security\n');
    // The shipped briefs by id, from the default briefs directory.
    const shipped = await runCli(['indicators', 'istanbul-talks', '--json'], { env: TODAY });
    expect((JSON.parse(shipped.stdout) as Entry[]).map((b) => b.id)).toEqual(['istanbul-talks']);
    // A folder without briefs is named as the briefs directory would be (tests/cli/empty-folder.test.ts).
    const empty = makeTree({ 'notes.txt': 'not a brief' });
    trees.push(empty);
    expect(await indicators([empty])).toMatchObject({ code: 0, stdout: '', stderr: expect.stringMatching(new RegExp(`^brief: no briefs in ${empty} or its subfolders \\(\\.md files other than README\\.md\\); [^\n]+\n$`)) });
  });

  it('an unknown id or a missing path is a usage error (exit 2), worded as judgments words it', async () => {
    for (const ref of ['sahel-border', 'nowhere/x.md']) {
      const r = await indicators([ref]);
      expect(r, ref).toMatchObject({ code: 2, stdout: '' });
      expect(r.stderr).toBe((await runCli(['judgments', '--dir', FIXTURES, ref])).stderr);
    }
    expect((await indicators(['sahel-border'])).stderr).toBe(`brief: no brief "sahel-border" in ${FIXTURES}; did you mean "sahel-border-trade"?\n`);
    // Nothing is listed when one of several names is wrong.
    expect(await indicators(['gulf-shipping-watch', 'sahel-border'])).toMatchObject({ code: 2, stdout: '' });
  });

  it('completes brief ids, as many as are typed, beside its flags', async () => {
    const complete = async (...words: string[]) => (await runCli(['__complete', '--dir', FIXTURES, 'indicators', ...words])).stdout.split('\n').filter(Boolean);
    expect(await complete('')).toEqual(['gulf-shipping-watch', 'sahel-border-trade']);
    expect(await complete('gulf-shipping-watch', 's')).toEqual(['sahel-border-trade']);
    expect(await complete('--state', 'observed', 'g')).toEqual(['gulf-shipping-watch']);
    expect((await runCli(['help', 'indicators'])).stdout).toContain('Usage: brief indicators [options] [briefs...]');
  });

  it('says why nothing is listed, on stderr', async () => {
    expect(await indicators([], TODAY, join(ROOT, 'tests/fixtures/house-styles'))).toMatchObject({
      code: 0, stdout: '', stderr: 'brief: no scenario has indicators (scenarios.<label>.indicators in the frontmatter)\n' });
    expect((await indicators(['--state', 'unclear', '--region', 'gulf', '--stale', '1y'])).stderr).toBe('brief: no indicators match\n');
    // A date range no brief falls in is the reason, with the dates the briefs have; the briefs are not blamed.
    const why = async (...args: string[]) => {
      const r = await indicators(args);
      expect(r, args.join(' ')).toMatchObject({ code: 0, stdout: '' });
      return r.stderr;
    };
    expect(await why('--since', '2027')).toBe('brief: no briefs match --since 2027; the newest brief is dated 2026-03-02\n');
    expect(await why('--until', '2020')).toBe('brief: no briefs match --until 2020; the oldest brief is dated 2025-09-15\n');
    expect(await why('--since', '2026-03-03', '--until', '2026-04')).toBe('brief: no briefs match --since 2026-03-03 --until 2026-04; the briefs are dated 2025-09-15 to 2026-03-02\n');
    expect(await why('--tag', 'trade', '--since', '2026')).toBe('brief: no briefs match --tag trade and --since 2026 together; each alone matches some brief\n');
  });

  it('a brief named that cannot be read is named once, with nothing after that blames the briefs or the name', async () => {
    const dir = makeTree({ 'bad-yaml.md': '---\ntitle: [unclosed\n---\n', 'good.md': briefText() });
    trees.push(dir);
    const r = await indicators(['bad-yaml'], TODAY, dir);
    expect(r).toMatchObject({ code: 0, stdout: '' });
    expect(r.stderr).toBe(`brief: ${join(dir, 'bad-yaml.md')}:2: YAML: unexpected end of the stream within a flow collection (skipped)\n`);
  });

  it('text from a brief reaches the terminal without its control sequences', async () => {
    const dir = makeTree({ 'h.md': briefText({ front: 'scenarios:\n  A:\n    indicators:\n      - {text: "Ships \\e]0;pwned\\a turn \\e[2J back", note: "\\u009b31m red"}\n' }) });
    trees.push(dir);
    const r = await runCli(['indicators', '--dir', dir, '--color', 'never'], { env: TODAY, tty: { columns: 100 } });
    expect(r.stdout).toMatch(/Ships +turn +back\n +note: +red\n/);
    expect(r.stdout).not.toMatch(/[\u001b\u0007\u009b]/);
    // And piped.
    expect((await indicators([], TODAY, dir)).stdout).toBe('h\tA\tunknown\t\tShips  turn  back\tred\tFirst\t8\n');
    expect(JSON.parse((await indicators(['--json'], TODAY, dir)).stdout)[0].scenarios[0].indicators[0].text).toBe('Ships \u001b]0;pwned\u0007 turn \u001b[2J back');
  });

  it('bad arguments are usage errors (exit 2) with the valid forms', async () => {
    const cases: Array<[string[], Record<string, string>, RegExp]> = [
      [['--stale', '90'], TODAY, /--stale "90" is not an age; use days, weeks, months or years: 90d, 12w, 6m, 1y/],
      [['--state', 'seen'], TODAY, /--state takes observed, not-observed, unclear or unknown, not "seen"/],
      [['--since', 'soon'], TODAY, /--since "soon" is not a date/],
      [[], { BRIEF_TODAY: '2026-02-30' }, /BRIEF_TODAY "2026-02-30" is not a date/],
    ];
    for (const [args, env, message] of cases) {
      const r = await indicators(args, env);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
    }
  });

  it('skips a brief that cannot be read with one line on stderr, and lists the others', async () => {
    const dir = makeTree({
      'a.md': briefText({ front: 'scenarios:\n  A:\n    indicators:\n      - {text: Talks resume, status: observed}\n      - {text: Bad one, status: seen}\n' }),
      'b.md': Buffer.from([0xff, 0xfe, 0x00, 0x41]),
      'c.md': '---\ntitle: [unclosed\n---\n',
    });
    trees.push(dir);
    const r = await indicators([], TODAY, dir);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^brief: .*b\.md:1: .*\(skipped\)$/),
      expect.stringMatching(/^brief: .*c\.md:2: .*\(skipped\)$/),
    ]);
    // A lint fault does not stop the reading: the indicator is listed without its bad status.
    expect(r.stdout).toBe('a\tA\tobserved\t\tTalks resume\t\tFirst\t8\na\tA\tunknown\t\tBad one\t\tFirst\t9\n');
  });

  it('brief lint reports a bad status or date at its line, as frontmatter-type errors (exit 1)', async () => {
    const dir = makeTree({ 'x.md': briefText({ front: 'scenarios:\n  A:\n    indicators:\n      - text: Talks resume\n        status: seen\n        as_of: 2026-02-30\n      - {text: Ships turn back, status: obsrved}\n' }) });
    trees.push(dir);
    const r = await runCli(['lint', join(dir, 'x.md')]);
    expect(r.code).toBe(1);
    const findings = visible(r.stdout).split('\n').filter((l) => l.includes('frontmatter-type'));
    expect(findings.map((l) => /x\.md:(\d+):1\s+error\s.*frontmatter-type/.exec(l)?.[1])).toEqual(['9', '10', '11']);
    expect(findings[2]).toMatch(/did you mean "observed"\?/);
  });

  it('brief lint warns of an as_of later than today (indicator-date-future), today from BRIEF_TODAY', async () => {
    const dir = makeTree({ 'x.md': briefText({ front: 'scenarios:\n  A:\n    indicators:\n      - text: Talks resume\n        status: observed\n        as_of: 2027-03-01\n      - {text: Ships turn back, as_of: 2026-03-10}\n' }) });
    trees.push(dir);
    const lint = async (today: string, bin = false) => {
      const args = ['lint', '--format', 'json', dir];
      const r = bin ? await runBin(args, { env: { BRIEF_TODAY: today, BRIEF_PARALLEL_THRESHOLD: '1' } }) : await runCli(args, { env: { BRIEF_TODAY: today } });
      return { code: r.code, found: (JSON.parse(r.stdout) as Array<{ line: number; severity: string; rule: string; message: string }>).filter((m) => m.rule === 'indicator-date-future') };
    };
    const r = await lint('2026-03-10');
    // A warning: the brief still passes (exit 0).
    expect(r).toEqual({ code: 0, found: [{ file: expect.any(String), line: 10, column: 1, severity: 'warning', rule: 'indicator-date-future',
      message: 'scenario A: as_of 2027-03-01 is later than today (2026-03-10); as_of is the day the indicator was last reviewed: did you mean 2026-03-01?' }] });
    expect((await lint('2026-03-09')).found.map((m) => m.line)).toEqual([10, 11]);
    expect((await lint('2027-03-01')).found).toEqual([]);
    // The day reaches the worker threads of a large run (built bin).
    expect((await lint('2026-03-09', true)).found.map((m) => m.line)).toEqual([10, 11]);
    expect(await runCli(['lint', dir], { env: { BRIEF_TODAY: 'tomorrow' } })).toMatchObject({ code: 2, stdout: '', stderr: 'brief: BRIEF_TODAY "tomorrow" is not a date; use YYYY-MM-DD\n' });
  });

  it('fits every line to a narrow terminal, wrapping words at spaces, the text under its state when the line is too short', async () => {
    const words = [
      'Shipping Through the Strait of Hormuz After the Tanker Seizures', 'gulf-shipping-watch', 'Escorted normality',
      'Insurers keep war-risk premiums below 1% of hull value', 'Announced in the February joint statement',
      'Tanker operators resume unescorted passages', 'Grain prices in Niamey fall for two months running',
      '2/4 observed', '0/2 observed', 'not observed 2025-11-30', 'observed 2025-09-10',
    ];
    for (let columns = 20; columns <= 80; columns += 1) {
      const r = await runCli(['indicators', '--dir', FIXTURES, '--color', 'always'], { env: TODAY, tty: { columns } });
      expect(r.code).toBe(0);
      const lines = visible(r.stdout).trimEnd().split('\n');
      for (const line of lines) expect(displayWidth(line), `${columns}: ${line}`).toBeLessThanOrEqual(columns);
      // Every phrase is there with its words whole: a line break only ever stands for a space.
      const text = lines.join(' ').replace(/ +/g, ' ');
      for (const phrase of words) expect(text, `${columns}: ${phrase}`).toContain(phrase);
      // A style ends on the line it starts on.
      for (const line of r.stdout.split('\n')) expect(line.startsWith('\u001b[22m') || line.startsWith('\u001b[39m'), `${columns}: ${JSON.stringify(line)}`).toBe(false);
    }
    // Too short for the text beside them, the state and date have a line of their own, the text wraps under them.
    const narrow = visible((await runCli(['indicators', '--dir', FIXTURES, '--tag', 'trade'], { env: TODAY, tty: { columns: 36 } })).stdout);
    expect(narrow.split('\n').slice(0, 8)).toEqual([
      'Grain Trade Across the Niger-Benin',
      'Border',
      'sahel-border-trade · 2025-09-15',
      'draft',
      '  A  Trade holds',
      '     ██  2/2 observed',
      '     ● observed  2025-09-01',
      '       Trucks cross at Malanville',
    ]);
  });

  it('fits a real terminal of 36 columns (pty), words whole', () => {
    const r = runInTerminal(['indicators', '--dir', FIXTURES, '--tag', 'trade'], { cols: 36, env: TODAY });
    expect(r.code).toBe(0);
    const lines = visible(r.stdout).trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(36);
    expect(lines).toContain('     ● observed  2025-09-10');
    expect(lines.join(' ').replace(/ +/g, ' ')).toContain('Grain prices in Niamey fall for two months running');
  });

  it('a terminal gets the bar of observed indicators, colour and wrapping (real pty)', () => {
    const r = runInTerminal(['indicators', '--dir', FIXTURES], { cols: 60, env: TODAY });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\u001b\[/);
    const lines = visible(r.stdout).split('\n');
    expect(lines).toContain('  A  ██░░  2/4 observed  Escorted normality');
    expect(lines).toContain('  B  ░░    0/2 observed  Harassment campaign');
    expect(lines).toContain('  A  ██    2/2 observed  Trade holds');
    expect(lines).toContain('gulf-shipping-watch · 2026-03-02 · published');
    const at = lines.findIndex((l) => l.includes('Insurers'));
    expect(lines.slice(at, at + 3)).toEqual([
      '     ● observed      2026-02-20  Insurers keep war-risk',
      '                                 premiums below 1% of hull',
      '                                 value',
    ]);
    expect(Math.max(...lines.map((l) => [...l].length))).toBeLessThanOrEqual(60);
    const plain = runInTerminal(['indicators', '--dir', FIXTURES], { cols: 60, env: { ...TODAY, NO_COLOR: '1' } });
    expect(plain.stdout).not.toMatch(/\u001b\[[0-9;]*m/);
    expect(plain.stdout).toContain('██░░  2/4 observed');
  });
});
