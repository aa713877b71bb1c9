/** The registry: every rule, in the order they are documented. Adding a rule means adding it here. */
import type { ProjectRule, Rule } from '../types.js';
import frontmatterSyntax from './frontmatter-syntax.js';
import frontmatterLanguage from './frontmatter-language.js';
import frontmatterRequired from './frontmatter-required.js';
import frontmatterType from './frontmatter-type.js';
import frontmatterUnknownKey from './frontmatter-unknown-key.js';
import frontmatterList from './frontmatter-list.js';
import sectionMissing from './section-missing.js';
import scenarioLabel from './scenario-label.js';
import scenarioEmpty from './scenario-empty.js';
import scenarioUnknown from './scenario-unknown.js';
import scenarioUnknownKey from './scenario-unknown-key.js';
import recommendationsFormat from './recommendations-format.js';
import likelihoodTerm from './likelihood-term.js';
import likelihoodContradiction from './likelihood-contradiction.js';
import likelihoodMissing from './likelihood-missing.js';
import likelihoodNotation from './likelihood-notation.js';
import likelihoodSum from './likelihood-sum.js';
import estimativeHedge from './estimative-hedge.js';
import estimativeMixedScale from './estimative-mixed-scale.js';
import confidenceWithLikelihood from './confidence-with-likelihood.js';
import indicatorsMissing from './indicators-missing.js';
import indicatorDateFuture from './indicator-date-future.js';
import dateFuture from './date-future.js';
import judgmentChangeUnexplained from './judgment-change-unexplained.js';
import headingTitleMismatch from './heading-title-mismatch.js';
import summaryLength from './summary-length.js';
import webBoilerplate from './web-boilerplate.js';
import placeholder from './placeholder.js';
import fileUnreadable from './file-unreadable.js';
import fileName from './file-name.js';
import duplicateId from './duplicate-id.js';

export const RULES: readonly Rule[] = [
  frontmatterSyntax, frontmatterLanguage, frontmatterRequired, frontmatterType, frontmatterUnknownKey, frontmatterList,
  sectionMissing, scenarioLabel, scenarioEmpty, scenarioUnknown, scenarioUnknownKey, recommendationsFormat,
  likelihoodTerm, likelihoodContradiction, likelihoodMissing, likelihoodNotation, likelihoodSum, estimativeHedge, estimativeMixedScale, confidenceWithLikelihood, indicatorsMissing, indicatorDateFuture, dateFuture,
  judgmentChangeUnexplained,
  headingTitleMismatch, summaryLength, webBoilerplate, placeholder, fileUnreadable, fileName,
];

/** Rules over a whole briefs directory, run by `brief lint` on each directory it is given. */
export const PROJECT_RULES: readonly ProjectRule[] = [duplicateId];

/** Every rule id a config may name. */
export const RULE_IDS: readonly string[] = [...RULES, ...PROJECT_RULES].map((r) => r.id);
