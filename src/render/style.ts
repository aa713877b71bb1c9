/** Text styles for terminal output. Renderers take a Style so they stay pure and colour-agnostic. */
import { Chalk } from 'chalk';

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

/** Styles built on our own Chalk instance: `chalk.level` is global, so never set it. */
export function createStyle(level: 0 | 1 | 2 | 3): Style {
  const c = new Chalk({ level });
  return {
    level,
    title: (t) => c.bold(t),
    heading: (t) => c.bold.cyan(t),
    label: (t) => c.bold.yellow(t),
    key: (t) => c.dim(t),
    dim: (t) => c.dim(t),
    done: (t) => c.green(t),
    warn: (t) => c.yellow(t),
    error: (t) => c.red(t),
  };
}

export const plainStyle: Style = createStyle(0);
