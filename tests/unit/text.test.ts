import { describe, expect, it } from 'vitest';
import { displayWidth, truncate, wrap } from '../../src/text/wrap.js';
import { closestMatches } from '../../src/text/suggest.js';
import { findTerm, parseProbability } from '../../src/brief/estimative.js';

describe('wrap', () => {
  it('wraps words to the width with a hanging indent', () => {
    expect(wrap('one two three four five', 10, '    ', '- ')).toBe('- one two\n    three\n    four\n    five');
  });
  it('splits a word longer than the line', () => {
    expect(wrap('abcdefghij', 4)).toBe('abcd\nefgh\nij');
  });
  it('counts wide characters as two columns and colour codes as none', () => {
    expect(displayWidth('東京')).toBe(4);
    expect(displayWidth('\u001b[1mab\u001b[22m')).toBe(2);
    expect(wrap('東京 東京', 5)).toBe('東京\n東京');
  });
  it('truncates with an ellipsis', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
  });
});

describe('closestMatches', () => {
  it('suggests near names, best first', () => {
    expect(closestMatches('istanbul-talk', ['istanbul-talks', 'baltic-cable-sabotage'])).toEqual(['istanbul-talks']);
    expect(closestMatches('shw', ['show', 'summary', 'scenario'])).toEqual(['show']);
    expect(closestMatches('zzzz', ['show'])).toEqual([]);
  });

  it('counts two letters swapped as one typo', () => {
    expect(closestMatches('shwo', ['show', 'summary'])).toEqual(['show']);
    expect(closestMatches('lnit', ['lint', 'list'])).toEqual(['lint']);
  });
});

describe('estimative terms', () => {
  it('matches terms and adverb forms case-insensitively', () => {
    expect(findTerm('Very Likely')?.min).toBe(80);
    expect(findTerm('almost certainly')?.term).toBe('almost certain');
    expect(findTerm('probably')?.row).toBe(2);
    expect(findTerm('maybe')).toBeNull();
  });
  it('reads probabilities written as fractions or percentages', () => {
    expect(parseProbability('0.35')).toBe(35);
    expect(parseProbability('35%')).toBe(35);
    expect(parseProbability('1.5')).toBeNull();
    expect(parseProbability('135%')).toBeNull();
  });
});
