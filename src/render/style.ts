/**
 * Text styles for terminal output. Renderers take a Style so they stay pure and colour-agnostic.
 * Colours live in color-style.ts, so output without colour (JSON, pipes) never loads chalk.
 */

export interface Style {
  level: 0 | 1 | 2 | 3;
  title(text: string): string;
  heading(text: string): string;
  label(text: string): string;
  key(text: string): string;
  dim(text: string): string;
  done(text: string): string;
  warn(text: string): string;
  error(text: string): string;
}

const same = (text: string): string => text;

/** No colour: every style returns its text as it is. */
export const plainStyle: Style = {
  level: 0, title: same, heading: same, label: same, key: same, dim: same, done: same, warn: same, error: same,
};
