/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The shipped briefs' HTML pages in the real browser: every scenario with its likelihood chart
 * and every recommendation is there and visible, the layout fits a phone and a desktop without
 * sideways scrolling, and dark mode is dark.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Brief } from '../../src/brief/model.js';
import { parseBrief } from '../../src/brief/parse.js';
import { launchBrowser, pageFile, skipBrowserTests } from '../helpers/browser.js';
import { BRIEFS, runCli } from '../helpers/cli.js';

const SHIPPED = readdirSync(BRIEFS).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, ''));

function shipped(id: string): Brief {
  const path = join(BRIEFS, `${id}.md`);
  return parseBrief(readFileSync(path, 'utf8'), path).brief;
}

interface Facts { scenarios: Array<{ label: string; title: string; charted: boolean }>; recommendations: string[] }

describe.skipIf(skipBrowserTests('tests/browser/render.test.ts'))('the shipped briefs as HTML in Chromium', () => {
  let browser: Browser;
  let dir: string;
  const urls = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'brief-browser-'));
    for (const id of SHIPPED) {
      const { code, stdout, stderr } = await runCli(['export', id, '--format', 'html']);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      urls.set(id, pageFile(dir, `${id}.html`, stdout));
    }
  });
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // One page per brief, width and colour scheme, shared by the tests that only read it.
  const pages = new Map<string, Promise<Page>>();
  function open(id: string, options: { width: number; dark?: boolean }): Promise<Page> {
    const key = `${id} ${options.width} ${options.dark === true}`;
    if (!pages.has(key)) {
      pages.set(key, (async () => {
        const page = await browser.newPage({ viewport: { width: options.width, height: 900 }, colorScheme: options.dark ? 'dark' : 'light' });
        await page.goto(urls.get(id)!);
        return page;
      })());
    }
    return pages.get(key)!;
  }

  it.each(SHIPPED)('%s: every scenario with its chart, and every recommendation, is on the page and visible', async (id) => {
    const brief = shipped(id);
    expect(brief.scenarios.length).toBeGreaterThan(0);
    expect(brief.recommendations.length).toBeGreaterThan(0);
    const page = await open(id, { width: 1280 });
    const facts: Facts = await page.evaluate(({ scenarios, recommendations }) => {
      const visible = (el: Element | null): boolean => el !== null && el.checkVisibility() && el.getBoundingClientRect().width > 0;
      const headings = [...document.querySelectorAll('h2, h3, h4')];
      return {
        scenarios: scenarios.map(({ label, title }) => {
          const heading = headings.find((h) => visible(h) && h.textContent!.includes(title) && h.textContent!.includes(label));
          // The chart: a drawn SVG (the ICD 203 scale) in the scenario's own block, with its seven bands.
          const chart = heading?.closest('article, section')?.querySelector('svg') ?? null;
          const charted = visible(chart) && chart!.getBoundingClientRect().height > 10 && chart!.querySelectorAll('rect').length >= 7;
          return { label, title: heading ? title : `(missing) ${title}`, charted };
        }),
        recommendations: recommendations.map((text) => {
          const item = [...document.querySelectorAll('li')].find((li) => li.textContent!.includes(text));
          return visible(item ?? null) ? text : `(missing) ${text}`;
        }),
      };
    }, { scenarios: brief.scenarios.map((s) => ({ label: s.label, title: s.title })), recommendations: brief.recommendations.map((r) => r.text) });
    expect(facts).toEqual({
      scenarios: brief.scenarios.map((s) => ({ label: s.label, title: s.title, charted: true })),
      recommendations: brief.recommendations.map((r) => r.text),
    });
  });

  it.each(SHIPPED)('%s: a stated likelihood is marked on its chart, an unstated one is not', async (id) => {
    const brief = shipped(id);
    const page = await open(id, { width: 1280 });
    // Marked: a shape beyond the seven bands (a marker), or a band filled unlike the others.
    const marked = await page.evaluate((titles) => titles.map((title) => {
      const heading = [...document.querySelectorAll('h2, h3, h4')].find((h) => h.textContent!.includes(title));
      const shapes = [...heading?.closest('article, section')?.querySelector('svg')?.querySelectorAll('rect, path, circle, polygon') ?? []];
      const fills = new Set(shapes.map((shape) => getComputedStyle(shape).fill));
      return shapes.length > 7 || fills.size > 1;
    }), brief.scenarios.map((s) => s.title));
    expect(marked).toEqual(brief.scenarios.map((s) => s.likelihoodRange !== null));
  });

  it.each(SHIPPED.flatMap((id) => [[id, 390], [id, 1280]] as const))('%s at %i px wide: nothing wider than the window', async (id, width) => {
    const page = await open(id, { width });
    const layout = await page.evaluate(() => ({
      scrollWidth: document.scrollingElement!.scrollWidth,
      innerWidth,
      // Named in the failure, to show what sticks out.
      overflowing: [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5)
        .slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`),
    }));
    expect(layout.overflowing).toEqual([]);
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.innerWidth);
    expect(layout.innerWidth).toBe(width);
  });

  it('is dark in dark mode and light otherwise, with readable text in both', async () => {
    const luminance = async (dark: boolean): Promise<{ background: number; text: number }> => {
      const page = await open(SHIPPED[0]!, { width: 1280, dark });
      const result = await page.evaluate(() => {
        const channel = (c: string): number => { const v = Number(c) / 255; return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
        const of = (color: string): number => { const [r = 0, g = 0, b = 0] = color.match(/[\d.]+/g)!.map(channel); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const style = getComputedStyle(document.body);
        // An unset body background shows the canvas: the root's colour, or the browser's (white).
        const background = [style.backgroundColor, getComputedStyle(document.documentElement).backgroundColor]
          .find((c) => c !== 'rgba(0, 0, 0, 0)') ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
        return { background: of(background), text: of(style.color) };
      });
      return result;
    };
    const contrast = ({ background, text }: { background: number; text: number }): number =>
      (Math.max(background, text) + 0.05) / (Math.min(background, text) + 0.05);
    const [light, dark] = [await luminance(false), await luminance(true)];
    expect(light.background).toBeGreaterThan(0.7);
    expect(dark.background).toBeLessThan(0.1);
    // WCAG AA for body text: 4.5:1.
    expect(contrast(light)).toBeGreaterThan(4.5);
    expect(contrast(dark)).toBeGreaterThan(4.5);
  });
});
