/** What a result says of the machine it ran on: the same facts in every benchmark's report. */
import { cpus, loadavg, totalmem } from 'node:os';
import type { Machine } from '../report/results.ts';

/** The machine now; `loadAverageStart` was taken when the run began. */
export function machineFacts(loadAverageStart: readonly number[]): Machine {
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverageStart,
    loadAverageEnd: loadavg(),
  };
}
