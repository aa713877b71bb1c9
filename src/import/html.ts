/**
 * Placeholder until the HTML path is merged (issue 12, built on another branch): the command
 * loads this module only for HTML input.
 */
import type { Article, ImportOptions } from './article.js';
import { ImportError } from './article.js';

export function htmlToArticle(_html: string, _options: ImportOptions): Article {
  throw new ImportError('importing HTML is not built yet');
}
