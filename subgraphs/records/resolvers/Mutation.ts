import type { MutationResolvers } from '../generated/resolversTypes';
import { collectAgencyRecord } from '../mutations/collectAgencyRecord';
import { liftKeySupervision } from '../mutations/liftKeySupervision';
import { placeUnderKeySupervision } from '../mutations/placeUnderKeySupervision';
import { recordClueFinding } from '../mutations/recordClueFinding';
import { recordDishonesty } from '../mutations/recordDishonesty';
import { recordInterview } from '../mutations/recordInterview';
import { revokeRecord } from '../mutations/revokeRecord';
import { sendRiskWarning } from '../mutations/sendRiskWarning';

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
};
