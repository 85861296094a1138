import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { recordsRoles } from '../access/recordsRoles';
import { riskWarningPeriods } from '../config/riskWarningPeriods';
import type { QueryResolvers } from '../generated/resolversTypes';
import { exitAllowed } from '../progress/exitAllowed';
import { inLedgerSince } from '../progress/inLedgerSince';
import { loadLiveLedger } from '../progress/loadLiveLedger';
import type { RiskWarningCandidateView } from '../progress/RiskWarningCandidateView';
import { todayOf } from '../store/todayOf';

/**
 * The entries of a region still IN_LEDGER (business status read live) whose configured time has
 * run out and whose exit criteria are not all met (judged as exitCheck, from every agency's facts
 * now), oldest due first (seed 二（三）: 对一定时间内仍未完成整改的治理对象).
 */
export const riskWarningCandidates: NonNullable<QueryResolvers['riskWarningCandidates']> = async (_parent, { region }, context) => {
  const { identity, loaders } = context;
  requireRole(identity, recordsRoles.readRiskWarningCandidates, 'list risk warning candidates');
  if (!inRegionScope(identity, region)) throw forbidden(`the ledger of ${region} is outside the region of this ${identity.role} (${identity.region})`);
  const today = todayOf(context);
  const inLedger = (await loadLiveLedger(context, region)).filter((live) => live.status === 'IN_LEDGER').map((live) => live.entry);
  const candidates = await Promise.all(inLedger.map(async (entry): Promise<RiskWarningCandidateView | null> => {
    const since = await inLedgerSince(loaders, entry);
    const dueOn = riskWarningPeriods().dueOn(since);
    return dueOn !== null && dueOn <= today ? { entry, inLedgerSince: since, dueOn } : null;
  }));
  const due = candidates.filter((candidate): candidate is RiskWarningCandidateView => candidate !== null);
  const { allowed } = await exitAllowed(context, due.map(({ entry }) => entry));
  return due
    .filter(({ entry }) => !allowed.get(entry.id))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.entry.id - b.entry.id);
};
