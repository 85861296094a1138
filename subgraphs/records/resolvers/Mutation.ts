import type { MutationResolvers } from '../generated/resolversTypes';
import { collectAgencyRecord } from '../mutations/collectAgencyRecord';
import { liftKeySupervision } from '../mutations/liftKeySupervision';
import { placeUnderKeySupervision } from '../mutations/placeUnderKeySupervision';
import { decideLedgerExit } from '../mutations/decideLedgerExit';
import { recordClueFinding } from '../mutations/recordClueFinding';
import { recordDishonesty } from '../mutations/recordDishonesty';
import { recordInterview } from '../mutations/recordInterview';
import { revokeRecord } from '../mutations/revokeRecord';
import { sendRiskWarning } from '../mutations/sendRiskWarning';
import { screenLedger } from '../mutations/screenLedger';
import { updateLedgerEntry } from '../mutations/updateLedgerEntry';
import { submitLedgerReport } from '../mutations/submitLedgerReport';

/** Each mutation's rules are in its own file under ../mutations. */
export const Mutation: MutationResolvers = {
  recordDishonesty,
  revokeRecord,
  recordInterview,
  collectAgencyRecord,
  recordClueFinding,
  placeUnderKeySupervision,
  liftKeySupervision,
  sendRiskWarning,
  decideLedgerExit,
  screenLedger,
  updateLedgerEntry,
  submitLedgerReport,
};
