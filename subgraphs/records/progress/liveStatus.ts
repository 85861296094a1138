import type { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { LedgerStatus } from '../generated/resolversTypes';
import type { BusinessFacts } from './fetchBusinessStatuses';

/** The business statuses that exclude an entity from the ledger (seed, measure 1), with their words. */
export const EXCLUDING_BUSINESS_STATUSES: Readonly<Record<string, string>> = {
  BANKRUPTCY: '进入破产程序',
  ABNORMAL_LOST_CONTACT: '因长期失联被列入异常经营名录',
  DEREGISTERED: '已注销',
  REVOKED: '已吊销',
};

export interface LiveStatus {
  status: LedgerStatus;
  exclusionReason: string | null;
}

/** An entry's status from the entity's business status now (institutions): EXCLUDED when it excludes, else as stored. */
export function liveStatus(entry: Pick<LedgerEntryEntity, 'status' | 'exclusionReason'>, facts: BusinessFacts | undefined): LiveStatus {
  const excluding = facts?.businessStatus ? EXCLUDING_BUSINESS_STATUSES[facts.businessStatus] : undefined;
  if (excluding) return { status: 'EXCLUDED', exclusionReason: facts?.businessStatusReason ? `${excluding}：${facts.businessStatusReason}` : excluding };
  return { status: entry.status, exclusionReason: entry.exclusionReason };
}
