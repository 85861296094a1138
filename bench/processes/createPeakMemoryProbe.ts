import { readFileSync, writeFileSync } from 'node:fs';

export interface PeakMemoryProbe {
  /** Starts a new measurement period. */
  reset(): void;
  /** The peak resident memory since the last reset, in MiB. */
  peakMiB(): number;
  /** How the peak is known: the kernel's high-water mark, or sampling where it cannot be reset. */
  readonly method: 'VmHWM' | 'sampled VmRSS';
  stop(): void;
}

const SAMPLE_EVERY_MS = 100;

function statusKiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) : 0;
}

/**
 * Peak memory of a process: Linux resets VmHWM (the resident high-water mark) when "5" is written
 * to /proc/<pid>/clear_refs, so each run gets its own peak. Where that write is refused (another
 * kernel, a container without it), VmRSS is sampled every 100 ms instead, which can miss a short spike.
 */
export function createPeakMemoryProbe(pid: number): PeakMemoryProbe {
  const canReset = (() => {
    try {
      writeFileSync(`/proc/${pid}/clear_refs`, '5');
      return true;
    } catch {
      return false;
    }
  })();
  if (canReset) {
    return {
      method: 'VmHWM',
      reset: () => writeFileSync(`/proc/${pid}/clear_refs`, '5'),
      peakMiB: () => statusKiB(pid, 'VmHWM') / 1024,
      stop: () => undefined,
    };
  }
  let peak = 0;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, statusKiB(pid, 'VmRSS'));
    } catch {
      clearInterval(timer);
    }
  }, SAMPLE_EVERY_MS);
  timer.unref();
  return {
    method: 'sampled VmRSS',
    reset: () => {
      peak = statusKiB(pid, 'VmRSS');
    },
    peakMiB: () => Math.max(peak, statusKiB(pid, 'VmRSS')) / 1024,
    stop: () => clearInterval(timer),
  };
}
