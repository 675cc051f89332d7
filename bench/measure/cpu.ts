/**
 * CPU time a process has used, from /proc (Linux): user plus system time of all its
 * threads (the JS thread, the garbage collector's helpers, libuv's pool), in ms. The
 * kernel counts it in ticks of USER_HZ, which is 100 on Linux whatever the kernel's own
 * tick rate, so a reading is exact to 10 ms: over a question's 1-client requests (200 in a
 * reported run) that is a few % of a server's CPU per request.
 */
import { readFileSync } from 'node:fs';

const MS_PER_TICK = 1000 / 100;

export function readCpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (2nd field) is in parentheses and may hold spaces: count from after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of proc(5) (utime, stime) are the 12th and 13th after the name.
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * MS_PER_TICK : null;
  } catch {
    return null;
  }
}
