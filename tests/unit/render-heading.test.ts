import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { renderHeading } from '../../src/render/heading.js';

const plain = new Chalk({ level: 0 });

describe('renderHeading (show on a terminal)', () => {
  it('gives each level its own shape without colour: a rule under ##, a marker before ###, an indent for ####', () => {
    expect(renderHeading('Scenarios', 2, 80, plain)).toBe('Scenarios\n═════════');
    expect(renderHeading('A. Muddling through', 3, 80, plain)).toBe('▸ A. Muddling through');
    expect(renderHeading('Drivers', 4, 80, plain)).toBe('  ▹ Drivers');
    expect(renderHeading('Detail', 5, 80, plain)).toBe('    ▹ Detail');
    expect(renderHeading('Title', 1, 80, plain)).toBe('Title\n━━━━━');
  });

  it('wraps a long heading under its text, and rules it as wide as its widest line', () => {
    const text = 'Scenario three: a long and winding title';
    expect(renderHeading(text, 3, 20, plain)).toBe('▸ Scenario three: a\n  long and winding\n  title');
    expect(renderHeading(text, 2, 20, plain)).toBe('Scenario three: a\nlong and winding\ntitle\n═════════════════');
  });

  it('joins the lines of a heading written over several (setext)', () => {
    expect(renderHeading('Two\nlines', 2, 80, plain)).toBe('Two lines\n═════════');
  });

  it('adds colour and weight to the shape when colour is on', () => {
    const c = new Chalk({ level: 1 });
    expect(renderHeading('Scenarios', 2, 80, c)).toBe(`${c.green.bold('Scenarios')}\n${c.green('═════════')}`);
    expect(renderHeading('A. First', 3, 80, c)).toBe(`${c.green('▸ ')}${c.bold('A. First')}`);
  });
});
