/** Writes N synthetic briefs (~3 KB each, deterministic) into a folder, 1,000 to a subfolder. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ('the talks border security mediation ceasefire trade corridor monitoring regional actors pressure ' +
  'escalation diplomatic channel agreement commitments delegation shipping cables insurance grain harvest market ' +
  'prices aid convoy sanctions leverage incentives deterrence attribution resilience capacity neighbours').split(' ');
const TERMS = ['likely', 'unlikely', 'very likely', 'roughly even chance', 'almost certain', 'very unlikely'];
const REGIONS = ['Sahel', 'Baltic Sea', 'Horn of Africa', 'Central Asia', 'Levant', 'South China Sea'];
const TAGS = ['security', 'trade', 'energy', 'maritime', 'food-security', 'diplomacy', 'migration'];

export function briefText(i) {
  const r = random(i + 1);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const sentence = (n) => {
    const words = Array.from({ length: n }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const para = (n) => Array.from({ length: n }, () => sentence(8 + Math.floor(r() * 10))).join(' ');
  const month = String(1 + (i % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const labels = ['A', 'B', 'C', 'D'];
  const title = `Brief ${i}: ${sentence(5).slice(0, -1)}`;
  return `---
title: "${title}"
date: ${2020 + (i % 6)}-${month}-${day}
author: [Analyst ${i % 50}]
source: Synthetic desk
region: [${pick(REGIONS)}]
tags: [${pick(TAGS)}, ${pick(TAGS)}]
status: ${['draft', 'review', 'published'][i % 3]}
key_question: ${sentence(9).slice(0, -1)}?
scenarios:
${labels.map((l) => `  ${l}:\n    likelihood: ${pick(TERMS)}\n    indicators:\n      - ${sentence(6)}`).join('\n')}
---

# ${title}

## Summary

${para(2)}

## Background

${para(4)}

${para(3)}

## Scenarios

${labels.map((l) => `### ${l}. ${sentence(4).slice(0, -1)}\n\n${para(2)}`).join('\n\n')}

## Recommendations

${Array.from({ length: 4 }, () => `- ${sentence(9)}`).join('\n')}

## Conclusion

${para(2)}
`;
}

export function generate(dir, count) {
  for (let i = 0; i < count; i += 1) {
    const folder = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `brief-${i}.md`), briefText(i));
  }
}
