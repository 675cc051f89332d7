/**
 * The text layer of a PDF, page by page, read with pdf.js. Its legacy build is the one that
 * runs on Node (the modern build assumes browser APIs Node 20 lacks). pdf.js reads
 * everything from the bytes and from its own package's data folders: no `url`, and the font,
 * CMap and wasm data come from the installed pdfjs-dist through `fs`, so nothing goes over
 * the network. The standard font data matters even for text: a PDF that uses one of the 14
 * standard fonts without embedding it (pdfkit's Helvetica, many office exports) makes pdf.js
 * print "Ensure that the `standardFontDataUrl` API parameter is provided" without it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** pdf.js wants its data folders as strings ending in a slash. */
const dataFolder = (name: string): string => join(PDFJS_DIR, name) + '/';

const STANDARD_FONT_DATA = dataFolder('standard_fonts');
const CMAPS = dataFolder('cmaps');
const WASM = dataFolder('wasm');

export type PdfReading =
  | { readonly kind: 'pages'; readonly pages: readonly string[] }
  /** The PDF needs a password to open (or an encryption pdf.js cannot undo). */
  | { readonly kind: 'encrypted'; readonly reason: string }
  | { readonly kind: 'malformed'; readonly reason: string; readonly page?: number };

/**
 * The text of each page of the PDF in `bytes`, in page order: the text items in content
 * order, a line break where pdf.js marks the end of a line (`hasEOL`), and a space between
 * two items of one line when the PDF leaves a visible gap between them and neither item
 * brings its own (items of one word in two fonts touch, and stay one word). Trailing spaces
 * of a line are dropped. Errors of the file come back as a reading, never thrown.
 */
export async function readPdfPages(bytes: Uint8Array): Promise<PdfReading> {
  const task = getDocument({
    // A copy: pdf.js takes over (and may detach) the buffer it is given, and refuses a
    // Node Buffer; the caller keeps its bytes.
    data: new Uint8Array(bytes),
    standardFontDataUrl: STANDARD_FONT_DATA,
    cMapUrl: CMAPS,
    cMapPacked: true,
    wasmUrl: WASM,
    // An uploaded file is untrusted input: no code generated from it, no fonts of the host.
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
  });
  try {
    let document;
    try {
      document = await task.promise;
    } catch (error) {
      return failure(error);
    }
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        pages.push(pageText(content.items));
        page.cleanup();
      } catch (error) {
        const reading = failure(error);
        return reading.kind === 'malformed' ? { ...reading, page: number } : reading;
      }
    }
    return { kind: 'pages', pages };
  } finally {
    // Destroys the document (if it opened) and the worker pdf.js set up for it.
    await task.destroy();
  }
}

interface PositionedText {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** Items that are marked-content markers (no `str`) carry no text and are skipped. */
function pageText(items: readonly object[]): string {
  let text = '';
  let previous: PositionedText | undefined;
  for (const item of items) {
    if (!('str' in item)) continue;
    const current = item as PositionedText;
    if (current.str !== '') {
      if (previous && needsSpace(previous, current, text)) text += ' ';
      text += current.str;
      previous = current;
    }
    if (current.hasEOL) {
      text += '\n';
      previous = undefined;
    }
  }
  return text.replace(/[ \t]+$/gm, '').trimEnd();
}

/**
 * Whether two items of one line need a space put between them. For horizontal text the gap
 * between the end of one and the start of the next decides (more than a tenth of the font
 * size is a gap a reader sees as a space); for rotated or vertical text, where the
 * geometry says less, the items are taken to be separate words.
 */
function needsSpace(previous: PositionedText, current: PositionedText, text: string): boolean {
  if (/\s$/.test(text) || /^\s/.test(current.str)) return false;
  const [a0, b0, c0, , x0] = previous.transform;
  const [a1, b1, c1, , x1] = current.transform;
  const horizontal = b0 === 0 && c0 === 0 && b1 === 0 && c1 === 0 && a0! > 0 && a1! > 0;
  if (!horizontal || x0 === undefined || x1 === undefined) return true;
  const gap = x1 - (x0 + previous.width);
  const fontSize = Math.max(previous.height, current.height, 1);
  return gap > fontSize / 10;
}

/** pdf.js's exceptions by name: they are not all exported, and cross the worker boundary. */
function failure(error: unknown): Exclude<PdfReading, { kind: 'pages' }> {
  const name = (error as { name?: unknown }).name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return { kind: 'encrypted', reason: 'it is encrypted and needs a password to open' };
  }
  // "Unknown crypto method", "unsupported encryption algorithm": locked all the same.
  if (/crypt/i.test(message)) return { kind: 'encrypted', reason: message };
  return { kind: 'malformed', reason: message };
}
