/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * A hostile brief exported to HTML and opened in the real browser executes nothing and loads
 * nothing. The proof: a local HTTP server that every payload points at records each request
 * (the log must stay empty), and each script payload would change the page's title (it must
 * stay the brief's title). A control page with the same payloads unprotected shows both
 * witnesses do see a script run and a request made.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../src/cli/chromium.js';
import { launchBrowser, pageFile, requireBrowser, skipBrowserTests } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';

const TITLE = `Hostile </title></script><script>document.title='pwned: title'</script> "double" 'single' & <b>`;

/** Raw HTML a Markdown brief may carry, every URL pointing at the recording server. */
function payloads(base: string): string {
  const set = (what: string): string => `document.title='pwned: ${what}'`;
  return `<script>${set('script')}; fetch('${base}/fetch')</script>
<img src="${base}/img.png" onerror="${set('onerror')}">
<img src=x onerror="${set('onerror2')}">
<iframe src="${base}/iframe"></iframe>
<iframe srcdoc="<script>parent.${set('srcdoc')}</script>"></iframe>
<meta http-equiv="refresh" content="0;url=${base}/refresh">
<p style="background:url(${base}/css-attribute)">styled</p>
<style>body { background: url(${base}/css-style) } @import url(${base}/css-import);</style>
<style>@import '${base}/css-import2';</style>
<link rel="stylesheet" href="${base}/link.css">
<link rel="prefetch" href="${base}/prefetch">
<svg><script>${set('svg-script')}</script><image href="${base}/svg-image"/></svg>
<svg onload="${set('svg-onload')}"><a href="javascript:${set('svg-link')}"><text>x</text></a></svg>
<a href="javascript:${set('js-link')}">js link</a>
<a href="jav&#x09;ascript:${set('tab-link')}">tab link</a>
<a href="vbscript:x">vb</a> <a href="data:text/html,<script>${set('data-link')}</script>">data</a>
<form action="${base}/form"><button formaction="${base}/formaction">go</button></form>
<object data="${base}/object"></object><embed src="${base}/embed">
<video src="${base}/video" poster="${base}/poster"></video><audio src="${base}/audio"></audio>
<img srcset="${base}/srcset.png 2x"><input type="image" src="${base}/input.png">
<base href="${base}/base/"><img src="relative.png">
<noscript><p title="</noscript><img src=x onerror=${set('noscript')}>"></noscript>
<math><mi xlink:href="javascript:${set('math')}">m</mi></math>
<details open ontoggle="${set('ontoggle')}"><summary>d</summary></details>
<div onmouseover="${set('mouseover')}" style="position:fixed;inset:0">cover</div>`;
}

function hostileBrief(base: string): string {
  return `---
title: ${JSON.stringify(TITLE)}
date: 2025-01-01
author: "<img src=${base}/author onerror=\\"document.title='pwned: author'\\">"
source: "\\"><script>document.title='pwned: source'</script>"
url: "javascript:document.title='pwned: url'"
tags: ["\\"><svg onload=document.title='pwned: tag'>", "</style><link rel=stylesheet href=${base}/tag.css>"]
region: ["</title><meta http-equiv=refresh content='0;url=${base}/region'>"]
key_question: "</p><script>document.title='pwned: key question'</script>"
---

# Hostile

${payloads(base)}

## Scenarios

### A. [Click](javascript:document.title='pwned:heading') <img src=${base}/heading.png onerror="document.title='pwned: heading'">

Text with ![remote](${base}/markdown-image.png), [a link that must stay a link](${base}/followed-only-if-clicked)
and <span style="background-image:url('${base}/span')">a span</span>.

- <img src=${base}/indicator.png>

## Recommendations

- [ ] Do <b onclick="document.title='pwned: recommendation'">this</b> <img src=${base}/recommendation.png>
`;
}

