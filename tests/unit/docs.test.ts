/** The documentation and the schema stay in step with the code. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES, PROJECT_RULES } from '../../src/lint/rules/index.js';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../helpers/cli.js';

const ids = [...RULES, ...PROJECT_RULES].map((r) => r.id);

describe('docs and registry', () => {
  it('docs/lint-rules.md documents every rule, with its default severity', () => {
    const doc = readFileSync(join(ROOT, 'docs/lint-rules.md'), 'utf8');
    for (const rule of [...RULES, ...PROJECT_RULES]) {
      expect(doc).toContain(`### ${rule.id}\n`);
      const row = doc.split('\n').find((l) => l.startsWith(`| [${rule.id}]`));
      expect(row, rule.id).toContain(`| ${rule.defaultSeverity} |`);
      expect(row!.endsWith('| yes |'), `${rule.id} fixable`).toBe('fixable' in rule && rule.fixable === true);
    }
  });

  it('the .briefrc.json schema lists every rule', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'docs/briefrc.schema.json'), 'utf8'));
    expect(Object.keys(schema.definitions.rules.properties).sort()).toEqual([...ids].sort());
  });

  it('the version matches package.json', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});
