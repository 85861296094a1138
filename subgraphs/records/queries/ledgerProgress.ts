import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { recordsRoles } from '../access/recordsRoles';
import { ledgerCampaign } from '../config/ledgerCampaign';
import type { QueryResolvers } from '../generated/resolversTypes';
import { ledgerProgressOf } from '../progress/ledgerProgressOf';
import { loadLiveLedger } from '../progress/loadLiveLedger';
import { todayOf } from '../store/todayOf';

/** A region's progress (a lead unit: its region and below), with one level of subregions. */
export const ledgerProgress: NonNullable<QueryResolvers['ledgerProgress']> = async (_parent, { region }, context) => {
  const { identity } = context;
  requireRole(identity, recordsRoles.readProgress, 'read the ledger progress');
  if (!inRegionScope(identity, region)) throw forbidden(`the progress of ${region} is outside the region of this ${identity.role} (${identity.region})`);
  return ledgerProgressOf(region, await loadLiveLedger(context, region), ledgerCampaign(), todayOf(context));
};

/** The whole country's progress, per province. */
export const nationalLedgerProgress: NonNullable<QueryResolvers['nationalLedgerProgress']> = async (_parent, _args, context) => {
  requireRole(context.identity, recordsRoles.readNationalProgress, 'read the national ledger progress');
  return ledgerProgressOf(null, await loadLiveLedger(context, null), ledgerCampaign(), todayOf(context));
};

export const ledgerCampaignQuery: NonNullable<QueryResolvers['ledgerCampaign']> = (_parent, _args, { identity }) => {
  requireRole(identity, recordsRoles.readProgress, 'read the campaign');
  return ledgerCampaign();
};
