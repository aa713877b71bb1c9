/**
 * `brief indicators` as data: a brief's indicators grouped by scenario, with the count observed,
 * filtered by their own status and by age. Pure: dates are calendar days (`YYYY-MM-DD`) and
 * "today" is given, so nothing here depends on the clock or the time zone.
 */
import type { Brief, BriefMeta, IndicatorState, IndicatorStatus } from './model.js';
import { detach } from '../text/detach.js';

/** An indicator's status as the --state filter names it: `unknown` is no status. */
export const INDICATOR_STATES = ['observed', 'not-observed', 'unclear', 'unknown'] as const;
export type IndicatorStateName = (typeof INDICATOR_STATES)[number];

export const stateName = (status: IndicatorStatus | null): IndicatorStateName => status ?? 'unknown';

export interface IndicatorEntry extends IndicatorState {
  /** Days from as_of to today (negative when as_of is later), or null without as_of. */
  ageDays: number | null;
}

export interface ScenarioIndicators {
  label: string;
  title: string;
  likelihood: string | null;
  /** Over all the scenario's indicators, whatever the filters keep. */
  observed: number;
  total: number;
  /** The indicators the filters keep, in the order written. */
  indicators: IndicatorEntry[];
}

export interface BriefIndicators {
  brief: Pick<BriefMeta, 'id' | 'path' | 'title' | 'date' | 'status' | 'tags' | 'region'>;
  scenarios: ScenarioIndicators[];
}

/** What an indicator report names of its brief. */
export const reportMeta = (m: BriefMeta): BriefIndicators['brief'] => ({ id: m.id, path: m.path, title: m.title, date: m.date, status: m.status, tags: m.tags, region: m.region });

export interface IndicatorQuery {
  /** Only indicators with this status. */
  state?: IndicatorStateName;
  /** Only indicators last reviewed before this day (YYYY-MM-DD), or never. */
  staleBefore?: string;
  /** Today, YYYY-MM-DD: ages are counted to it. */
  today: string;
}

/** Whole days from `from` to `to`, both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to) - dayNumber(from)) / 86_400_000);
}

const dayNumber = (day: string): number => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));

/**
 * The indicators of one brief that the query keeps, by scenario; null when it keeps none. Their
 * text is detached: the reports of many briefs are kept at once, and must not keep the briefs' text.
 */
export function briefIndicators(brief: Pick<Brief, 'scenarios'>, query: IndicatorQuery): ScenarioIndicators[] | null {
  const scenarios: ScenarioIndicators[] = [];
  for (const s of brief.scenarios) {
    const kept = s.indicatorStates.filter((i) =>
      (query.state === undefined || stateName(i.status) === query.state) &&
      (query.staleBefore === undefined || i.asOf === null || i.asOf < query.staleBefore));
    if (kept.length === 0) continue;
    scenarios.push({
      label: s.label,
      title: detach(s.title),
      likelihood: s.likelihood === null ? null : detach(s.likelihood),
      observed: s.indicatorStates.filter((i) => i.status === 'observed').length,
      total: s.indicatorStates.length,
      indicators: kept.map((i) => ({
        text: detach(i.text), status: i.status, asOf: i.asOf, note: i.note === null ? null : detach(i.note), line: i.line,
        ageDays: i.asOf === null ? null : daysBetween(i.asOf, query.today),
      })),
    });
  }
  return scenarios.length === 0 ? null : scenarios;
}

export interface Age { amount: number; unit: 'd' | 'w' | 'm' | 'y' }

/** `90d`, `12w`, `6m`, `1y` (days, weeks, months, years); null for anything else. */
export function parseAge(text: string): Age | null {
  const m = /^\s*(\d{1,5})\s*([dwmy])\s*$/i.exec(text);
  return m ? { amount: Number(m[1]), unit: m[2]!.toLowerCase() as Age['unit'] } : null;
}

/**
 * The day `age` before `today`. Months and years are calendar ones, the day kept where the month
 * has it (2026-05-31 less 3m is 2026-02-28).
 */
export function dayBefore(today: string, age: Age): string {
  const [year, month, day] = [Number(today.slice(0, 4)), Number(today.slice(5, 7)), Number(today.slice(8, 10))];
  if (age.unit === 'd' || age.unit === 'w') {
    const d = new Date(Date.UTC(year, month - 1, day - age.amount * (age.unit === 'w' ? 7 : 1)));
    return d.toISOString().slice(0, 10);
  }
  const months = (year * 12 + month - 1) - age.amount * (age.unit === 'y' ? 12 : 1);
  const [y, m] = [Math.floor(months / 12), (months % 12) + 1];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${pad(y, 4)}-${pad(m)}-${pad(Math.min(day, last))}`;
}
