import { demoUsers, type DemoUser } from '../../../subgraphs/kit/demo/demoUsers';

/** The demo's users (one of each role and scope), and the anonymous public. */
export const callers = { ...demoUsers, public: null } satisfies Record<string, DemoUser | null>;

export type Caller = keyof typeof callers;

/**
 * What a caller gets:
 * - `allowed`: data, no error (and `check` holds);
 * - `hidden`: the object reads as absent (null or an empty list), no error: out of scope never
 *   tells whether it exists;
 * - an error code (`FORBIDDEN`, `NOT_FOUND`, `UNAUTHENTICATED`, ...): that error, at `path` if given.
 */
export type Outcome = 'allowed' | 'hidden' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'BAD_USER_INPUT' | 'CONFLICT';

export interface MatrixCase {
  /** The operation, as a reader of the table would name it. */
  operation: string;
  caller: Caller;
  /** Inside or outside the caller's scope, or not scoped. */
  scope: 'inside' | 'outside' | '—';
  query: string;
  variables?: Record<string, unknown>;
  expect: Outcome;
  /** For `allowed` and `hidden`: what the data must show. */
  check?: (data: Record<string, unknown>) => void;
}
