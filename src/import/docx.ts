/**
 * A Word file to an Article: mammoth turns the document into HTML by its paragraph styles
 * (Heading 1-6, Title, lists, tables), then the HTML path's converter writes Markdown. A Word file
 * has no page furniture, so Readability is not run: every paragraph is the writer's.
 */
import { ImportError, type Article, type ImportOptions } from './article.js';
import { checkHtmlNesting } from './html-limits.js';
import { htmlToMarkdown, setHeadingLevels } from './html-markdown.js';
import { jszip, linkedom, mammoth, type Zip } from './libs.js';
import { absoluteUrl, authorNames, oneLine } from './meta-clean.js';

/** Word's Title style is the brief's title; its Subtitle an ordinary paragraph. */
const STYLE_MAP = ["p[style-name='Title'] => h1.doc-title:fresh", "p[style-name='Subtitle'] => p:fresh"];

export async function docxToArticle(data: Uint8Array, options: ImportOptions): Promise<Article> {
  // A .docx is a zip archive: "PK\x03\x04" (an empty archive, "PK\x05\x06", holds no document).
  if (data.length < 4 || data[0] !== 0x50 || data[1] !== 0x4b || data[2] !== 0x03 || data[3] !== 0x04) {
    throw new ImportError('not a Word document: a .docx file is a zip archive, and this one is not');
  }
  await refuseLargeUnpacked(data);
  const lib = mammoth();
  let html: string;
  try {
    const result = await lib.convertToHtml({ buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) }, {
      styleMap: STYLE_MAP,
      // Pictures would arrive as data: URLs of any size; a brief keeps text.
      convertImage: lib.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (error) {
    const reason = error instanceof Error ? oneLine(error.message).slice(0, 120) : 'unreadable';
    // mammoth's own words for a zip without the document's part ask the user a question.
    if (/could not find main document part/i.test(reason)) throw new ImportError('not a Word document (no word/document.xml)');
    throw new ImportError(`not a Word document: ${reason}`);
  }

  // Tables in tables in a document nest as a page's elements do.
  checkHtmlNesting(html);
  const { document } = linkedom().parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  const body = document.body!;
  const titleHeading = body.querySelector('h1.doc-title') ?? (body.querySelectorAll('h1').length === 1 ? body.querySelector('h1') : null);
  const properties = await readProperties(data);
  const title = (titleHeading ? oneLine(titleHeading.textContent) || null : null) ?? properties.title;
  titleHeading?.remove();
  setHeadingLevels(body);
  const markdown = htmlToMarkdown(body.innerHTML);
  if (!/\p{L}/u.test(markdown) && title === null) throw new ImportError('the Word document has no text');
  return { title, author: properties.author, date: null, source: null, url: absoluteUrl(options.url, null), tags: [], keyQuestion: null, body: markdown, dropped: [] };
}

/** What a .docx may unpack to: a long report's XML is a few MiB; a zip bomb's is gigabytes. */
export const MAX_DOCX_UNPACKED = 64 * 1024 * 1024;

/**
 * Refuses an archive whose entries say they unpack to more than MAX_DOCX_UNPACKED, before
 * mammoth unpacks it in memory. (An entry that lies about its size is caught by jszip's own
 * check of the unpacked size.)
 */
async function refuseLargeUnpacked(data: Uint8Array): Promise<void> {
  let zip: Zip;
  try {
    zip = await jszip().loadAsync(data);
  } catch (error) {
    const reason = error instanceof Error ? oneLine(error.message).slice(0, 120) : 'unreadable';
    throw new ImportError(`not a Word document: ${reason}`);
  }
  let total = 0;
  for (const entry of Object.values(zip.files)) total += entry._data?.uncompressedSize ?? 0;
  if (total > MAX_DOCX_UNPACKED) {
    throw new ImportError(`the Word document unpacks to ${Math.round(total / 1048576)} MiB; files over ${MAX_DOCX_UNPACKED / 1048576} MiB unpacked are not imported`);
  }
}

/** What Word fills in by itself, not the writer: an account or template name is no author. */
const PLACEHOLDER = /^(?:microsoft office user|office user|user|admin|administrator|author|owner|windows user|unknown|python-docx|apache poi)$/i;

/**
 * The title and author in the document's properties (docProps/core.xml). Its dates are the file's,
 * not the text's publication, so they are not read.
 */
async function readProperties(data: Uint8Array): Promise<{ title: string | null; author: string[] }> {
  let xml: string | undefined;
  try {
    xml = await (await jszip().loadAsync(data)).file('docProps/core.xml')?.async('string');
  } catch {
    return { title: null, author: [] };
  }
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${(xml ?? '').replace(/<\?xml[^>]*>/, '')}</body></html>`);
  const field = (tag: string): string => oneLine(document.querySelector(tag.replace(':', '\\:'))?.textContent);
  const creator = field('dc:creator');
  return { title: field('dc:title') || null, author: PLACEHOLDER.test(creator) ? [] : authorNames(creator) };
}
