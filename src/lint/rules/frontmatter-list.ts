/** `tags: a, b` works, but a YAML list is what the format means and what other tools read. */
import type { Rule } from '../types.js';
import { exampleBrief } from './example.js';

const KEYS = ['tags', 'region'];

/** A list item in YAML flow style, quoted only when it has to be. */
function yamlItem(item: string): string {
  return /^[A-Za-z0-9][\w .'/-]*$/.test(item) && !/^(?:true|false|null|yes|no|on|off|~)$/i.test(item) && !/^[\d.]+$/.test(item)
    ? item : JSON.stringify(item);
}

const rule: Rule = {
  id: 'frontmatter-list',
  description: '"tags" or "region" written as a comma-separated string instead of a YAML list.',
  defaultSeverity: 'warning',
  fixable: true,
  examples: {
    fail: [{ text: exampleBrief(['tags: security, energy', 'region: Sahel']), lines: [5] }],
    pass: [{ text: exampleBrief(['tags: [security, energy]', 'region: Sahel']) }],
  },
  check({ brief, lines, report }) {
    for (const key of KEYS) {
      const value = brief.frontmatter.data[key];
      const line = brief.frontmatter.keyLines[key];
      if (typeof value !== 'string' || !value.includes(',') || line === undefined) continue;
      const items = value.split(',').map((s) => s.trim()).filter(Boolean);
      const source = lines[line - 1]!;
      // Fix only a plain one-line value: `tags: a, b` (optionally with a trailing comment).
      const m = new RegExp(`^(${key}\\s*:\\s*)([^'"\\[{>|#][^#]*?)(\\s+#.*)?$`).exec(source);
      const fix = m && m[2]!.trim() === value.trim()
        ? { from: line, to: line, lines: [`${m[1]}[${items.map(yamlItem).join(', ')}]${m[3] ?? ''}`] }
        : undefined;
      report({ line, message: `"${key}" is a comma-separated string; write it as a list: ${key}: [${items.join(', ')}]`, ...(fix ? { fix } : {}) });
    }
  },
};
export default rule;
