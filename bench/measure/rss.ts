/** Resident memory of a process from /proc (Linux): now, and the high-water mark. */
import { readFileSync } from 'node:fs';

export interface Rss {
  readonly rssMb: number;
  readonly peakMb: number;
}

export function readRss(pid: number): Rss | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}
