/**
 * pdf.js runs in a worker thread: its legacy build replaces built-ins on import (core-js's
 * JSON.stringify among them, which slowed every API answer), so the API's own globals must
 * stay native after a PDF has been read.
 */
import { describe, expect, it } from 'vitest';
import { readPdfPages } from '../../../src/modules/sources/pdf-text.ts';
import { pdfOf } from '../../support/report-files.ts';

const isNative = (fn: unknown) => Function.prototype.toString.call(fn).includes('[native code]');

describe('readPdfPages', () => {
  it('reads the text layer in a worker and leaves this thread’s built-ins as they were', async () => {
    const stringify = JSON.stringify;
    expect(isNative(stringify)).toBe(true);
    const reading = await readPdfPages(await pdfOf('Actie 1: De leerlijn is afgerond.'));
    expect(reading).toEqual({ kind: 'pages', pages: ['Actie 1: De leerlijn is afgerond.'] });
    expect(JSON.stringify).toBe(stringify);
    expect(isNative(JSON.stringify)).toBe(true);
    expect(isNative(Array.prototype.push)).toBe(true);
  });

  it('a file pdf.js cannot open comes back as a reading, not a throw', async () => {
    const reading = await readPdfPages(new TextEncoder().encode('%PDF-1.7\nnot really'));
    expect(reading.kind).toBe('malformed');
  });

  it('a reading that takes longer than its time is ended, and says so', async () => {
    // 1 ms: the worker cannot even start pdf.js in that time.
    const reading = await readPdfPages(await pdfOf('Actie 1: De leerlijn is afgerond.'), 1);
    expect(reading).toEqual({
      kind: 'malformed',
      reason: 'pdf.js did not finish reading it in 0.001 s',
    });
  });
});
