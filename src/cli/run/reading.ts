/**
 * The reading commands' code, loaded as one chunk when any of them runs: they share the parser
 * and the renderers, and one chunk loads faster than several small ones. `list` (frontmatter
 * only, no Markdown lexer), lint, the terminal renderer and the spinner load separately.
 */
export { runShow } from './show.js';
export { runSummary } from './summary.js';
export { runScenario } from './scenario.js';
export { runRecommendations } from './recommendations.js';
export { runExport } from './export.js';
export { runNew } from './new.js';
