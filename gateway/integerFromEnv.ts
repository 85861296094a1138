/** A whole number from `env[variable]` within min..max; `fallback` when unset or empty, else an error naming the variable. */
export function integerFromEnv(env: NodeJS.ProcessEnv, variable: string, fallback: number, min: number, max: number): number {
  const text = env[variable];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new Error(`${variable} must be an integer from ${min} to ${max}, got "${text}"`);
  }
  return value;
}
