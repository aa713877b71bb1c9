// Web pages of about `kb` KB each, shaped like a publisher's article page: head metadata (Open
// Graph, JSON-LD), a header with navigation, a cookie banner, the article (sections, lists, a
// table, links), a share bar, related links, a comment form and a footer. Deterministic per index.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = 'the talks ended without agreement and both delegations left with positions harder than when they came according to officials who spoke about the sessions border trade convoys security ministers donors crossing province harvest'.split(' ');

function sentence(seed, n) {
  const words = [];
  for (let i = 0; i < n; i += 1) words.push(WORDS[(seed * 7 + i * 13) % WORDS.length]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(' ')}.`;
}

export function page(index, kb = 100) {
  const nav = Array.from({ length: 40 }, (_, k) => `<li><a href="/topic/${k}">Topic ${k}</a></li>`).join('');
  const related = Array.from({ length: 12 }, (_, k) => `<li><a href="/2025/${k}/story-${index}-${k}">Related story ${k}</a></li>`).join('');
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article ${index} on the border talks | Bench Review</title>
<link rel="canonical" href="https://bench.example/2025/11/article-${index}/"><meta property="og:site_name" content="Bench Review"><meta property="og:title" content="Article ${index} on the border talks">
<meta property="article:published_time" content="2025-11-08T10:21:33+00:00"><meta property="article:tag" content="Afghanistan"><meta property="article:tag" content="Pakistan">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Article ${index} on the border talks","datePublished":"2025-11-08","author":{"@type":"Person","name":"Jane Doe"}}</script>
<script>window.dataLayer=[];</script><style>body{font:16px serif}</style></head><body>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p><button>Accept all</button></div>
<header><nav><ul>${nav}</ul></nav></header><main><article><h1>Article ${index} on the border talks</h1><p class="byline">By Jane Doe</p>`;
  const tail = `<div class="share-bar"><a href="https://twitter.com/intent/tweet?u=x">X</a><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a></div></article>
<aside class="related-posts"><h2>Related</h2><ul>${related}</ul></aside>
<div id="comments" class="comments-area"><h3>Leave a Reply</h3><form><p>Your email address will not be published. Required fields are marked *</p><textarea></textarea><input type="submit" value="Post Comment"></form></div></main>
<footer><p>© 2025 Bench Review. All rights reserved.</p></footer></body></html>`;
  let body = '';
  for (let s = 0; head.length + body.length + tail.length < kb * 1024 - 1500; s += 1) {
    body += `<h2>Section ${s + 1}</h2>`;
    for (let p = 0; p < 6; p += 1) body += `<p>${sentence(index + s * 31 + p, 30)} ${sentence(index + p, 25)} See <a href="/analysis/${s}-${p}">the analysis</a>.</p>`;
    if (s % 3 === 1) body += `<ul>${Array.from({ length: 4 }, (_, i) => `<li>${sentence(s + i, 15)}</li>`).join('')}</ul>`;
    if (s % 5 === 2) body += `<table><thead><tr><th>Route</th><th>Days</th></tr></thead><tbody>${Array.from({ length: 5 }, (_, i) => `<tr><td>Route ${i}</td><td>${i + 3}</td></tr>`).join('')}</tbody></table>`;
  }
  return head + body + tail;
}

export function generateHtml(dir, count, kb = 100) {
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i += 1) writeFileSync(join(dir, `page-${i}.html`), page(i, kb));
}
