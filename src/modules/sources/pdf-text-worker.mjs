/**
 * Runs in a worker thread (pdf-text.ts starts one per PDF): opens the PDF with pdf.js and
 * posts each page's positioned text items back, or the error pdf.js raised.
 *
 * Why a worker: pdf.js's legacy build (the one that runs on Node 20) carries core-js
 * polyfills that replace built-ins on import; its JSON.stringify replacement alone cost
 * the API about 0.35 ms of CPU per neighbourhood request (bench/results/
 * 2026-12-06-editions-before-after.md). A worker has globals of its own, so the API's
 * process never loads pdf.js, and a PDF that makes pdf.js spin is ended by terminating it.
 *
 * Plain JavaScript: a worker starts outside tsx's and vitest's TypeScript loaders.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const PDFJS_DIR = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
/** pdf.js wants its data folders as strings ending in a slash. */
const dataFolder = (name) => join(PDFJS_DIR, name) + '/';

const errorOf = (error, page) => ({
  kind: 'error',
  name: typeof error?.name === 'string' ? error.name : 'Error',
  message: error instanceof Error ? error.message : String(error),
  ...(page === undefined ? {} : { page }),
});

async function read(bytes) {
  const task = getDocument({
    data: bytes,
    // The standard font data matters even for text: a PDF that uses one of the 14 standard
    // fonts without embedding it (pdfkit's Helvetica, many office exports) makes pdf.js
    // print "Ensure that the `standardFontDataUrl` API parameter is provided" without it.
    standardFontDataUrl: dataFolder('standard_fonts'),
    cMapUrl: dataFolder('cmaps'),
    cMapPacked: true,
    wasmUrl: dataFolder('wasm'),
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
      return errorOf(error);
    }
    const pages = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      try {
        const page = await document.getPage(number);
        const content = await page.getTextContent();
        // Only what pageText (pdf-text.ts) reads; marked-content markers have no `str`.
        pages.push(
          content.items
            .filter((item) => 'str' in item)
            .map(({ str, hasEOL, transform, width, height }) => ({
              str,
              hasEOL,
              transform,
              width,
              height,
            })),
        );
        page.cleanup();
      } catch (error) {
        return errorOf(error, number);
      }
    }
    return { kind: 'pages', pages };
  } finally {
    // Destroys the document (if it opened) and the fake worker pdf.js set up for it.
    await task.destroy();
  }
}

parentPort.postMessage(await read(workerData));
