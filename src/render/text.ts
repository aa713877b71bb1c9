/** Plain-text renderings: the export, and the blocks shared with the terminal views. */
import type { Brief, Recommendation, Scenario } from '../brief/model.js';
import { cleanLine, cleanText } from '../text/sanitize.js';
import { metadataFields } from './fields.js';

function underline(text: string, char: string): string {
  return `${text}\n${char.repeat(Math.max(3, [...text].length))}`;
}

export function scenarioHeading(s: Scenario): string {
  return `Scenario ${s.label}${s.title ? `: ${cleanLine(s.title)}` : ''}`;
}

/** A scenario as plain text: heading, likelihood, impact, text, indicators. */
export function scenarioText(s: Scenario): string {
  const lines = [scenarioHeading(s)];
  if (s.likelihood !== null) lines.push(`Likelihood: ${cleanLine(s.likelihood)}`);
  if (s.impact !== null) lines.push(`Impact: ${cleanLine(s.impact)}`);
  const parts = [lines.join('\n')];
  if (s.text) parts.push(cleanText(s.text));
  if (s.indicators.length > 0) parts.push(['Indicators:', ...s.indicators.map((i) => `- ${cleanLine(i)}`)].join('\n'));
  return parts.join('\n\n');
}

/** `[ ] text` / `[x] text`, one line per item. */
export function checklistLine(r: Recommendation): string {
  const mark = r.mark === null ? '' : `(${r.mark.replace('-', ' ')}) `;
  return `${r.done ? '[x]' : '[ ]'} ${mark}${cleanLine(r.text)}`;
}

/** The whole brief as plain text (`export --format text`). */
export function renderText(brief: Brief): string {
  const parts: string[] = [underline(cleanLine(brief.title), '=')];
  parts.push(metadataFields(brief).map((f) => `${f.label}: ${f.value}`).join('\n'));
  if (brief.summarySource === 'frontmatter') parts.push(underline('Summary', '-'), cleanText(brief.summary));
  if (brief.intro) parts.push(cleanText(brief.intro));
  for (const section of brief.sections) {
    parts.push(underline(cleanLine(section.heading), '-'));
    if (section.kind === 'scenarios' && brief.scenarios.length > 0) {
      // Scenarios carry frontmatter attributes (likelihood, indicators) the section text lacks.
      const inSection = brief.scenarios.filter((s) => s.line > section.line && s.line <= section.endLine);
      // Scenarios in lists or lead-ins share the section with prose that must not be lost.
      if (inSection.length > 0 && inSection.every((s) => s.form === 'heading')) {
        for (const s of inSection) parts.push(scenarioText(s));
        continue;
      }
    }
    if (section.text) parts.push(cleanText(section.text));
  }
  return `${parts.join('\n\n')}\n`;
}
