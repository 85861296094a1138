import type { BusinessStatus } from '../generated/resolversTypes';
import type { HubFacts } from './hubFacts';

/** The business statuses that take an entity out of the ledger (seed, section 二（一）), in the user's words. */
const EXCLUDING: Readonly<Record<BusinessStatus, string | null>> = {
  OPERATING: null,
  BANKRUPTCY: '已进入破产程序',
  ABNORMAL_LOST_CONTACT: '因长期失联被列入经营异常名录',
  DEREGISTERED: '已注销',
  REVOKED: '已吊销',
};

/**
 * Why the subject is excluded from the ledger now, e.g. 已注销：已办理注销登记 (the business status
 * and institutions' reason), or null when its business status (null: not registered) does not
 * exclude it. Read from the facts institutions owns, never from a copy.
 */
export function exclusionOf(facts: HubFacts | undefined): string | null {
  const status = facts?.businessStatus;
  const label = status ? EXCLUDING[status] : null;
  if (!label) return null;
  return facts?.businessStatusReason ? `${label}：${facts.businessStatusReason}` : label;
}