describe.skipIf(skipBrowserTests('tests/browser/hostile.test.ts'))('a hostile brief in the real browser', () => {
  let browser: Browser;
  let server: Server;
  let base: string;
  let dir: string;
  let html: string;
  const requests: string[] = [];

  beforeAll(async () => {
    requireBrowser();
    server = createServer((request, response) => {
      requests.push(`${request.method} ${request.url}`);
      response.writeHead(200, { 'content-type': 'text/plain' }).end('recorded');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'brief-hostile-html-'));
    writeFileSync(join(dir, 'hostile.md'), hostileBrief(base));
    const result = await runCli(['export', join(dir, 'hostile.md'), '--format', 'html']);
    expect(result.code).toBe(0);
    html = result.stdout;
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a page, lets timers, refreshes and frames run, and reports what it did. */
  async function visit(url: string, options: { click?: boolean } = {}): Promise<{ title: string; url: string; requests: string[]; browserRequests: string[]; dialogs: string[]; frames: number }> {
    requests.length = 0;
    const page = await browser.newPage();
    const browserRequests: string[] = [];
    const dialogs: string[] = [];
    page.on('request', (request) => { if (request.url() !== url) browserRequests.push(request.url()); });
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    await page.goto(url, { waitUntil: 'load' });
    // Hover and click what a reader might, so handlers and links get their chance; not the web
    // links the page rightly keeps, which would load what they point at.
    await page.mouse.move(200, 200);
    const clickable = page.locator('a:not([href^="http:"]):not([href^="https:"]):not([href^="mailto:"]), button, summary, b, svg');
    for (const element of options.click === false ? [] : await clickable.all()) await element.click({ timeout: 1000, noWaitAfter: true }).catch(() => undefined);
    await page.waitForTimeout(1500);
    const facts = { title: await page.title(), url: page.url(), requests: [...requests], browserRequests, dialogs, frames: page.frames().length };
    await page.close();
    return facts;
  }

  it('the control: the same payloads on an unprotected page do run and do load', async () => {
    // Without the refresh, which would take the page away before its title can be read.
    const page = payloads(base).replace(/<meta http-equiv="refresh"[^>]*>/, '');
    const control = await visit(pageFile(dir, 'control.html', `<!doctype html><title>control</title><body>${page}`), { click: false });
    expect(control.title).toMatch(/^pwned: /);
    expect(control.requests.length).toBeGreaterThan(5);
  });

  it('the exported page runs nothing and requests nothing, even when clicked', async () => {
    const url = pageFile(dir, 'hostile.html', html);
    const visited = await visit(url);
    console.log(`hostile page: request log ${JSON.stringify(visited.requests)}; browser requests ${JSON.stringify(visited.browserRequests)}`);
    console.log(`hostile page: title ${JSON.stringify(visited.title)} (the brief's title: ${visited.title === TITLE ? 'unchanged' : 'CHANGED'})`);
    expect(visited.requests).toEqual([]);
    expect(visited.browserRequests).toEqual([]);
    expect(visited.title).toBe(TITLE);
    expect(visited.url).toBe(url);
    expect(visited.dialogs).toEqual([]);
    expect(visited.frames).toBe(1);
  });

  it('the sanitiser alone holds: without its Content-Security-Policy the page still runs and loads nothing', async () => {
    const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    expect(withoutCsp).not.toBe(html);
    const visited = await visit(pageFile(dir, 'no-csp.html', withoutCsp));
    expect(visited.requests).toEqual([]);
    expect(visited.browserRequests).toEqual([]);
    expect(visited.title).toBe(TITLE);
    expect(visited.frames).toBe(1);
  });

  it('keeps no script, handler or non-web link in the DOM the browser built', async () => {
    const page = await browser.newPage();
    await page.goto(pageFile(dir, 'hostile-dom.html', html));
    const dom = await page.evaluate(() => ({
      scripts: document.querySelectorAll('script, iframe, object, embed, base, form, link, meta[http-equiv=refresh i]').length,
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}[${a.name}]`)),
      links: [...document.querySelectorAll('a[href], [*|href]')].map((el) => el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '')
        .filter((href) => !/^(https?:|mailto:|#)/i.test(href)),
      heading: document.querySelector('h1')?.textContent,
    }));
    await page.close();
    expect(dom).toEqual({ scripts: 0, handlers: [], links: [], heading: TITLE });
  });

  it('printing it to PDF requests nothing either', async () => {
    requests.length = 0;
    await printPdf(html.replace('<style>', '<style>@page { size: A4 }'), { chromium: requireBrowser(), paper: 'a4' });
    console.log(`hostile PDF: request log ${JSON.stringify(requests)}`);
    expect(requests).toEqual([]);
  });
});
