/**
 * Turning an uploaded report file into its text (issue 22): every extraction path keeps the
 * invented edition's sentences verbatim, the hashes pin bytes and text, and every refusal is
 * produced by a real bad file whose message names the file and the place.
 */
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SOURCE_FILE_LIMITS,
  SourceFileError,
  extractSourceText,
  mediaTypeOf,
  type SourceFileErrorCode,
  type SourceMediaType,
} from '../../../src/modules/sources/source-files.ts';
import {
  INVENTED_EDITION_MARKDOWN,
  INVENTED_EDITION_SENTENCES,
  htmlOf,
  imageOnlyPdf,
  latin1Bytes,
  paragraphsPerPage,
  pdfLockedAgainstEditing,
  pdfOf,
  pdfOfPiecedLine,
  plainTextOf,
} from '../../support/report-files.ts';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const INVENTED_PLAIN = plainTextOf(INVENTED_EDITION_MARKDOWN);

/** The SourceFileError `promise` rejects with (failing the test if it resolves). */
async function refusal(promise: Promise<unknown>): Promise<SourceFileError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error, 'expected a SourceFileError').toBeInstanceOf(SourceFileError);
  return error as SourceFileError;
}

async function expectRefusal(
  promise: Promise<unknown>,
  code: SourceFileErrorCode,
  file: string,
): Promise<SourceFileError> {
  const error = await refusal(promise);
  expect(error.code).toBe(code);
  expect(error.file).toBe(file);
  expect(error.message).toContain(file);
  return error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('extractSourceText on the invented edition', () => {
  const editions: [string, SourceMediaType, () => Promise<Uint8Array>][] = [
    ['voortgang-2015.txt', 'text/plain', async () => utf8(INVENTED_PLAIN)],
    ['voortgang-2015.md', 'text/markdown', async () => utf8(INVENTED_EDITION_MARKDOWN)],
    ['voortgang-2015.html', 'text/html', async () => utf8(htmlOf(INVENTED_EDITION_MARKDOWN))],
    ['voortgang-2015.pdf', 'application/pdf', () => pdfOf(INVENTED_PLAIN)],
  ];

  it.each(editions)(
    'keeps the sentences of %s verbatim and pins its bytes and text',
    async (file, mediaType, build) => {
      const bytes = await build();
      const extracted = await extractSourceText(bytes, file);
      expect(extracted.mediaType).toBe(mediaType);
      for (const sentence of INVENTED_EDITION_SENTENCES) expect(extracted.text).toContain(sentence);
      // The characters Helvetica's encoding and the HTML entities must carry through.
      expect(extracted.text).toContain('Het Platform Bèta Techniek ontwikkelt');
      expect(extracted.text).toContain('stelt hiervoor € 2,5 miljoen beschikbaar');
      expect(extracted.fileSha256).toBe(sha256(bytes));
      expect(extracted.textSha256).toBe(sha256(utf8(extracted.text)));
      expect(extracted.byteLength).toBe(bytes.byteLength);
      expect(extracted.text).toBe(extracted.text.normalize('NFC'));
      expect(extracted.text).not.toMatch(/\r/);
      expect(extracted.pages !== undefined).toBe(mediaType === 'application/pdf');
    },
  );

  it('gives the Markdown and the HTML page the same prose: what a reader sees of either', async () => {
    const fromMarkdown = await extractSourceText(utf8(INVENTED_EDITION_MARKDOWN), 'v.md');
    const fromHtml = await extractSourceText(utf8(htmlOf(INVENTED_EDITION_MARKDOWN)), 'v.html');
    // Headings without their #, paragraphs between blank lines: the plain text itself.
    expect(fromMarkdown.text).toBe(INVENTED_PLAIN.trim());
    expect(fromHtml.text).toBe(INVENTED_PLAIN.trim());
  });

  it('shows nothing of the HTML head, scripts or styles', async () => {
    const { text } = await extractSourceText(utf8(htmlOf(INVENTED_EDITION_MARKDOWN)), 'v.html');
    expect(text).not.toContain('SCRIPT-MARKER');
    expect(text).not.toContain('niet zichtbaar');
    expect(text).not.toContain('STYLE-MARKER');
    expect(text).not.toContain('font-family');
    // The <title> repeats the <h1>: it is there once, as the heading.
    expect(text.split('Voortgangsrapportage Techniekpact 2015').length).toBe(2);
  });

  it('reads a PDF without pdf.js printing a warning (its standard fonts come from the package)', async () => {
    const printed = ['log', 'info', 'warn', 'error'].map((method) =>
      vi.spyOn(console, method as 'log').mockImplementation(() => {}),
    );
    await extractSourceText(await pdfOf(INVENTED_PLAIN), 'voortgang-2015.pdf');
    for (const spy of printed) expect(spy.mock.calls).toEqual([]);
  });

  it('leaves a Buffer it is given as it was (pdf.js reads a copy)', async () => {
    const bytes = Buffer.from(await pdfOf(INVENTED_PLAIN));
    const before = sha256(bytes);
    const extracted = await extractSourceText(bytes, 'voortgang-2015.pdf');
    expect(bytes.byteLength).toBeGreaterThan(0);
    expect(sha256(bytes)).toBe(before);
    expect(extracted.fileSha256).toBe(before);
  });

  it('reads a PDF that is encrypted only against editing (no password to open it)', async () => {
    const extracted = await extractSourceText(
      await pdfLockedAgainstEditing(INVENTED_PLAIN),
      'beveiligd.pdf',
    );
    for (const sentence of INVENTED_EDITION_SENTENCES) expect(extracted.text).toContain(sentence);
  });
});

describe('the pages of a PDF', () => {
  it("gives each page's half-open range in the text, pages joined by a blank line", async () => {
    const onPages = paragraphsPerPage(INVENTED_PLAIN, 2);
    const extracted = await extractSourceText(
      await pdfOf(INVENTED_PLAIN, { pages: 2 }),
      'twee-paginas.pdf',
    );
    const [first, second] = extracted.pages ?? [];
    expect(extracted.pages).toHaveLength(2);
    expect(first).toEqual({ page: 1, start: 0, end: expect.any(Number) });
    expect(second).toEqual({ page: 2, start: first!.end + 2, end: extracted.text.length });
    // pdf.js marks each line's end; the PDF's lines are the paragraphs.
    expect(extracted.text.slice(first!.start, first!.end)).toBe(onPages[0]!.join('\n'));
    expect(extracted.text.slice(second!.start, second!.end)).toBe(onPages[1]!.join('\n'));
    expect(extracted.text.slice(first!.end, second!.start)).toBe('\n\n');
    expect(extracted.text.slice(first!.start, first!.end)).toContain(INVENTED_EDITION_SENTENCES[0]);
    expect(extracted.text.slice(second!.start, second!.end)).toContain(
      INVENTED_EDITION_SENTENCES[1],
    );
  });
});

describe('the text items of a PDF line', () => {
  it('keeps a word drawn in two fonts one word, and puts a space where the line has a gap', async () => {
    const { text } = await extractSourceText(await pdfOfPiecedLine(), 'stukjes.pdf');
    expect(text).toBe('Het Platform Techniek doet mee. Tweede kolom\nVolgende regel');
  });
});

describe('plain text is kept as written', () => {
  it('drops a UTF-8 BOM, makes line endings \\n and composes characters (NFC), nothing else', async () => {
    const written = '\ufeffEen  regel met   spaties \r\nCafe\u0301 en\rde\u0301 *ster*\r\n\r\n';
    const extracted = await extractSourceText(utf8(written), 'notitie.txt');
    expect(extracted.text).toBe('Een  regel met   spaties \nCafé en\ndé *ster*\n\n');
    expect(extracted.textSha256).toBe(sha256(utf8(extracted.text)));
    expect(extracted.fileSha256).toBe(sha256(utf8(written)));
    expect(extracted.fileSha256).not.toBe(extracted.textSha256);
  });
});

describe('Markdown becomes the prose of its rendered page', () => {
  it('drops heading, emphasis, code and list markers, keeps link text, one list item a line', async () => {
    const markdown = [
      '# Kop met *nadruk*',
      '',
      'Een zin met **vet**, _schuin_, ~~weg~~, `code` en [een link](https://example.org "titel")',
      'die doorloopt op de volgende regel, AT&amp;T en \\*geen nadruk\\*. ![plaatje](p.png)',
      '',
      '- punt een',
      '- punt **twee**',
      '  1. genest',
      '',
      '> Een citaat.',
      '',
      '| kolom | andere |',
      '| ----- | ------ |',
      '| a     | b      |',
      '',
      '```',
      'code  blok',
      '```',
      '',
      'Regel met harde  ',
      'break.',
    ].join('\n');
    const { text } = await extractSourceText(utf8(markdown), 'opmaak.md');
    expect(text).toBe(
      [
        'Kop met nadruk',
        '',
        'Een zin met vet, schuin, weg, code en een link die doorloopt op de volgende regel, AT&T en *geen nadruk*.',
        '',
        'punt een',
        'punt twee',
        'genest',
        '',
        'Een citaat.',
        '',
        'kolom\tandere',
        'a\tb',
        '',
        'code  blok',
        '',
        'Regel met harde',
        'break.',
      ].join('\n'),
    );
  });
});

describe('HTML becomes the text a browser shows', () => {
  it('decodes entities, breaks lines at blocks, collapses spaces, keeps at most one blank line', async () => {
    const html = [
      '<html><head><title>Titel</title><style>p { color: red }</style></head><body>',
      '<noscript>Zet JavaScript aan</noscript><template><p>sjabloon</p></template>',
      '<h1>Kop   &amp;   titel</h1>',
      '<div><p>Een   <b>zin</b>',
      '      over twee&nbsp;regels, &euro;&nbsp;5 &#8211; caf&eacute;.</p></div>',
      '<section><article><p>Diep</p></article></section>',
      '<p></p><p></p><div></div>',
      '<ul><li>een</li><li>twee <i>drie</i></li></ul>',
      'a<br>b<br><br>c',
      '<table><tr><th>x</th><th>y</th></tr><tr><td>1</td><td> 2 </td></tr></table>',
      '<pre>  ingesprongen\n    code</pre>',
      '<script>alert("nee")</script></body></html>',
    ].join('\n');
    const { text } = await extractSourceText(utf8(html), 'pagina.htm');
    expect(text).toBe(
      [
        'Kop & titel',
        '',
        'Een zin over twee regels, € 5 – café.',
        '',
        'Diep',
        '',
        'een',
        'twee drie',
        '',
        'a',
        'b',
        '',
        'c',
        '',
        'x\ty',
        '1\t2',
        '',
        '  ingesprongen',
        '    code',
      ].join('\n'),
    );
  });
});

describe('mediaTypeOf', () => {
  it.each([
    ['rapport.txt', null, 'text/plain'],
    ['rapport.TEXT', null, 'text/plain'],
    ['rapport.md', 'text/plain', 'text/markdown'],
    ['rapport.markdown', undefined, 'text/markdown'],
    ['map/rapport.HTML', undefined, 'text/html'],
    ['rapport.htm', undefined, 'text/html'],
    ['rapport.pdf', 'application/octet-stream', 'application/pdf'],
    ['upload', 'application/pdf', 'application/pdf'],
    ['upload.bin', 'text/markdown; charset=utf-8', 'text/markdown'],
    ['upload', 'Text/HTML', 'text/html'],
  ] as const)('takes %s (declared %s) for %s', (file, declared, expected) => {
    expect(mediaTypeOf(file, declared)).toBe(expected);
  });

  it('refuses a type it cannot read, naming the file, its extension and the declared type', () => {
    const thrown = (() => {
      try {
        mediaTypeOf('rapport.docx', 'application/vnd.openxmlformats');
      } catch (error) {
        return error;
      }
    })();
    expect(thrown).toBeInstanceOf(SourceFileError);
    const error = thrown as SourceFileError;
    expect(error.code).toBe('UNSUPPORTED_TYPE');
    expect(error.message).toContain('rapport.docx');
    expect(error.message).toContain('.docx');
    expect(error.message).toContain('application/vnd.openxmlformats');
  });

  it('recognises a PDF by its %PDF- bytes whatever its name says', async () => {
    const extracted = await extractSourceText(await pdfOf(INVENTED_PLAIN), 'upload.bin', {
      mediaType: 'application/octet-stream',
    });
    expect(extracted.mediaType).toBe('application/pdf');
    expect(extracted.text).toContain(INVENTED_EDITION_SENTENCES[0]);
  });
});

describe('the refusals, each made by a real bad file', () => {
  it('EMPTY: a file of 0 bytes', async () => {
    await expectRefusal(extractSourceText(new Uint8Array(0), 'leeg.txt'), 'EMPTY', 'leeg.txt');
  });

  it.each([
    ['wit.txt', ' \n\t\r\n\u00a0\n'],
    ['wit.md', '\ufeff\n\n   \n'],
    [
      'leeg.html',
      '<html><head><title>Alleen een titel</title></head><body> <script>x()</script> </body></html>',
    ],
    ['alleen-plaatje.md', '![een grafiek](grafiek.png)\n'],
  ])('EMPTY: %s shows no text', async (file, content) => {
    await expectRefusal(extractSourceText(utf8(content), file), 'EMPTY', file);
  });

  it('TOO_LARGE: over the default 20 MiB, saying the size and the limit', async () => {
    expect(DEFAULT_SOURCE_FILE_LIMITS.maxBytes).toBe(20 * 1024 * 1024);
    const bytes = new Uint8Array(DEFAULT_SOURCE_FILE_LIMITS.maxBytes + 1).fill(0x61);
    const error = await expectRefusal(
      extractSourceText(bytes, 'groot.txt'),
      'TOO_LARGE',
      'groot.txt',
    );
    expect(error.message).toContain(`${bytes.byteLength} bytes`);
    expect(error.message).toContain('20 MiB (20971520 bytes)');
  });

  it('TOO_LARGE: over a limit of the caller, before the file is parsed', async () => {
    // Not a valid PDF: a parse would say MALFORMED_PDF, so TOO_LARGE shows it was not parsed.
    const bytes = utf8('%PDF-1.7\n' + 'x'.repeat(200));
    const error = await expectRefusal(
      extractSourceText(bytes, 'kapot-en-groot.pdf', { limits: { maxBytes: 100 } }),
      'TOO_LARGE',
      'kapot-en-groot.pdf',
    );
    expect(error.message).toContain(`${bytes.byteLength} bytes`);
    expect(error.message).toContain('the limit is 100 bytes');
  });

  it('NOT_UTF8: a Latin-1 file, with the line, column and byte offset of its first è', async () => {
    const latin1 = INVENTED_PLAIN.replace('€', 'EUR');
    const index = latin1.indexOf('è');
    const line = latin1.slice(0, index).split('\n').length;
    const column = index - latin1.lastIndexOf('\n', index);
    const error = await expectRefusal(
      extractSourceText(latin1Bytes(latin1), 'latin1.txt'),
      'NOT_UTF8',
      'latin1.txt',
    );
    // Every character before the è is ASCII: its byte offset is its index.
    expect(error.detail).toEqual({ line, column, byteOffset: index });
    expect(error.message).toContain(`line ${line}, column ${column} (byte offset ${index})`);
    expect(error.message).toContain('0xE8');
  });

  it('NOT_UTF8: counts the column in characters and the offset in bytes, after a BOM', async () => {
    // "één\n" is 6 bytes and "Café " 6 more; on line 2 the bad byte is the 6th character.
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('één\nCafé '), 0xff, ...utf8('!')]);
    const error = await expectRefusal(
      extractSourceText(bytes, 'gemengd.md'),
      'NOT_UTF8',
      'gemengd.md',
    );
    expect(error.detail).toEqual({ line: 2, column: 6, byteOffset: 15 });
  });

  it.each([
    ['a truncated sequence at the end', [0x61, 0x62, 0xc3], 2],
    ['an encoded surrogate', [0x61, 0xed, 0xa0, 0x80], 1],
    ['an overlong form', [0xc0, 0xaf], 0],
  ])('NOT_UTF8: finds %s', async (_what, bytes, byteOffset) => {
    const error = await expectRefusal(
      extractSourceText(Uint8Array.from(bytes), 'kapot.txt'),
      'NOT_UTF8',
      'kapot.txt',
    );
    expect(error.detail.byteOffset).toBe(byteOffset);
  });

  it('NOT_UTF8: an HTML page whose <meta> declares another charset, with its place', async () => {
    const html =
      '<html>\n<head>\n  <meta charset="windows-1252">\n</head><body><p>Tekst</p></body></html>';
    const error = await expectRefusal(
      extractSourceText(utf8(html), 'oud.html'),
      'NOT_UTF8',
      'oud.html',
    );
    expect(error.message).toContain('windows-1252');
    expect(error.message).toContain('only UTF-8');
    expect(error.detail).toEqual({ line: 3, column: 3 });
  });

  it('NOT_UTF8: a declared charset other than UTF-8', async () => {
    const error = await expectRefusal(
      extractSourceText(utf8('Tekst'), 'tekst.txt', {
        mediaType: 'text/plain; charset=ISO-8859-1',
      }),
      'NOT_UTF8',
      'tekst.txt',
    );
    expect(error.message).toContain('ISO-8859-1');
  });

  it('UNSUPPORTED_TYPE: a Word file', async () => {
    await expectRefusal(
      extractSourceText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'rapport.docx'),
      'UNSUPPORTED_TYPE',
      'rapport.docx',
    );
  });

  it('ENCRYPTED_PDF: a PDF that needs a password to open', async () => {
    const bytes = await pdfOf(INVENTED_PLAIN, { encryptWithPassword: 'geheim' });
    const error = await expectRefusal(
      extractSourceText(bytes, 'geheim.pdf'),
      'ENCRYPTED_PDF',
      'geheim.pdf',
    );
    expect(error.message).toContain('password');
  });

  it('NO_TEXT_LAYER: a PDF of only a picture, saying how many pages and what to do', async () => {
    const error = await expectRefusal(
      extractSourceText(await imageOnlyPdf(), 'scan.pdf'),
      'NO_TEXT_LAYER',
      'scan.pdf',
    );
    expect(error.message).toContain(
      'image-only PDF? it has 1 page(s) and no text layer; run OCR first',
    );
  });

  it.each([
    ['kapot.pdf', '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog\nendobj\ntrailer\n<<>>\n'],
    ['geen-pdf.pdf', 'Dit is platte tekst met de naam van een PDF.\n'],
  ])('MALFORMED_PDF: %s', async (file, content) => {
    // pdf.js says how it tried to repair the file; that is not this test's output.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = await expectRefusal(
      extractSourceText(utf8(content), file),
      'MALFORMED_PDF',
      file,
    );
    expect(error.message).toContain('not a readable PDF');
  });

  it('MALFORMED_PDF: a PDF cut off after a third of its bytes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const whole = await pdfOf(INVENTED_PLAIN);
    const error = await expectRefusal(
      extractSourceText(whole.subarray(0, Math.floor(whole.length / 3)), 'afgebroken.pdf'),
      'MALFORMED_PDF',
      'afgebroken.pdf',
    );
    expect(error.message).toContain('afgebroken.pdf');
  });

  it.each([
    ['lang.md', 'text/markdown', async () => utf8(INVENTED_EDITION_MARKDOWN)],
    ['lang.pdf', 'application/pdf', () => pdfOf(INVENTED_PLAIN)],
  ] as const)('TEXT_TOO_LARGE: %s, after extraction', async (file, _type, build) => {
    const error = await expectRefusal(
      extractSourceText(await build(), file, { limits: { maxTextChars: 100 } }),
      'TEXT_TOO_LARGE',
      file,
    );
    expect(error.message).toMatch(/its text has \d+ characters; the limit is 100/);
  });
});
