import { readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on every Linux the benchmark runs on (getconf CLK_TCK). */
const TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process has used so far, in seconds; null when it cannot be read
 * (another OS, a process gone). Fields 14 and 15 of /proc/<pid>/stat, counted after the
 * command name, which is in brackets and may itself hold spaces.
 */
export function readCpuSeconds(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const user = Number(fields[11]);
    const system = Number(fields[12]);
    return Number.isFinite(user + system) ? (user + system) / TICKS_PER_SECOND : null;
  } catch {
    return null;
  }
}
