#!/usr/bin/env node
// node tests/bench/import-html.mjs import|readability DIR
// One run over every .html page in DIR, in this process, from the build (dist/):
//   import       htmlToArticle (metadata, furniture, Readability, links, Markdown)
//   readability  the baseline: linkedom's parse and Readability alone over the same pages
// Prints the number of pages; the bench measures the wall time of the whole process.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [mode, dir] = process.argv.slice(2);
const pages = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
let words = 0;
if (mode === 'import') {
  const { htmlToArticle } = await import('../../dist/import/html.js');
  for (const page of pages) words += htmlToArticle(readFileSync(page, 'utf8'), {}).body.length;
} else if (mode === 'readability') {
  const require = createRequire(import.meta.url);
  const { parseHTML } = require('linkedom');
  const { Readability } = require('@mozilla/readability');
  for (const page of pages) words += new Readability(parseHTML(readFileSync(page, 'utf8')).document).parse().content.length;
} else {
  console.error('usage: import-html.mjs import|readability DIR');
  process.exit(2);
}
console.log(`${pages.length} pages, ${words} characters out`);
