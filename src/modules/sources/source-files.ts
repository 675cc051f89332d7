/**
 * An uploaded report file turned into the text its quotes must occur in verbatim (issue 22,
 * "Sources at run time"). Pure: bytes in, text and hashes out, no database. Plain text is
 * kept as written; Markdown and HTML become the prose a reader sees on the rendered page
 * (markdown-text.ts, html-text.ts), and a PDF its text layer (pdf-text.ts), because a curator
 * copies a quote from what they read. Every text is NFC-normalised with `\n` line endings,
 * so that a quote typed or pasted on another system still matches.
 *
 * Every refusal is a SourceFileError with a stable code and a message that names the file
 * and, where it can, the place in it.
 */
import { createHash } from 'node:crypto';
import { htmlToText } from './html-text.ts';
import { markdownToText } from './markdown-text.ts';
import { readPdfPages } from './pdf-text.ts';

export type SourceMediaType = 'text/plain' | 'text/markdown' | 'text/html' | 'application/pdf';

export interface SourceFileLimits {
  /** The largest file accepted, in bytes (checked before anything is parsed). */
  readonly maxBytes: number;
  /** The longest text accepted, in UTF-16 code units (JavaScript string length). */
  readonly maxTextChars: number;
}

export const DEFAULT_SOURCE_FILE_LIMITS: SourceFileLimits = Object.freeze({
  maxBytes: 20 * 1024 * 1024,
  maxTextChars: 5_000_000,
});

/** Where one page of a PDF stands in the extracted text: `text.slice(start, end)`. */
export interface SourcePageRange {
  /** 1-based, as readers number pages. */
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

export interface ExtractedSource {
  readonly mediaType: SourceMediaType;
  /** NFC-normalised, line endings `\n`: what quotes must occur in verbatim. */
  readonly text: string;
  /** Hex sha256 of the file's bytes as uploaded. */
  readonly fileSha256: string;
  /** Hex sha256 of the UTF-8 bytes of `text`. */
  readonly textSha256: string;
  /** The file's size in bytes. */
  readonly byteLength: number;
  /** PDF only: each page's half-open range in `text` (pages are joined with "\n\n"). */
  readonly pages?: readonly SourcePageRange[];
}

export type SourceFileErrorCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'NOT_UTF8'
  | 'UNSUPPORTED_TYPE'
  | 'ENCRYPTED_PDF'
  | 'NO_TEXT_LAYER'
  | 'MALFORMED_PDF'
  | 'TEXT_TOO_LARGE';

/** Where in the file the problem is; line and column are 1-based, column in characters. */
export interface SourceFileErrorDetail {
  readonly line?: number;
  readonly column?: number;
  readonly byteOffset?: number;
  readonly page?: number;
}

export class SourceFileError extends Error {
  override readonly name = 'SourceFileError';
  readonly code: SourceFileErrorCode;
  /** The file name as the caller gave it. */
  readonly file: string;
  readonly detail: SourceFileErrorDetail;

  /** The message is prefixed with the file name. */
  constructor(
    code: SourceFileErrorCode,
    file: string,
    message: string,
    detail: SourceFileErrorDetail = {},
  ) {
    super(`${file}: ${message}`);
    this.code = code;
    this.file = file;
    this.detail = detail;
  }
}

const BY_EXTENSION: Readonly<Record<string, SourceMediaType>> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  pdf: 'application/pdf',
};

const BY_DECLARED_TYPE: Readonly<Record<string, SourceMediaType>> = {
  'text/plain': 'text/plain',
  'text/markdown': 'text/markdown',
  'text/x-markdown': 'text/markdown',
  'text/html': 'text/html',
  'application/pdf': 'application/pdf',
};

/** Charset names that are UTF-8 (ASCII is a subset of it). */
const UTF8_NAMES = new Set(['utf-8', 'utf8', 'unicode-1-1-utf-8', 'us-ascii', 'ascii']);

/**
 * The media type of a file: by its extension when that is one we read (a name is what a
 * curator chose, while an upload's declared type is often a browser's guess, `text/plain`
 * for Markdown), else by its declared type (parameters such as `; charset=` ignored here).
 * extractSourceText also recognises a PDF by its first bytes, whatever its name.
 */
