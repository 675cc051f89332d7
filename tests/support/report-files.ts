/**
 * Report files built in memory for the extraction tests: the same prose as plain text, as an
 * HTML page and as a PDF (made with pdfkit), and the bad files every refusal needs (an
 * encrypted PDF, an image-only PDF, Latin-1 bytes). Nothing is written to disk.
 */
import { readFileSync } from 'node:fs';
import { crc32, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';

export const INVENTED_EDITION_MARKDOWN = readFileSync(
  new URL('../fixtures/editions/voortgang-2015-invented.md', import.meta.url),
  'utf8',
);

/** Two sentences of the invented edition that every extraction path must keep verbatim. */
export const INVENTED_EDITION_SENTENCES = [
  'Stichting Leerplanontwikkeling (SLO) heeft de leerlijn in januari 2015 opgeleverd aan de PO-raad.',
  'In opdracht van het ministerie van OCW neemt de mbo-raad het initiatief voor een nieuwe studiebijsluiter.',
] as const;

/**
 * A Markdown text of headings and paragraphs as plain text: the heading markers dropped,
 * everything else as it is (the invented edition has no other Markdown syntax).
 */
export function plainTextOf(markdown: string): string {
  return markdown.replace(/^#{1,6}[ \t]+/gm, '');
}

/** The paragraphs of a text: its blocks between blank lines, trimmed. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

/** The paragraphs of `text` spread over `pages` pages in order, as pdfOf lays them out. */
export function paragraphsPerPage(text: string, pages: number): string[][] {
  const paragraphs = paragraphsOf(text);
  return Array.from({ length: pages }, (_, page) =>
    paragraphs.slice(
      Math.floor((page * paragraphs.length) / pages),
      Math.floor(((page + 1) * paragraphs.length) / pages),
    ),
  );
}

/**
 * A PDF of `text` in Helvetica (its WinAnsi encoding has è, é, ë and €), one paragraph after
 * the other, spread over `pages` pages (1 unless said). The page is wide and the font small
 * so that pdfkit wraps no paragraph of the invented edition: each is one line of the PDF,
 * and its sentences stay verbatim in the text layer. `encryptWithPassword` sets the password
 * needed to open it.
 */
export function pdfOf(
  text: string,
  options: { encryptWithPassword?: string; pages?: number } = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: [1600, 1000],
    margin: 50,
    // Fixed, so that the same text makes the same file.
    info: { CreationDate: new Date('2015-06-01T00:00:00Z') },
    ...(options.encryptWithPassword === undefined
      ? {}
      : { userPassword: options.encryptWithPassword, ownerPassword: 'owner-password' }),
  });
  return render(doc, () => {
    doc.font('Helvetica').fontSize(10);
    paragraphsPerPage(text, options.pages ?? 1).forEach((paragraphs, page) => {
      if (page > 0) doc.addPage();
      for (const paragraph of paragraphs) doc.text(paragraph).moveDown();
    });
  });
}

/**
 * A PDF that can be opened by anyone but is encrypted against editing: an owner password and
 * no user password, as many published reports are.
 */
export function pdfLockedAgainstEditing(text: string): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [1600, 1000], margin: 50, ownerPassword: 'owner-only' });
  return render(doc, () => {
    doc.font('Helvetica').fontSize(10);
    for (const paragraph of paragraphsOf(text)) doc.text(paragraph).moveDown();
  });
}

/**
 * A PDF whose first line is drawn in pieces: "Het Platform Tech" and a bold "niek" that
 * touch (one word in two fonts), " doet mee.", and "Tweede kolom" far to the right on the
 * same baseline; then a second line "Volgende regel".
 */
export function pdfOfPiecedLine(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: [1600, 1000], margin: 50 });
  return render(doc, () => {
    doc.font('Helvetica').fontSize(10);
    doc.text('Het Platform Tech', 50, 100, { continued: true, lineBreak: false });
    doc.font('Helvetica-Bold').text('niek', { continued: true });
    doc.font('Helvetica').text(' doet mee.', { lineBreak: false });
    doc.text('Tweede kolom', 600, 100, { lineBreak: false });
    doc.text('Volgende regel', 50, 130, { lineBreak: false });
  });
}

/** A one-page PDF with only a picture on it (a PNG made here), as a scan without OCR is. */
export function imageOnlyPdf(): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  return render(doc, () => {
    doc.image(grayPng(64, 48), 50, 50, { width: 320 });
  });
}

/**
 * A simple HTML page of a Markdown text of headings and paragraphs, written by hand the way
 * a web page is: a head with a title, paragraphs wrapped over indented source lines, some
 * characters as entities (&egrave;, &euro;), and a <script> and a <style> in the body whose
 * content (SCRIPT-MARKER, STYLE-MARKER) must not show up in the text.
 */
export function htmlOf(markdown: string): string {
  const body = paragraphsOf(markdown).map((block) => {
    const heading = /^(#{1,6})[ \t]+(.*)$/.exec(block);
    if (heading) {
      const level = heading[1]!.length;
      return `    <h${level}>${htmlEscape(heading[2]!)}</h${level}>`;
    }
    return `    <p>\n${wrapped(htmlEscape(block), '      ')}\n    </p>`;
  });
  const title = htmlEscape(/^#[ \t]+(.*)$/m.exec(markdown)?.[1] ?? 'Rapport');
  return [
    '<!DOCTYPE html>',
    '<html lang="nl">',
    '  <head>',
    '    <meta charset="utf-8">',
    `    <title>${title}</title>`,
    '  </head>',
    '  <body>',
    '    <style>body { font-family: sans-serif; } /* STYLE-MARKER */</style>',
    '    <script>document.body.dataset.marker = "SCRIPT-MARKER <p>niet zichtbaar</p>";</script>',
    '    <main>',
    ...body,
    '    </main>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}

/** The bytes of `text` in ISO-8859-1 (Latin-1); a character outside it is an error. */
export function latin1Bytes(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code > 0xff)
      throw new Error(`latin1Bytes: ${char} (U+${code.toString(16)}) is not Latin-1`);
    return code;
  });
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  è: '&egrave;',
  '€': '&euro;',
};

function htmlEscape(text: string): string {
  return text.replace(/[&<>è€]/g, (char) => ENTITIES[char]!);
}

/** Words wrapped at about 72 characters, each line indented. */
function wrapped(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && line.length + word.length + 1 > 72) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

function render(doc: PDFKit.PDFDocument, draw: () => void): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    draw();
    doc.end();
  });
}

/** A grayscale PNG of a diagonal gradient, built byte by byte. */
function grayPng(width: number, height: number): Buffer {
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y += 1) {
    rows[y * (width + 1)] = 0; // filter: none
    for (let x = 0; x < width; x += 1) rows[y * (width + 1) + 1 + x] = (x + y) * 2;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // colour type: grayscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length, 0);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData), 0);
  return Buffer.concat([length, typeAndData, crc]);
}
