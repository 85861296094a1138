import { readdirSync, readFileSync } from 'node:fs';

const SERVER_NAMES = new Set(['mariadbd', 'mysqld']);
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The MySQL/MariaDB server's pid when it runs on this machine (its CPU time is part of every
 * figure), or null: a remote server, or none found in /proc.
 */
export function findLocalDatabasePid(mysqlUrl: string): number | null {
  if (!URL.canParse(mysqlUrl) || !LOCAL_HOSTS.has(new URL(mysqlUrl).hostname)) return null;
  try {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        if (SERVER_NAMES.has(readFileSync(`/proc/${entry}/comm`, 'utf8').trim())) return Number(entry);
      } catch {
        // The process ended while listed.
      }
    }
  } catch {
    return null;
  }
  return null;
}
