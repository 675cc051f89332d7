/**
 * The text layer of a PDF, page by page, read with pdf.js in a worker thread
 * (pdf-text-worker.mjs, which says why). Its legacy build is the one that runs on Node (the
 * modern build assumes browser APIs Node 20 lacks). pdf.js reads everything from the bytes
 * and from its own package's data folders: no `url`, and the font, CMap and wasm data come
 * from the installed pdfjs-dist through `fs`, so nothing goes over the network.
 */
import { Worker } from 'node:worker_threads';

export type PdfReading =
  | { readonly kind: 'pages'; readonly pages: readonly string[] }
  /** The PDF needs a password to open (or an encryption pdf.js cannot undo). */
  | { readonly kind: 'encrypted'; readonly reason: string }
  | { readonly kind: 'malformed'; readonly reason: string; readonly page?: number };

/** What the worker posts back. */
type WorkerAnswer =
  | { readonly kind: 'pages'; readonly pages: readonly (readonly PositionedText[])[] }
  | {
      readonly kind: 'error';
      readonly name: string;
      readonly message: string;
      readonly page?: number;
    };

const WORKER_FILE = new URL('./pdf-text-worker.mjs', import.meta.url);

/** Far longer than reading a report's text takes; a PDF that makes pdf.js spin is ended. */
export const PDF_READ_TIMEOUT_MS = 120_000;

/**
 * The text of each page of the PDF in `bytes`, in page order: the text items in content
 * order, a line break where pdf.js marks the end of a line (`hasEOL`), and a space between
 * two items of one line when the PDF leaves a visible gap between them and neither item
 * brings its own (items of one word in two fonts touch, and stay one word). Trailing spaces
 * of a line are dropped. Errors of the file come back as a reading, never thrown.
 */
export async function readPdfPages(
  bytes: Uint8Array,
  timeoutMs = PDF_READ_TIMEOUT_MS,
): Promise<PdfReading> {
  const answer = await inWorker(bytes, timeoutMs);
  if (answer.kind === 'error') {
    const reading = failure(answer);
    return reading.kind === 'malformed' && answer.page !== undefined
      ? { ...reading, page: answer.page }
      : reading;
  }
  return { kind: 'pages', pages: answer.pages.map(pageText) };
}

function inWorker(bytes: Uint8Array, timeoutMs: number): Promise<WorkerAnswer> {
  return new Promise((resolve, reject) => {
    // A copy: pdf.js takes over (and may detach) the buffer it is given, and refuses a
    // Node Buffer; the caller keeps its bytes.
    const worker = new Worker(WORKER_FILE, { workerData: new Uint8Array(bytes) });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      finish();
      void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          resolve({
            kind: 'error',
            name: 'Timeout',
            message: `pdf.js did not finish reading it in ${timeoutMs / 1000} s`,
          }),
        ),
      timeoutMs,
    );
    worker.once('message', (answer: WorkerAnswer) => settle(() => resolve(answer)));
    // Not the file's fault (the worker could not start, or pdf.js itself broke): thrown.
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the PDF worker exited (code ${code}) without an answer`))),
    );
  });
}

interface PositionedText {
  readonly str: string;
  readonly hasEOL: boolean;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

function pageText(items: readonly PositionedText[]): string {
  let text = '';
  let previous: PositionedText | undefined;
  for (const current of items) {
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
function failure({
  name,
  message,
}: {
  readonly name: string;
  readonly message: string;
}): Exclude<PdfReading, { kind: 'pages' }> {
  if (name === 'PasswordException') {
    return { kind: 'encrypted', reason: 'it is encrypted and needs a password to open' };
  }
  // "Unknown crypto method", "unsupported encryption algorithm": locked all the same.
  if (/crypt/i.test(message)) return { kind: 'encrypted', reason: message };
  return { kind: 'malformed', reason: message };
}
