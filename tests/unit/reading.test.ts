import { describe, expect, it } from 'vitest';
import { flowPairs, truncateList, wrapItems, displayWidth } from '../../src/text/wrap.js';
import { layoutGrid } from '../../src/render/grid.js';
import { likelihoodText } from '../../src/render/reading.js';

describe('wrapping for the reading view', () => {
  it('hangs a list item under its text, not under its marker', () => {
    expect(wrapItems('Signposts\n- one two three four\n12. five six seven', 12)).toBe('Signposts\n- one two\n  three four\n12. five six\n    seven');
  });
  it('keeps a label with its value: pairs move to the next line whole', () => {
    expect(flowPairs(['Date: 2025-11-08', 'Author: A. Writer', 'Status: published'], 36)).toBe('Date: 2025-11-08   Author: A. Writer\nStatus: published');
  });
  it('wraps a pair wider than the line under its value', () => {
    expect(flowPairs(['Tags: analysis, government, military'], 24)).toBe('Tags: analysis,\n      government,\n      military');
  });
  it('cuts a list at a whole item', () => {
    expect(truncateList(['analysis', 'government', 'military'], 24)).toBe('analysis, government, …');
    expect(truncateList(['a', 'b'], 10)).toBe('a, b');
  });
  it('counts wide characters when wrapping items', () => {
    for (const line of wrapItems('- 東京 大阪 京都 名古屋 札幌', 10).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(10);
  });
});

describe('layoutGrid', () => {
  const head = ['', 'Title', 'Likelihood'];
  const rows = [['A', 'A fairly long scenario title', 'likely · 55-80%']];
  it('keeps natural widths when the table fits', () => {
    expect(layoutGrid(head, rows, { width: 80, flexible: [false, true, 'last'] })).toEqual([
      '   Title                         Likelihood', 'A  A fairly long scenario title  likely · 55-80%']);
  });
  it('wraps the flexible column first, then gives up (null) when even the longest words do not fit', () => {
    const lines = layoutGrid(head, rows, { width: 36, flexible: [false, true, 'last'] })!;
    expect(lines.every((l) => displayWidth(l) <= 36)).toBe(true);
    expect(lines[1]).toContain('likely · 55-80%');
    expect(layoutGrid(head, rows, { width: 20, flexible: [false, true, 'last'] })).toBeNull();
  });
});

describe('likelihoodText', () => {
  it('adds the ICD 203 range to a term and shows numbers as written', () => {
    expect(likelihoodText('Very Likely')).toBe('Very Likely · 80-95%');
    expect(likelihoodText('0.30')).toBe('0.30');
    expect(likelihoodText('55%')).toBe('55%');
  });
});