export function mediaTypeOf(fileName: string, declared?: string | null): SourceMediaType {
  const extension = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase();
  const byExtension = extension === undefined ? undefined : BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  const essence = declared?.split(';')[0]?.trim().toLowerCase();
  const byDeclared = essence ? BY_DECLARED_TYPE[essence] : undefined;
  if (byDeclared) return byDeclared;
  const what = declared ? `declared type ${declared}` : 'no declared type';
  throw new SourceFileError(
    'UNSUPPORTED_TYPE',
    fileName,
    `unsupported file type (${extension ? `extension .${extension}` : 'no extension'}, ${what}); ` +
      'a source is plain text (.txt), Markdown (.md), HTML (.html) or PDF (.pdf)',
  );
}

/**
 * The text of an uploaded source file, with the hashes that pin it. The size limit is
 * checked before anything is parsed, the text limit after extraction. Throws
 * SourceFileError for a file that cannot be a source.
 */
export async function extractSourceText(
  bytes: Uint8Array,
  fileName: string,
  options: { mediaType?: string | null; limits?: Partial<SourceFileLimits> } = {},
): Promise<ExtractedSource> {
  const limits: SourceFileLimits = {
    maxBytes: options.limits?.maxBytes ?? DEFAULT_SOURCE_FILE_LIMITS.maxBytes,
    maxTextChars: options.limits?.maxTextChars ?? DEFAULT_SOURCE_FILE_LIMITS.maxTextChars,
  };
  if (bytes.byteLength > limits.maxBytes) {
    throw new SourceFileError(
      'TOO_LARGE',
      fileName,
      `the file is ${size(bytes.byteLength)}; the limit is ${size(limits.maxBytes)}`,
    );
  }
  const mediaType = startsWithPdfMagic(bytes)
    ? 'application/pdf'
    : mediaTypeOf(fileName, options.mediaType);
  if (bytes.byteLength === 0) {
    throw new SourceFileError('EMPTY', fileName, 'the file is empty (0 bytes)');
  }

  let text: string;
  let pages: SourcePageRange[] | undefined;
  if (mediaType === 'application/pdf') {
    ({ text, pages } = await pdfText(bytes, fileName));
  } else {
    refuseDeclaredCharset(options.mediaType, fileName);
    const decoded = decodeUtf8(bytes, fileName).replace(/\r\n?/g, '\n');
    text = textOf(mediaType, decoded, fileName).normalize('NFC');
    if (text.trim() === '') {
      throw new SourceFileError(
        'EMPTY',
        fileName,
        mediaType === 'text/plain'
          ? 'the file holds only whitespace'
          : `the file shows no text (${bytes.byteLength} bytes of ${mediaType}, nothing a reader sees)`,
      );
    }
  }
  if (text.length > limits.maxTextChars) {
    throw new SourceFileError(
      'TEXT_TOO_LARGE',
      fileName,
      `its text has ${text.length} characters; the limit is ${limits.maxTextChars}`,
    );
  }
  return {
    mediaType,
    text,
    fileSha256: sha256(bytes),
    textSha256: sha256(Buffer.from(text, 'utf8')),
    byteLength: bytes.byteLength,
    ...(pages === undefined ? {} : { pages }),
  };
}

function textOf(mediaType: SourceMediaType, decoded: string, file: string): string {
  switch (mediaType) {
    case 'text/plain':
      // As written: quotes are picked from it verbatim.
      return decoded;
    case 'text/markdown':
      return markdownToText(decoded);
    case 'text/html': {
      const html = htmlToText(decoded);
      const declared = html.declaredCharset;
      if (declared && !UTF8_NAMES.has(declared.charset.toLowerCase())) {
        const { line, column } = lineAndColumn(decoded, declared.index);
        throw new SourceFileError(
          'NOT_UTF8',
          file,
          `its <meta> at line ${line}, column ${column} declares charset ${declared.charset}; ` +
            'only UTF-8 is accepted (save the page as UTF-8 and declare <meta charset="utf-8">)',
          { line, column },
        );
      }
      return html.text;
    }
    case 'application/pdf':
      throw new Error('unreachable: a PDF is read by pdfText');
  }
}

