/**
 * Placeholder until the .docx path is merged (issue 12, built on another branch): the command
 * loads this module only for Word input.
 */
import type { Article, ImportOptions } from './article.js';
import { ImportError } from './article.js';

export function docxToArticle(_data: Uint8Array, _options: ImportOptions): Promise<Article> {
  return Promise.reject(new ImportError('importing .docx is not built yet'));
}
