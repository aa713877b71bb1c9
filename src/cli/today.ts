/** Today for the commands that compare dates with it (indicators --stale, new, lint's indicator-date-future and date-future). */
import { parseCalendarDate } from '../brief/period.js';
import { localDate } from '../brief/template.js';
import { cleanLine } from '../text/sanitize.js';
import { UsageError } from './errors.js';
import type { IO } from './io.js';

/** Today on the writer's calendar; BRIEF_TODAY (YYYY-MM-DD) sets it, for reproducible runs and tests. */
export function today(io: Pick<IO, 'env'>): string {
  const set = io.env.BRIEF_TODAY;
  if (set === undefined || set === '') return localDate();
  const day = parseCalendarDate(set);
  if (day === null || day !== set.trim()) throw new UsageError(`BRIEF_TODAY "${cleanLine(set)}" is not a date; use YYYY-MM-DD`);
  return day;
}
