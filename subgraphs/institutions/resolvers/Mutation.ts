import type { MutationResolvers } from '../generated/resolversTypes';
import { changeLegalRepresentative } from './mutations/changeLegalRepresentative';
import { publishCommitment } from './mutations/publishCommitment';
import { publishDisclosure } from './mutations/publishDisclosure';
import { registerInstitution } from './mutations/registerInstitution';
import { signCommitment } from './mutations/signCommitment';
import { updateBusinessStatus } from './mutations/updateBusinessStatus';

/**
 * Each mutation in its own file under mutations/, named after it. In each: role first, then scope
 * (out of scope is NOT_FOUND), then the input, then the state (CONFLICT naming it), then the
 * write and its audit entry in one transaction.
 */
export const Mutation: MutationResolvers = {
  ...registerInstitution,
  ...updateBusinessStatus,
  ...changeLegalRepresentative,
  ...publishDisclosure,
  ...signCommitment,
  ...publishCommitment,
};
