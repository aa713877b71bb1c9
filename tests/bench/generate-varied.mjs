/**
 * A second synthetic corpus, unlike generate.mjs's uniform briefs: sizes from 1 to 20 KB, inline
 * markup (bold, links, code), estimative language and hedges in the prose, tables, quotes, code
 * blocks, nested and numbered lists, CRLF files, frontmatter in several spellings, and about one
 * brief in four with lint findings. `npm run bench -- --style varied` measures on it, to check
 * that the ratios do not depend on one corpus's shape.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function random(seed) {
  let s = seed >>> 0;
  return () => {
    // xorshift32: a different generator from generate.mjs's, on purpose.
    s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0;
    return s / 4294967296;
  };
}

const NOUNS = ['ministry', 'coalition', 'militia', 'pipeline', 'port authority', 'central bank', 'border force', 'grain exporter',
  'shipping insurer', 'regional bloc', 'mediator', 'opposition', 'election commission', 'refinery', 'customs service', 'garrison'];
const VERBS = ['will expand', 'is preparing', 'has delayed', 'could suspend', 'is negotiating', 'rejected', 'will finance',
  'is rebuilding', 'signalled', 'is blocking', 'plans to review', 'has recalled'];
const OBJECTS = ['the ceasefire line', 'fuel subsidies', 'the transit agreement', 'its northern deployment', 'the export quota',
  'a prisoner exchange', 'the water-sharing accord', 'port fees', 'the monitoring mission', 'tariff exemptions'];
const TERMS = ['almost no chance', 'very unlikely', 'unlikely', 'roughly even chance', 'likely', 'very likely', 'almost certain',
  'remote', 'highly improbable', 'improbable', 'roughly even odds', 'probable', 'highly probable', 'nearly certain'];
const ADVERBS = ['probably', 'almost certainly', 'likely', 'very likely', 'unlikely to'];
const HEDGES = ['may', 'might', 'perhaps', 'could possibly'];
const REGIONS = ['Sahel', 'Baltic Sea', 'Horn of Africa', 'Caucasus', 'Levant', 'Andes', 'Mekong Basin', 'Balkans', 'Gulf of Guinea'];
const TAGS = ['security', 'trade', 'energy', 'maritime', 'food-security', 'diplomacy', 'migration', 'elections', 'water', 'cyber'];

export function variedBriefText(i) {
  const r = random(0x9e3779b9 ^ (i * 2654435761));
  const pick = (list) => list[Math.floor(r() * list.length)];
  const chance = (p) => r() < p;
  const cap = (s) => s[0].toUpperCase() + s.slice(1);

  const clause = () => `the ${pick(NOUNS)} ${pick(VERBS)} ${pick(OBJECTS)}`;
  const markup = (s) => {
    const roll = r();
    if (roll < 0.12) return s.replace(/the (\w+)/, 'the **$1**');
    if (roll < 0.2) return s.replace(/the (\w+ ?\w*)$/, 'the [$1](https://example.org/ref/' + Math.floor(r() * 1000) + ')');
    if (roll < 0.25) return s.replace(/(\w+)$/, '`$1`');
    if (roll < 0.3) return s.replace(/the (\w+)/, 'the _$1_');
    return s;
  };
  const sentence = (analytic) => {
    const roll = r();
    let s;
    if (analytic && roll < 0.35) s = `We judge it ${pick(TERMS)} that ${clause()}`;
    else if (analytic && roll < 0.5) s = `${cap(clause().replace(/ (will|is|has|could|plans)/, ` ${pick(ADVERBS)} $1`))}`;
    else if (analytic && roll < 0.55) s = `${cap(clause())}; it ${pick(HEDGES)} also affect ${pick(OBJECTS)}`;
    else if (roll < 0.6) s = `${cap(clause())} (${Math.floor(r() * 90) + 5}% of cases since ${2010 + Math.floor(r() * 15)})`;
    else s = `${cap(clause())} after ${pick(['talks', 'the floods', 'the strike', 'the summit', 'sanctions', 'the audit'])} in ${pick(REGIONS)}`;
    return `${markup(s)}.`;
  };
  // Paragraphs wrapped at about 90 columns, as most editors leave them; some left as one line.
  const para = (n, analytic = false) => {
    const text = Array.from({ length: n }, () => sentence(analytic)).join(' ');
    if (chance(0.3)) return text;
    const out = []; let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + word.length > 88) { out.push(line); line = word; } else line = line ? `${line} ${word}` : word;
    }
    return [...out, line].join('\n');
  };
  const table = () => `| Actor | Position | Trend |\n| --- | --- | :---: |\n${Array.from({ length: 2 + Math.floor(r() * 4) }, () => `| ${cap(pick(NOUNS))} | ${pick(OBJECTS)} | ${pick(['up', 'down', 'flat'])} |`).join('\n')}`;
  const list = (n, ordered) => Array.from({ length: n }, (_, k) => {
    const item = `${ordered ? `${k + 1}.` : '-'} ${sentence(false)}`;
    return chance(0.2) ? `${item}\n  - ${sentence(false)}\n  - ${sentence(false)}` : item;
  }).join('\n');
  const extra = () => {
    const roll = r();
    if (roll < 0.2) return table();
    if (roll < 0.35) return `> ${para(2).replace(/\n/g, '\n> ')}`;
    if (roll < 0.45) return `\`\`\`text\nsource: field report ${Math.floor(r() * 999)}\nconfidence: moderate\n\`\`\``;
    if (roll < 0.65) return list(3 + Math.floor(r() * 3), chance(0.5));
    return para(2 + Math.floor(r() * 3));
  };

  const size = r(); // a few long briefs, mostly medium, some short
  const backgroundBlocks = size < 0.15 ? 1 : size < 0.85 ? 3 + Math.floor(r() * 4) : 12 + Math.floor(r() * 12);
  const numeric = chance(0.15);
  const labels = numeric ? ['1', '2', '3'] : ['A', 'B', 'C', 'D'].slice(0, 2 + Math.floor(r() * 3));
  const broken = chance(0.25);
  const title = `${cap(pick(NOUNS))} and ${pick(OBJECTS)} in ${pick(REGIONS)}`;
  const likelihood = () => (chance(0.2) ? `${Math.floor(r() * 90) + 5}%` : chance(0.1) ? `0.${Math.floor(r() * 9) + 1}` : pick(TERMS));
  const fmScenarios = labels.map((l) => `  ${chance(0.2) ? `Scenario ${l}` : l}:\n    likelihood: ${likelihood()}${chance(0.5) ? `\n    impact: ${cap(pick(['moderate', 'high', 'severe', 'low']))}` : ''}\n    indicators:\n${Array.from({ length: 1 + Math.floor(r() * 3) }, () => `      - ${sentence(false).replace(/[*_`[\]]/g, '')}`).join('\n')}`).join('\n');
  const frontmatter = [
    '---',
    chance(0.5) ? `title: "${title}"` : `title: ${title}`,
    `date: ${chance(0.1) ? `${2019 + (i % 7)}-0${1 + (i % 9)}-1${i % 10}T08:30:00Z` : `${2019 + (i % 7)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`}`,
    chance(0.5) ? `author: Analyst ${i % 97}` : `author:\n  - Analyst ${i % 97}\n  - Desk ${i % 13}`,
    ...(chance(0.7) ? [`source: ${pick(['Open-source review', 'Field reporting', 'Partner liaison'])}`] : []),
    `region: [${pick(REGIONS)}${chance(0.3) ? `, ${pick(REGIONS)}` : ''}]`,
    broken && chance(0.3) ? `tags: ${pick(TAGS)}, ${pick(TAGS)}` : `tags: [${pick(TAGS)}, ${pick(TAGS)}]`,
    `status: ${pick(['draft', 'review', 'published'])}`,
    ...(chance(0.8) ? [`key_question: Will ${clause()} before the end of ${2025 + (i % 3)}?`] : []),
    ...(chance(0.3) ? [`summary: >-\n  ${sentence(true)} ${sentence(true)}`] : []),
    'scenarios:',
    fmScenarios,
    '---',
  ].join('\n');

  const sections = [];
  if (!(broken && chance(0.3))) sections.push(`## ${pick(['Summary', 'Bottom Line', 'Key Judgements Summary'])}\n\n${para(2 + Math.floor(r() * 2), true)}`);
  sections.push(`## Background\n\n${Array.from({ length: backgroundBlocks }, extra).join('\n\n')}`);
  if (chance(0.3)) sections.push(`## ${pick(['Key Actors', 'Economic Picture', 'Timeline'])}\n\n${table()}\n\n${para(2)}`);
  const scenarioBlocks = labels.map((l, k) => {
    const heading = broken && k === 1 && chance(0.3) ? `### ${cap(pick(OBJECTS))}` : `### ${numeric ? `${l} - ` : chance(0.2) ? `Scenario ${l}: ` : `${l}. `}${cap(pick(OBJECTS))}`;
    const body = broken && k === 0 && chance(0.2) ? '' : `${para(2 + Math.floor(r() * 3), true)}${chance(0.3) ? `\n\n**Indicators:**\n\n${list(2, false)}` : ''}`;
    return `${heading}\n\n${body}`;
  });
  sections.push(`## Scenarios\n\n${scenarioBlocks.join('\n\n')}`);
  const recs = Array.from({ length: 2 + Math.floor(r() * 4) }, () => `${chance(0.2) ? `- [${chance(0.5) ? 'x' : ' '}]` : '-'} ${cap(pick(['fund', 'monitor', 'engage', 'prepare', 'review']))} ${pick(OBJECTS)} ${chance(0.3) ? `with the ${pick(NOUNS)}` : ''}`.trimEnd() + '.');
  if (!(broken && chance(0.2))) sections.push(`## Recommendations\n\n${chance(0.2) ? `### ${pick(['Immediate', 'Within six months'])}\n\n` : ''}${recs.join('\n')}`);
  sections.push(`## Conclusion\n\n${para(2, true)}`);
  if (broken && chance(0.15)) sections.push('Leave a Reply\n\nYour email address will not be published.\n\nBack to top button');

  const text = `${frontmatter}\n\n${chance(0.7) ? `# ${title}\n\n` : ''}${sections.join('\n\n')}\n`;
  return chance(0.1) ? text.replace(/\n/g, '\r\n') : text;
}

export function generateVaried(dir, count) {
  for (let i = 0; i < count; i += 1) {
    const folder = join(dir, `desk-${String(Math.floor(i / 700)).padStart(3, '0')}`);
    if (i % 700 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${i % 50 === 7 ? 'Draft ' : ''}brief-${i}.md`), variedBriefText(i));
  }
}
