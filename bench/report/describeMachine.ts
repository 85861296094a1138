import { readFileSync } from 'node:fs';
import { cpus, release, totalmem, type as osType, version as osVersion } from 'node:os';
import { join } from 'node:path';
import type { BenchResults } from './benchResults';

/** The packages whose versions the figures depend on. */
const PACKAGES = ['@apollo/gateway', '@apollo/server', '@graphql-hive/gateway-runtime', '@graphql-mesh/transport-http', 'graphql', 'typeorm', 'mysql2', 'better-sqlite3', 'autocannon'];

/** The distribution's name from /etc/os-release (Linux), when there is one. */
function distribution(): string | null {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? null;
  } catch {
    return null;
  }
}

export function describeMachine(): BenchResults['machine'] {
  const all = cpus();
  return {
    cpuModel: all[0]?.model.trim() ?? 'unknown',
    cores: all.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: distribution() ?? `${osType()} ${osVersion()}`,
    kernel: release(),
  };
}

/** Installed versions, read from node_modules (what ran, not what package.json allows). */
export function packageVersions(root: string): Record<string, string> {
  const versions: Record<string, string> = {};
  for (const name of PACKAGES) {
    try {
      const manifest: unknown = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
      versions[name] = typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string' ? manifest.version : 'unknown';
    } catch {
      versions[name] = 'not installed';
    }
  }
  return versions;
}
