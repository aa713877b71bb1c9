/**
 * `brief import` of web pages and Word files: each page in tests/fixtures/import/html/ looks like a
 * real publisher's (header, nav, share bar, comment form, cookie banner, JSON-LD, Open Graph) and
 * has beside it the frontmatter it must give and its first and last paragraph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../src/import/article.js';
import { docxToArticle } from '../../src/import/docx.js';
import { htmlToArticle } from '../../src/import/html.js';
import { makeZip } from '../helpers/zip.js';

const DIR = join(import.meta.dirname, '../fixtures/import/html');

interface Expected {
  options?: { url?: string };
  title: string; author: string[]; date: string | null; source: string | null; url: string | null; tags: string[];
  first: string; last: string; headings?: string[]; contains?: string[]; absent?: string[]; dropped?: string[];
}

const pages = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace('.expected.json', ''));

describe('htmlToArticle on publishers\' pages', () => {
  it('has at least eight pages', () => expect(pages.length).toBeGreaterThanOrEqual(8));

  it.each(pages)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
    const article = htmlToArticle(readFileSync(join(DIR, `${name}.html`), 'utf8'), expected.options ?? {});
    expect({ title: article.title, author: article.author, date: article.date, source: article.source, url: article.url, tags: article.tags })
      .toEqual({ title: expected.title, author: expected.author, date: expected.date, source: expected.source, url: expected.url, tags: expected.tags });

    const paragraphs = article.body.split(/\n{2,}/).filter((p) => !p.startsWith('#'));
    expect(paragraphs[0]!.startsWith(expected.first), paragraphs[0]).toBe(true);
    expect(paragraphs.at(-1)).toBe(expected.last);
    const headings = article.body.split('\n').filter((l) => /^#{1,6} /.test(l));
    expect(headings).toEqual(expected.headings ?? []);
    for (const text of expected.contains ?? []) expect(article.body).toContain(text);
    for (const text of expected.absent ?? []) expect(article.body).not.toContain(text);
    for (const name of expected.dropped ?? []) expect(article.dropped).toContain(name);
    // Never a page title, a script, a form or raw HTML in the body.
    expect(article.body).not.toMatch(/^# |<script|<form|<style|<nav|<iframe/m);
  });

  it('reads the calendar date as written, never moved by a time zone', () => {
    const html = (meta: string): string => `<html><head>${meta}</head><body><article><p>${'Words of the article body. '.repeat(20)}</p></article></body></html>`;
    expect(htmlToArticle(html('<meta property="article:published_time" content="2025-11-08T23:30:00-05:00">'), {}).date).toBe('2025-11-08');
    expect(htmlToArticle(html('<meta name="citation_publication_date" content="2025/06">'), {}).date).toBe('2025-06');
  });

  it('cleans titles and bylines: " | Site" off, "By" off, several authors split', () => {
    const html = '<html><head><title>Talks fail again | The Ledger</title><meta property="og:site_name" content="The Ledger"><meta name="author" content="By Jane Doe and John Roe"></head>'
      + `<body><article><p>${'Words of the article body. '.repeat(20)}</p></article></body></html>`;
    const article = htmlToArticle(html, {});
    expect(article.title).toBe('Talks fail again');
    expect(article.author).toEqual(['Jane Doe', 'John Roe']);
  });

  it('lets no control character or bidi override through, from the text or the metadata', () => {
    const html = '<html><head><title>Talks &#27;]0;pwned&#7; fail\u202e</title><meta name="author" content="Jane \u009b31mDoe"></head>'
      + `<body><article><p>${'Words of the article body. '.repeat(20)} Red &#27;[31mtext&#27;[0m and \u2066hidden\u2069.</p></article></body></html>`;
    const article = htmlToArticle(html, {});
    const all = JSON.stringify(article);
    expect(all).not.toMatch(/\\u00(?:1b|07|9b)|[\u001b\u0007\u009b\u202a-\u202e\u2066-\u2069]/);
    expect(article.title).toBe('Talks fail');
    expect(article.author).toEqual(['Jane Doe']);
  });

  it('runs nothing from the page and fetches nothing', () => {
    const calls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((url: string) => { calls.push(String(url)); return Promise.reject(new Error('no network')); }) as typeof fetch;
    try {
      const html = '<html><head><script>globalThis.briefImportRan = 1</script><script src="https://tracker.example/t.js"></script><link rel="stylesheet" href="https://cdn.example/s.css"></head>'
        + `<body onload="globalThis.briefImportRan = 2"><article><img src="https://cdn.example/a.jpg" onerror="globalThis.briefImportRan = 3"><p>${'Words of the article body. '.repeat(20)}</p>`
        + '<iframe src="https://ads.example/frame"></iframe></article></body></html>';
      htmlToArticle(html, {});
    } finally {
      globalThis.fetch = realFetch;
    }
    expect((globalThis as { briefImportRan?: number }).briefImportRan).toBeUndefined();
    expect(calls).toEqual([]);
  });

  it('leaves relative links relative when neither the page nor --url gives a base', () => {
    const html = `<html><body><article><p>${'Words of the article body. '.repeat(20)} See <a href="/x">this</a>.</p></article></body></html>`;
    expect(htmlToArticle(html, {}).body).toContain('[this](/x)');
    expect(htmlToArticle(html, { url: 'https://example.org/a/b' }).body).toContain('[this](https://example.org/x)');
  });

  it('makes script and data links plain text', () => {
    const html = `<html><body><article><p>${'Words of the article body. '.repeat(20)} Click <a href="javascript:alert(1)">here <b>now</b></a> or <a href="data:text/html,x">there</a>.</p></article></body></html>`;
    const body = htmlToArticle(html, { url: 'https://example.org/' }).body;
    expect(body).toContain('Click here **now** or there.');
    expect(body).not.toMatch(/javascript:|data:/);
  });
});

describe('pages with no article', () => {
  it.each([
    ['an index of links', readFileSync(join(DIR, 'no-article.html'), 'utf8')],
    ['an empty body', '<html><head><title>Nothing</title></head><body></body></html>'],
    ['a cookie banner alone', '<html><body><div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div></body></html>'],
    ['not HTML at all', ''],
  ])('%s: ImportError "no article found in the page"', (_name, html) => {
    expect(() => htmlToArticle(html, {})).toThrow(ImportError);
    expect(() => htmlToArticle(html, {})).toThrow(/^no article found in the page/);
  });
});

/** A .docx made here: Title, Heading 1 and 2, a numbered list, a table, a picture-free body. */
function makeDocx(properties: { title?: string; creator?: string } = {}): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  const p = (text: string, style?: string, num?: number): string =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${num !== undefined ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${num}"/></w:numPr>` : ''}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
  const bold = (lead: string, rest: string): string => `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${lead}</w:t></w:r><w:r><w:t xml:space="preserve">${rest}</w:t></w:r></w:p>`;
  const cell = (text: string): string => `<w:tc><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
  const row = (cells: string[], header = false): string => `<w:tr>${header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(cell).join('')}</w:tr>`;
  const body = [
    ...(properties.title ? [] : [p('Grain Through the Sahel', 'Title')]),
    p('Summary', 'Heading1'),
    p('The corridor from Lomé to Niamey has carried almost no grain since the border closed.'),
    p('Scenarios', 'Heading1'),
    p('A) The crossing reopens', 'Heading2'),
    p('Niger and Benin agree customs rules and trucks move again before the harvest.'),
    p('Recommendations', 'Heading1'),
    p('Reopen the Malanville crossing under a customs agreement.', 'ListParagraph', 1),
    p('Guarantee transit through Togo to the Burkina route.', 'ListParagraph', 1),
    bold('Funding. ', 'Donors should pay for grain bought in Nigeria.'),
    `<w:tbl><w:tblPr/>${row(['Route', 'Days'], true)}${row(['Lomé–Niamey', '4'])}${row(['Lomé–Ouagadougou–Niamey', '9'])}</w:tbl>`,
    p('The lean season will be harder than this one.'),
  ].join('');
  const style = (id: string, name: string): string => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const core = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
    + `${properties.title ? `<dc:title>${properties.title}</dc:title>` : ''}${properties.creator ? `<dc:creator>${properties.creator}</dc:creator>` : ''}<dcterms:created>2024-01-01T00:00:00Z</dcterms:created></cp:coreProperties>`;
  return makeZip({
    'docProps/core.xml': core,
    '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${W}>${style('Title', 'Title')}${style('Heading1', 'heading 1')}${style('Heading2', 'heading 2')}${style('ListParagraph', 'List Paragraph')}</w:styles>`,
    'word/numbering.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
  });
}

