import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

export const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The kebab-case id a file name most likely meant: "Istanbul Talks (v2)" -> "istanbul-talks-v2". */
export function kebabCase(name: string): string {
  // An apostrophe joins its word ("Sudan's" is "sudans", not "sudan-s").
  return name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/(?<=\p{L})['\u2019](?=\p{L})/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

const rule: Rule = {
  id: 'file-name',
  description: 'The file name (the brief\'s id) is not lowercase kebab-case: [a-z0-9]+(-[a-z0-9]+)*.',
  defaultSeverity: 'error',
  runsOnUnreadable: true,
  examples: {
    // Examples are linted as "example.md"; the tests also lint them under a bad name.
    fail: [],
    pass: [{ text: exampleBrief() }],
  },
  check({ brief, report }) {
    if (KEBAB.test(brief.id)) return;
    const better = kebabCase(brief.id);
    report({ line: 1, message: `file name "${brief.id}.md" is not a kebab-case id${better ? `; rename it to "${better}.md"` : ''}` });
  },
};
export default rule;
