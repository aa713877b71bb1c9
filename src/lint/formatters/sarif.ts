/** `--format sarif`: SARIF 2.1.0, for code-scanning tools. */
import type { LintMessage } from '../types.js';
import { formatJSON } from '../../render/json.js';
import { VERSION } from '../../version.js';

export interface RuleInfo { id: string; description: string; defaultSeverity: string }

const DOCS = 'docs/lint-rules.md';

export function formatSarif(messages: LintMessage[], rules: RuleInfo[]): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return formatJSON({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'brief',
          version: VERSION,
          rules: rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            helpUri: `${DOCS}#${r.id}`,
            defaultConfiguration: { level: r.defaultSeverity === 'off' ? 'none' : r.defaultSeverity === 'error' ? 'error' : 'warning', enabled: r.defaultSeverity !== 'off' },
          })),
        },
      },
      results: messages.map((m) => ({
        ruleId: m.rule,
        ...(index.has(m.rule) ? { ruleIndex: index.get(m.rule) } : {}),
        level: m.severity === 'error' ? 'error' : 'warning',
        message: { text: m.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: m.file.split('\\').join('/') },
            region: { startLine: m.line, startColumn: m.column },
          },
        }],
      })),
    }],
  });
}
