/** Where the gateway writes what operators need and clients must not see; `console` fits. */
export type Logger = Pick<Console, 'debug' | 'info' | 'warn' | 'error'>;
