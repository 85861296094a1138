import { demoEntities } from '../../../subgraphs/kit/demo/demoCast';
import type { Identity } from '../../../subgraphs/kit/identity/identity';

/** Demo callers, one of each role and scope (the demo data lives in these regions). */
export const callers = {
  national: { role: 'NATIONAL_REGULATOR', subject: 'ndrc-finance-1' },
  hunan: { role: 'LEAD_UNIT', subject: 'hunan-lead-1', region: '430000' },
  changsha: { role: 'LEAD_UNIT', subject: 'changsha-lead-1', region: '430100' },
  furong: { role: 'LEAD_UNIT', subject: 'furong-lead-1', region: '430102' },
  beijing: { role: 'LEAD_UNIT', subject: 'beijing-lead-1', region: '110000' },
  nanshanMarket: { role: 'INDUSTRY_REGULATOR', subject: 'nanshan-amr-1', region: '440305', sector: '市场监管' },
  court: { role: 'COURT', subject: 'furong-court-1', court: '湘0102' },
  otherCourt: { role: 'COURT', subject: 'chaoyang-court-1', court: '京0105' },
  changshaCredit: { role: 'INSTITUTION', subject: 'changsha-credit-admin', uscc: demoEntities.changshaCredit.uscc },
  beijingRating: { role: 'INSTITUTION', subject: 'beijing-rating-admin', uscc: demoEntities.beijingRating.uscc },
  service: { role: 'SERVICE', subject: 'service:repair', service: 'repair' },
  public: null,
} satisfies Record<string, Omit<Identity, 'clientAddress'> | null>;

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
