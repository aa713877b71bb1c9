/**
 * A hostile corpus, built at run time: everything a brief from a mail attachment, a shared
 * drive or a web paste might be. `good-*.md` files must survive beside the rest.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../helpers/temp.js';

export const ESC = '\u001b';

/** Every gray-matter engine name and alias, in several spellings. */
export const FOREIGN_FENCES = ['js', 'javascript', 'JS', ' js', 'JavaScript ', 'coffee', 'coffeescript', 'cson', 'json', 'toml', 'Js\t'];

const good = (i: number, extra = ''): string => `---
title: Good brief ${i}
date: 2025-0${(i % 9) + 1}-1${i % 10}
author: Analyst ${i}
tags: [good]
${extra}---

## Summary

Talks are likely to resume.

## Scenarios

### A. Talks resume

Text.

## Recommendations

- Keep the channel open.
`;

/** Control sequences of every kind a terminal acts on. */
export const NASTY = [
  `${ESC}[2J${ESC}[H`, `${ESC}]0;owned${'\u0007'}`, `${ESC}]8;;https://evil.example${ESC}\\link${ESC}]8;;${ESC}\\`,
  `${ESC}P+q544e${ESC}\\`, '\u009b31m', '\u202e\u2066', '\u0007', `${ESC}c`, `${ESC}[6n`,
].join('');

export interface Corpus { dir: string; marker: string; goodIds: string[] }

export function buildCorpus(): Corpus {
  const dir = tempDir('brief-hostile-');
  const marker = join(dir, '..', `${dir.split('/').pop()}-pwned`);
  const files: Record<string, string | Buffer> = {};
  const goodIds: string[] = [];
  for (let i = 0; i < 5; i += 1) { files[`good-${i}.md`] = good(i); goodIds.push(`good-${i}`); }

  // Code in frontmatter, for every engine gray-matter knows: it must never run.
  FOREIGN_FENCES.forEach((lang, i) => {
    files[`fence-${i}.md`] = `---${lang}\n{ title: require("fs").writeFileSync(${JSON.stringify(marker)}, "ran") }\n---\n\n# Pwned\n`;
  });
  files['yaml-js-tags.md'] = good(90, `x: !!js/function "function () { require('fs').writeFileSync(${JSON.stringify(marker)}, 'ran') }"\ny: !!js/regexp /x/\nz: !!js/undefined ''\nw: !!python/object:os.system [echo]\n`);
  const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < 9; i += 1) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
  files['alias-bomb.md'] = `---\n${bomb.join('\n')}\ntitle: Bomb\n---\n`;
  files['deep-flow.md'] = `---\ntitle: ${'['.repeat(20000)}${']'.repeat(20000)}\n---\n`;
  files['deep-block.md'] = `---\n${Array.from({ length: 3000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n---\n`;
  files['scalar-frontmatter.md'] = '---\njust a string\n---\n\n# Body\n';
  files['list-frontmatter.md'] = '---\n- a\n- b\n---\n\n# Body\n';
  files['no-closing-fence.md'] = '---\ntitle: Never closed\ndate: 2025-01-01\n\n## Scenarios\n';
  files['blank-before-fence.md'] = `\n\n${good(91)}`;
  files['proto-keys.md'] = good(92, '__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\nprototype: x\n');
  files['huge-frontmatter.md'] = `---\ntitle: ${'a'.repeat(100_000)}\n---\n`;

  // Files that are not briefs.
  files['binary.md'] = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0x02]);
  files['empty.md'] = '';
  files['whitespace.md'] = '\n\n   \n';
  files['utf16.md'] = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good(93), 'utf16le')]);
  files['latin1.md'] = Buffer.from(good(94).replace('Analyst', 'Analyst caf\u00e9'), 'latin1');
  files['too-large.md'] = Buffer.alloc(50 * 1024 * 1024, 'a');
  files['long-line.md'] = good(95) + '*'.repeat(200_000);
  files['deep-list.md'] = good(96) + Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i * 2)}- x`).join('\n');
  files['deep-quote.md'] = good(97) + '>'.repeat(100_000);

  // Terminal attacks in every field, and in the file name.
  files['escapes.md'] = `---
title: "Title ${ESC.replace(ESC, '\\e')}[2J\\e]0;owned\\a \\u202e"
date: 2025-05-05
author: ["\\e[31mRed Author", "\\u009b2J"]
source: "\\e]8;;http://evil\\e\\\\Source\\e]8;;\\e\\\\"
region: ["\\e[5mBlink"]
tags: ["\\a\\b\\x7f"]
key_question: "Why\\e[6n?"
summary: "Bottom \\e]52;c;ZXZpbA==\\a line"
scenarios:
  A: {likelihood: "likely\\e[8m", indicators: ["\\e[?1049h alt screen"]}
---

# Title ${NASTY}

Intro ${NASTY}

## Scenarios

### A. Scenario ${NASTY}

Text ${NASTY} &#27;[2J &#x1b;]0;t&#7;

## Recommendations

### Group ${NASTY}

- [ ] Act ${NASTY}

## Conclusion

End ${NASTY}
`;
  files[`name-${ESC}]0;owned${'\u0007'}-${ESC}[2J.md`] = good(98);

  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);

  // A folder named like a brief, a link loop, a self-referencing link, a dangling link, a FIFO.
  mkdirSync(join(dir, 'folder.md'));
  writeFileSync(join(dir, 'folder.md', 'good-inside.md'), good(99));
  goodIds.push('good-inside');
  symlinkSync('..', join(dir, 'folder.md', 'loop'));
  symlinkSync('self.md', join(dir, 'self.md'));
  symlinkSync('nowhere.md', join(dir, 'dangling.md'));
  execFileSync('mkfifo', [join(dir, 'fifo.md')]);
  return { dir, marker, goodIds };
}
