/**
 * Every rule id, without loading the rules: the config is read by every command, and the
 * rules themselves are only needed by `brief lint`. A test checks it matches the registry.
 */
export const RULE_IDS: readonly string[] = [
  'frontmatter-syntax', 'frontmatter-language', 'frontmatter-required', 'frontmatter-type', 'frontmatter-unknown-key',
  'frontmatter-list', 'section-missing', 'scenario-label', 'scenario-empty', 'scenario-unknown', 'recommendations-format',
  'likelihood-term', 'likelihood-contradiction', 'estimative-hedge', 'estimative-mixed-scale', 'confidence-with-likelihood',
  'indicators-missing', 'heading-title-mismatch', 'summary-length', 'web-boilerplate', 'file-unreadable', 'file-name',
  'duplicate-id',
];