describe('docxToArticle', () => {
  it('turns headings by style, a numbered list and a table into the Markdown a writer types', async () => {
    const article = await docxToArticle(makeDocx(), {});
    expect(article.title).toBe('Grain Through the Sahel');
    expect(article.body).toBe([
      '## Summary',
      'The corridor from Lomé to Niamey has carried almost no grain since the border closed.',
      '## Scenarios',
      '### A) The crossing reopens',
      'Niger and Benin agree customs rules and trucks move again before the harvest.',
      '## Recommendations',
      '1. Reopen the Malanville crossing under a customs agreement.\n2. Guarantee transit through Togo to the Burkina route.',
      '**Funding.** Donors should pay for grain bought in Nigeria.',
      '| Route | Days |\n| --- | --- |\n| Lomé–Niamey | 4   |\n| Lomé–Ouagadougou–Niamey | 9   |',
      'The lean season will be harder than this one.',
    ].join('\n\n'));
  });

  it('takes the author, and the title when no paragraph has the Title style, from the properties', async () => {
    const article = await docxToArticle(makeDocx({ title: 'Grain &amp; the Sahel', creator: 'Ibrahim Moussa; Awa Traoré' }), {});
    expect(article.title).toBe('Grain & the Sahel');
    expect(article.author).toEqual(['Ibrahim Moussa', 'Awa Traoré']);
    expect(article.date).toBeNull();
    expect(article.body.startsWith('## Summary\n\n')).toBe(true);
  });

  it('takes no author from a name Word fills in by itself', async () => {
    expect((await docxToArticle(makeDocx({ creator: 'Microsoft Office User' }), {})).author).toEqual([]);
  });

  it.each([
    ['a text file', new TextEncoder().encode('Bilateral Ties Uncertain\n\nThe talks failed.')],
    ['an empty file', new Uint8Array()],
    ['a PDF', new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj')],
  ])('%s is not a Word document', async (_name, data) => {
    await expect(docxToArticle(data, {})).rejects.toThrow(ImportError);
    await expect(docxToArticle(data, {})).rejects.toThrow(/^not a Word document: a \.docx file is a zip archive/);
  });

  it('a zip without a Word document in it is not a Word document', async () => {
    await expect(docxToArticle(makeZip({ 'notes.txt': 'hello' }), {})).rejects.toThrow(/^not a Word document \(no word\/document\.xml\)$/);
  });

  it('a zip bomb (a small file that unpacks to 80 MiB) is refused before it is unpacked', async () => {
    const { default: JSZip } = await import('jszip');
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document>' + ' '.repeat(80 * 1024 * 1024) + '</w:document>');
    const data = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    expect(data.length).toBeLessThan(1024 * 1024);
    await expect(docxToArticle(data, {})).rejects.toThrow(/^the Word document unpacks to 80 MiB; files over 64 MiB unpacked are not imported$/);
  });
});
