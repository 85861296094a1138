/** A TCP port from the environment (0 = any free port); a clear error instead of a socket error. */
export function portFromEnv(variable: string, fallback: number, env: NodeJS.ProcessEnv = process.env): number {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!/^\d{1,5}$/.test(text) || port > 65_535) throw new Error(`${variable} must be a port number from 0 to 65535, got "${text}"`);
  return port;
}
