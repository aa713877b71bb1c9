/** parseBrief: text in, Brief and problems out. Pure: no I/O. */
import type { Brief, Problem, Scenario } from './model.js';
import { readFrontmatter } from './frontmatter.js';
import { scalarText } from './metadata.js';
import { idFromPath, metadataOf, normaliseText, parseBriefMeta, type MetaResult } from './meta.js';

export { idFromPath, normaliseText, parseBriefMeta, type MetaResult };
import { InlineLimitError, lexBlocks } from './markdown.js';
import { readBody, type BodyStructure } from './body.js';
import { checkBodyLimits, limitProblem } from './limits.js';
import { withLazy, withValues } from './lazy.js';
import { readLabel } from './forms.js';
import { likelihoodRange } from './estimative.js';
import { readChanges } from './changes.js';
import { readIndicators } from './indicators.js';

export interface ParseResult {
  brief: Brief;
  /** Faults found while parsing; `fatal` ones mean the brief could not be read. */
  problems: Problem[];
}

export interface ParseOptions {
  /**
   * Compute every text field (summary, sections', scenarios' and recommendations' text) during
   * the parse instead of on first read: for callers that read them all, such as export.
   */
  eager?: boolean;
}

/** Parses a whole brief (contract §2-§4). Never throws on any input. */
export function parseBrief(text: string, path: string, options: ParseOptions = {}): ParseResult {
  const fill = options.eager === true ? withValues : withLazy;
  const normal = normaliseText(text);
  const fm = readFrontmatter(normal);
  const { meta, summary: fmSummary, summaryLine: fmSummaryLine, problems } = metadataOf(fm, path);
  let bodyText = problems.some((p) => p.fatal) ? '' : normal.slice(fm.bodyOffset);
  const tooComplex = checkBodyLimits(bodyText, fm.bodyLine);
  if (tooComplex) {
    problems.push(tooComplex);
    bodyText = '';
  }
  let body: BodyStructure;
  try {
    body = readBody(lexBlocks(bodyText, fm.bodyLine), fill);
  } catch (error) {
    // A limit the inline markup breaks is reported as such; anything else should not happen
    // within the limits, and if it does the brief is refused, never a crash.
    problems.push(error instanceof InlineLimitError ? limitProblem(error.line, error.message)
      : { code: 'too-complex', line: fm.bodyLine, column: 1, fatal: true,
        message: `the body could not be parsed (${(error as Error).message}); simplify its nesting` });
    bodyText = '';
    body = readBody([], fill);
  }

  const scenarioData = objectAt(fm.data, 'scenarios');
  let frontLines: string[] | null = null;
  const lines = (): string[] => (frontLines ??= normal.slice(0, fm.bodyOffset).split('\n'));
  const seen = new Set<string>();
  const scenarios: Scenario[] = [];
  const entryLabels = fm.scenarioEntries.map((e) => scenarioKey(e.key));
  body.scenarioHeadings.forEach((h) => {
    if (seen.has(h.label)) return;
    seen.add(h.label);
    const entry = fm.scenarioEntries[entryLabels.indexOf(h.label)];
    const attrs = entry ? objectAt(scenarioData, entry.key) : {};
    const path = ['scenarios', entry?.key ?? ''];
    const indicators = readIndicators(attrs.indicators, [...path, 'indicators'], { fm, lines, entryLine: entry?.line ?? fm.bodyLine }, problems);
    scenarios.push(fill({
      label: h.label,
      title: h.title,
      likelihood: entry?.likelihoodSource ?? null,
      likelihoodRange: entry?.likelihoodSource ? likelihoodRange(entry.likelihoodSource) : null,
      impact: typeof attrs.impact === 'string' || typeof attrs.impact === 'number' ? scalarText(attrs.impact, [...path, 'impact'], fm.asWritten) : null,
      indicators: indicators.texts,
      line: h.line,
      labelDerived: h.labelDerived,
      form: h.form,
    }, { text: () => h.text, markdown: () => h.markdown, indicatorStates: indicators.states }));
  });

  // Contract §4. Lazy: finding a non-empty summary section reads section text.
  let chosen: { summary: string; source: Brief['summarySource']; line: number | null } | null = null;
  const summaryOf = () => {
    if (chosen) return chosen;
    const found = fmSummary === null ? body.summary : null;
    if (fmSummary !== null) chosen = { summary: fmSummary, source: 'frontmatter', line: fmSummaryLine };
    else if (found) chosen = { summary: found.text, source: found.source, line: found.line };
    else chosen = { summary: '', source: 'none', line: null };
    return chosen;
  };

  // Fields listed, not spread from meta: in V8, spread copies that then get lazy fields survived
  // young-generation GC, and were much slower than listed fields.
  const brief: Brief = fill({
    id: meta.id,
    path: meta.path,
    title: meta.title ?? body.displayTitle?.text ?? meta.id,
    date: meta.date,
    updated: meta.updated,
    author: meta.author,
    source: meta.source,
    url: meta.url,
    region: meta.region,
    tags: meta.tags,
    status: meta.status,
    keyQuestion: meta.keyQuestion,
    displayTitle: body.displayTitle,
    sections: body.sections,
    scenarios,
    scenarioHeadings: body.scenarioHeadings,
    recommendations: body.recommendations,
    changes: readChanges(fm, scenarioKey, problems),
    body: bodyText,
    frontmatter: {
      startLine: fm.startLine,
      bodyLine: fm.bodyLine,
      keyLines: fm.keyLines,
      keys: fm.keys,
      data: fm.data,
      scenarioEntries: fm.scenarioEntries.map((e) => ({ key: e.key, line: e.line, likelihood: e.likelihoodSource, likelihoodLine: e.likelihoodLine })),
    },
  }, {
    summary: () => summaryOf().summary,
    summarySource: () => summaryOf().source,
    summaryLine: () => summaryOf().line,
    intro: () => body.intro,
    conclusion: () => body.conclusion,
  });
  return { brief, problems };
}

/**
 * `A`, `a`, `Scenario A` and `1` all name the scenario labelled as such; so do `#2`, `two` and
 * `Scenario Two` (label 2) and `ii` (label II), as the reader normalises labels (forms.ts).
 */
export function scenarioKey(key: string): string {
  const trimmed = key.trim();
  const read = readLabel(/^sc[eé]nario\b/iu.test(trimmed) ? trimmed : `Scenario ${trimmed}`, true);
  return read && read.rest === '' ? read.label : trimmed.replace(/^scenario\s*/i, '').toUpperCase();
}

function objectAt(data: unknown, key: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || !Object.prototype.hasOwnProperty.call(data, key)) return {};
  const value = (data as Record<string, unknown>)[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
