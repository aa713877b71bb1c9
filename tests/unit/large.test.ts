/**
 * Very large inputs: no array may be spread into a call's arguments (Math.max(...xs),
 * push(...xs)), which overflows the call stack past ~120,000 items. brief lint on 100,000
 * briefs with 200,000 findings once died that way, printing nothing.
 */
import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/lint/formatters/stylish.js';
import { formatGithub } from '../../src/lint/formatters/github.js';
import { formatJson } from '../../src/lint/formatters/json.js';
import type { LintMessage } from '../../src/lint/types.js';
import { renderScenarioList } from '../../src/render/views.js';
import { plainStyle } from '../../src/render/style.js';
import type { BriefMeta, Scenario } from '../../src/brief/model.js';
import { renderListTable } from '../../src/render/list.js';
import { applyFixes } from '../../src/lint/fix.js';

const N = 300_000;

describe('300,000 items', () => {
  const messages: LintMessage[] = Array.from({ length: N }, (_, i) => ({
    file: `briefs/b-${Math.floor(i / 3)}.md`, line: (i % 3) + 1, column: 1, severity: 'warning', rule: 'estimative-hedge', message: `finding ${i}`,
  }));

  it('every lint format writes them all', () => {
    const stylish = formatStylish(messages, plainStyle);
    expect(stylish.split('\n').filter((l) => l.includes('estimative-hedge'))).toHaveLength(N);
    expect(stylish.endsWith('finding 299999  estimative-hedge\n')).toBe(true);
    expect(formatGithub(messages).split('\n')).toHaveLength(N + 1);
    expect(JSON.parse(formatJson(messages))).toHaveLength(N);
  });

  it('a scenario list aligns them all', () => {
    const scenarios = Array.from({ length: N }, (_, i) => ({ label: String(i + 1), title: 'T', likelihood: null } as unknown as Scenario));
    const out = renderScenarioList(scenarios, { style: plainStyle, width: 80 });
    expect(out.split('\n')).toHaveLength(N + 1);
  });

  it('brief list in a terminal aligns them all', () => {
    const briefs = Array.from({ length: N }, (_, i) => ({
      id: `brief-${i}`, path: `briefs/brief-${i}.md`, title: `Title ${i}`, date: '2025-01-01', author: [], source: null,
      region: [], tags: ['a'], status: 'draft', keyQuestion: null, updated: null, url: null,
    } satisfies BriefMeta));
    const lines = renderListTable(briefs, plainStyle, 100).split('\n');
    expect(lines).toHaveLength(N + 2);
    expect(lines[1]).toBe('2025-01-01  brief-0       draft   Title 0       a');
    expect(lines[N]).toBe('2025-01-01  brief-299999  draft   Title 299999  a');
  });

  it('a fix may insert them all', () => {
    const added = Array.from({ length: N }, (_, i) => `line ${i}`);
    const { text } = applyFixes('a\r\nb\r\n', [{ from: 2, to: 1, lines: added }]);
    expect(text.split('\r\n')).toHaveLength(N + 3);
    expect(text.endsWith('line 299999\r\nb\r\n')).toBe(true);
  });
});
