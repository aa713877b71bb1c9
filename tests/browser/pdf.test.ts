/**
 * `brief export <id> --format pdf -o`, run as a user runs it (the built bin: the bundle's
 * child_process stand-in is on this path), for every shipped brief: the PDF's text (poppler's
 * pdftotext) holds every scenario title and recommendation, each scenario stays on one page, and
 * the page count and paper size are what the brief and --paper call for.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/model.js';
import { parseBrief } from '../../src/brief/parse.js';
import { requireBrowser, skipBrowserTests } from '../helpers/browser.js';
import { BRIEFS, runBin } from '../helpers/cli.js';

const SHIPPED = readdirSync(BRIEFS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

/**
 * Text as `pdftotext -raw` gives it, with line breaks and runs of spaces made single spaces, and a
 * hyphen that ended a line ("Taliban-⏎Pakistan") joined again. (Without -raw, pdftotext drops
 * such hyphens: "TalibanPakistan".)
 */
const flat = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').replace(/- /g, '-');

function shipped(id: string): Brief {
  const path = join(BRIEFS, `${id}.md`);
  return parseBrief(readFileSync(path, 'utf8'), path).brief;
}

describe.skipIf(skipBrowserTests('tests/browser/pdf.test.ts', { poppler: true }))('export --format pdf of the shipped briefs', () => {
  let dir: string;
  let chromium: string;
  beforeAll(() => {
    chromium = requireBrowser({ poppler: true });
    dir = mkdtempSync(join(tmpdir(), 'brief-pdf-test-'));
  });
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  async function exportPdf(id: string, extra: string[] = []): Promise<{ pages: string[]; info: string }> {
    const file = join(dir, `${id}${extra.join('')}.pdf`);
    const result = await runBin(['export', id, '--format', 'pdf', '-o', file, ...extra], { env: { BRIEF_CHROME: chromium } });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    // pdftotext ends each page with a form feed.
    const pages = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).split('\f').slice(0, -1);
    return { pages, info: execFileSync('pdfinfo', [file], { encoding: 'utf8' }) };
  }

  it.each(SHIPPED)('%s: every scenario title and recommendation is in the PDF, each scenario on one page, on A4', async (id) => {
    const brief = shipped(id);
    const { pages, info } = await exportPdf(id);
    const text = flat(pages.join(' '));
    expect(brief.scenarios.filter((s) => !text.includes(flat(s.title))).map((s) => s.title)).toEqual([]);
    expect(brief.recommendations.filter((r) => !text.includes(flat(r.text))).map((r) => r.text)).toEqual([]);
    expect(text).toContain(flat(brief.title));
    // The print stylesheet keeps a scenario whole: its title and its last line share a page.
    const pageOf = (needle: string): number => pages.findIndex((page) => flat(page).includes(flat(needle)));
    for (const s of brief.scenarios) {
      const last = s.indicators.at(-1) ?? s.text.split('\n').at(-1)!;
      expect({ scenario: s.title, page: pageOf(last) }).toEqual({ scenario: s.title, page: pageOf(s.title) });
    }
    // Sensible: not one page cut short, not a page per paragraph. About 3,000 characters fill an A4
    // page of this type; a scenario may start a new page.
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(pages.length);
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(text.length / 6000));
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(text.length / 1500) + brief.scenarios.length + 1);
    expect(info).toMatch(/Page size:\s+594\.\d+ x 841\.\d+ pts \(A4\)/);
    console.log(`${id}: ${pages.length} pages, ${text.length} characters of text`);
  });

  it('prints on Letter with --paper letter', async () => {
    const { info } = await exportPdf(SHIPPED[0]!, ['--paper', 'letter']);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });
});