/** The text of a PDF's pages, joined with "\n\n", and where each page stands in it. */
async function pdfText(
  bytes: Uint8Array,
  file: string,
): Promise<{ text: string; pages: SourcePageRange[] }> {
  const reading = await readPdfPages(bytes);
  if (reading.kind === 'encrypted') {
    throw new SourceFileError('ENCRYPTED_PDF', file, `cannot read the PDF: ${reading.reason}`);
  }
  if (reading.kind === 'malformed') {
    const where = reading.page === undefined ? '' : ` (page ${reading.page})`;
    throw new SourceFileError(
      'MALFORMED_PDF',
      file,
      `not a readable PDF${where}: ${reading.reason}`,
      reading.page === undefined ? {} : { page: reading.page },
    );
  }
  const pageTexts = reading.pages.map((page) =>
    page.replace(/\r\n?/g, '\n').normalize('NFC').trim(),
  );
  if (pageTexts.every((page) => page === '')) {
    const count = pageTexts.length;
    throw new SourceFileError(
      'NO_TEXT_LAYER',
      file,
      `image-only PDF? it has ${count} page(s) and no text layer; run OCR first`,
    );
  }
  const pages: SourcePageRange[] = [];
  let start = 0;
  pageTexts.forEach((page, index) => {
    if (index > 0) start += 2; // the "\n\n" between pages
    pages.push({ page: index + 1, start, end: start + page.length });
    start += page.length;
  });
  return { text: pageTexts.join('\n\n'), pages };
}

function startsWithPdfMagic(bytes: Uint8Array): boolean {
  const magic = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
  return magic.every((byte, index) => bytes[index] === byte);
}

/** A charset other than UTF-8 in the declared type (`text/plain; charset=windows-1252`). */
function refuseDeclaredCharset(declared: string | null | undefined, file: string): void {
  const charset = /;\s*charset\s*=\s*"?([^\s;"]+)/i.exec(declared ?? '')?.[1];
  if (charset && !UTF8_NAMES.has(charset.toLowerCase())) {
    throw new SourceFileError(
      'NOT_UTF8',
      file,
      `it is declared as charset ${charset}; only UTF-8 is accepted (save the file as UTF-8)`,
    );
  }
}

const BOM = [0xef, 0xbb, 0xbf];

/** The bytes as UTF-8, a leading BOM dropped; anything else is refused with its place. */
function decodeUtf8(bytes: Uint8Array, file: string): string {
  const bomLength = BOM.every((byte, index) => bytes[index] === byte) ? BOM.length : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
      bytes.subarray(bomLength),
    );
  } catch {
    throw notUtf8(bytes, bomLength, file);
  }
}

/** The refusal of a file that is not UTF-8, naming the first invalid byte and its place. */
function notUtf8(bytes: Uint8Array, bomLength: number, file: string): SourceFileError {
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
      ? ' (it looks like UTF-16)'
      : '';
  const fix = `only UTF-8 text is accepted${utf16}: save the file as UTF-8`;
  const offset = firstInvalidUtf8(bytes, bomLength);
  if (offset < 0) return new SourceFileError('NOT_UTF8', file, `not UTF-8; ${fix}`);
  const lineStart = offset === 0 ? 0 : bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const line = countByte(bytes, 0x0a, offset) + 1;
  const before = bytes.subarray(Math.max(lineStart, bomLength), offset);
  const column = [...new TextDecoder('utf-8').decode(before)].length + 1;
  const hex = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  return new SourceFileError(
    'NOT_UTF8',
    file,
    `not UTF-8: byte 0x${hex} at line ${line}, column ${column} (byte offset ${offset}); ${fix}`,
    { line, column, byteOffset: offset },
  );
}

/**
 * The offset of the first byte that starts an invalid UTF-8 sequence (the bounds of the
 * WHATWG decoder, which TextDecoder applies: no overlong forms, no surrogates, nothing above
 * U+10FFFF), or -1.
 */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number {
  let index = from;
  while (index < bytes.length) {
    const lead = bytes[index]!;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let continuation: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      continuation = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      continuation = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return index;
    for (let k = 1; k <= continuation; k += 1) {
      const byte = bytes[index + k];
      if (byte === undefined || byte < lower || byte > upper) return index;
      lower = 0x80;
      upper = 0xbf;
    }
    index += continuation + 1;
  }
  return -1;
}

function countByte(bytes: Uint8Array, byte: number, end: number): number {
  let count = 0;
  for (let index = 0; index < end; index += 1) if (bytes[index] === byte) count += 1;
  return count;
}

/** 1-based line and column (in characters) of a string index. */
function lineAndColumn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return {
    line: before.split('\n').length,
    column: [...before.slice(lineStart)].length + 1,
  };
}

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [amount, unit] = bytes < 1024 * 1024 ? [bytes / 1024, 'KiB'] : [bytes / 2 ** 20, 'MiB'];
  return `${Number(amount.toFixed(1))} ${unit} (${bytes} bytes)`;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
