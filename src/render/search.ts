/** `brief search` results for a terminal (match highlighted) and for a pipe (tab-separated, one line per hit). */
import type { Clause } from '../search/query.js';
import type { Match } from '../search/rank.js';
import type { Found } from '../search/schema.js';
import { snippetOf } from '../search/snippet.js';
import { cleanLine } from '../text/sanitize.js';
import { wrap, wrapColumns } from '../text/wrap.js';
import { briefLine } from './brief-line.js';
import { plainStyle, type Style } from './style.js';
import { paintSpans, tsvCell } from './tsv.js';

/** Where a hit is, in words: `recommendation in Policy Implications`, `scenario B`, `title`. */
function place(hit: Match<Found>['hits'][number]): string {
  if (hit.field === 'scenario') return `scenario ${hit.scenario ?? ''}`.trim();
  if (hit.field === 'section' || hit.field === 'recommendation' || (hit.field === 'summary' && hit.section !== null)) {
    return hit.section === null ? (hit.field === 'section' ? 'intro' : hit.field) : `${hit.field}: ${hit.section}`;
  }
  return hit.field === 'question' ? 'key question' : hit.field;
}

/**
 * One line per hit: id, line, field, section, snippet, scenario label (columns are only added at
 * the end). With a colour style (--color always), the matches are highlighted in the snippet's cell.
 */
export function renderSearchTSV(matches: ReadonlyArray<Match<Found>>, clauses: readonly Clause[], style: Style = plainStyle): string {
  const out: string[] = [];
  for (const m of matches) {
    for (const h of m.hits) {
      const snippet = snippetOf(cleanLine(h.text), clauses, h.field);
      const text = tsvCell(snippet.text);
      // The snippet is already one clean line, so its offsets hold in the cell; were it not, no highlight.
      const shown = text === snippet.text ? paintSpans(text, snippet.matches, style.label) : text;
      out.push(`${[tsvCell(m.brief.id), tsvCell(String(h.line)), tsvCell(h.field), tsvCell(h.section), shown, tsvCell(h.scenario)].join('\t')}\n`);
    }
  }
  return out.join('');
}

/** Each brief with its title, then each hit: line, where, and the snippet with the match highlighted. */
export function renderSearchTerminal(matches: ReadonlyArray<Match<Found>>, clauses: readonly Clause[], style: Style, width: number, maxHits = 3): string {
  const out: string[] = [];
  for (const m of matches) {
    out.push(`${out.length > 0 ? '\n' : ''}${briefLine(m.brief.id, m.brief.title, style, width)}\n`);
    for (const h of m.hits.slice(0, maxHits)) {
      const snippet = snippetOf(cleanLine(h.text), clauses, h.field, Math.max(40, width * 2 - 16));
      const shown = paintSpans(snippet.text, snippet.matches, style.label);
      out.push(`${wrapColumns(`${style.dim(String(h.line).padStart(4))}  ${style.heading(cleanLine(place(h)))}`, width, '        ', '  ')}\n${wrap(shown, width, '        ')}\n`);
    }
    if (m.hits.length > maxHits) out.push(`${style.dim(wrap(`(${m.hits.length - maxHits} more in this brief; --json lists them all)`, width, '        ', '        '))}\n`);
  }
  return out.join('');
}
