/** Builds example briefs for rule examples: a valid brief with the parts a rule is about swapped in. */

export const EXAMPLE_BODY = [
  '',
  '## Summary',
  '',
  'The bottom line.',
  '',
  '## Scenarios',
  '',
  '### A. First',
  '',
  'Text.',
  '',
  '## Recommendations',
  '',
  '- Act.',
  '',
].join('\n');

/**
 * `---` (line 1), title (2), date (3), author (4), then `front` lines from line 5, then `---`,
 * then `body` (by default EXAMPLE_BODY, whose `## Summary` is on the fence line + 2).
 */
export function exampleBrief(front: string[] = [], body: string = EXAMPLE_BODY): string {
  return ['---', 'title: Example', 'date: 2025-01-01', 'author: Analyst', ...front, '---', body].join('\n');
}
