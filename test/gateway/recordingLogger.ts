import type { Logger } from '../../gateway/Logger';

/** A logger that keeps what it is told instead of printing it. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (...parts: unknown[]) => {
    lines.push(parts.map(String).join(' '));
  };
  return { lines, debug: () => undefined, info: () => undefined, warn: record, error: record };
}
