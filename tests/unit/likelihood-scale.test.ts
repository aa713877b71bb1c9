/** The ICD 203 scale drawn for a terminal (issue 13, item 5): which band a likelihood falls in, and how it is drawn. */
import { describe, expect, it } from 'vitest';
import { ESTIMATIVE_TERMS, likelihoodBand } from '../../src/brief/estimative.js';
import { drawScale, likelihoodOnScale } from '../../src/render/likelihood-scale.js';
import { plainStyle } from '../../src/render/style.js';

describe('likelihoodBand', () => {
  it('puts every term of both rows, and its adverb, in its own band', () => {
    for (const t of ESTIMATIVE_TERMS) {
      const band = ESTIMATIVE_TERMS.filter((u) => u.row === t.row).indexOf(t);
      for (const form of t.forms) expect(likelihoodBand(form.toUpperCase()), form).toBe(band);
    }
  });

  it('puts a number in the band whose range holds it; on an edge, the band further from even odds', () => {
    const cases: Array<[string, number]> = [
      ['0%', 0], ['1%', 0], ['5%', 0], ['6%', 1], ['15%', 1], ['0.2', 1], ['21%', 2], ['45%', 2], ['46%', 3],
      ['50%', 3], ['0.55', 4], ['54.9%', 3], ['60%', 4], ['80%', 5], ['81%', 5], ['95%', 6], ['99.5%', 6], ['1', 6],
    ];
    for (const [value, band] of cases) expect(likelihoodBand(value), value).toBe(band);
  });

  it('a number after a term wins, as it is the finer judgement; a value on no band is null', () => {
    expect(likelihoodBand('likely (85%)')).toBe(5);
    expect(likelihoodBand('maybe')).toBeNull();
    expect(likelihoodBand('150%')).toBeNull();
  });
});

describe('likelihoodOnScale', () => {
  it('marks the band on seven rising cells, then the words', () => {
    expect(drawScale(0, plainStyle)).toBe('█▂▃▄▅▆▇');
    expect(drawScale(6, plainStyle)).toBe('▁▂▃▄▅▆█');
    expect(likelihoodOnScale('likely', plainStyle)).toBe('▁▂▃▄█▆▇ likely · 55-80%');
    expect(likelihoodOnScale('highly improbable', plainStyle)).toBe('▁█▃▄▅▆▇ highly improbable · 5-20%');
    expect(likelihoodOnScale('15%', plainStyle)).toBe('▁█▃▄▅▆▇ 15% · very unlikely');
    // A term written with its number is shown as written, not with its band's word again.
    expect(likelihoodOnScale('likely (60%)', plainStyle)).toBe('▁▂▃▄█▆▇ likely (60%)');
    expect(likelihoodOnScale('Unlikely [0.3]', plainStyle)).toBe('▁▂█▄▅▆▇ Unlikely [0.3]');
    expect(likelihoodOnScale('maybe', plainStyle)).toBe('maybe');
    // Text from a brief is cleaned before it reaches a terminal.
    expect(likelihoodOnScale('maybe\u001b[2J', plainStyle)).toBe('maybe');
  });
});
