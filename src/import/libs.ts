/**
 * The HTML and Word libraries, required on first use: start-up never loads them, and the bundle
 * leaves them in node_modules (lazyRequire is a run-time require that esbuild does not follow).
 */
import type TurndownService from 'turndown';
import { lazyRequire } from '../lazy-require.js';
import type { Linkedom, ReadabilityModule } from './dom.js';

export const linkedom = (): Linkedom => lazyRequire<Linkedom>('linkedom');
export const readability = (): ReadabilityModule => lazyRequire<ReadabilityModule>('@mozilla/readability');
export const turndown = (): typeof TurndownService => lazyRequire<typeof TurndownService>('turndown');
export const gfmTables = (): TurndownService.Plugin => lazyRequire<{ tables: TurndownService.Plugin }>('@joplin/turndown-plugin-gfm').tables;
export const strikethrough = (): TurndownService.Plugin => lazyRequire<{ strikethrough: TurndownService.Plugin }>('@joplin/turndown-plugin-gfm').strikethrough;

export interface Mammoth {
  convertToHtml(input: { buffer: Buffer }, options?: { styleMap?: string[]; convertImage?: unknown; includeDefaultStyleMap?: boolean }): Promise<{ value: string; messages: Array<{ type: string; message: string }> }>;
  images: { imgElement(f: (image: unknown) => Promise<{ src: string }>): unknown };
}
export const mammoth = (): Mammoth => lazyRequire<Mammoth>('mammoth');

/** jszip, which mammoth also uses: the document's properties (docProps/core.xml) are not in mammoth's HTML. */
export interface Zip {
  file(name: string): { async(type: 'string'): Promise<string> } | null;
  /** Every entry; `_data.uncompressedSize` is what its header says it unpacks to. */
  files: Record<string, { _data?: { uncompressedSize?: number } }>;
}
export const jszip = (): { loadAsync(data: Uint8Array): Promise<Zip> } => lazyRequire<{ loadAsync(data: Uint8Array): Promise<Zip> }>('jszip');
