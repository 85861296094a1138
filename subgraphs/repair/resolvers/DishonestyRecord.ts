import { requireRole } from '../../kit/identity/authorize';
import { repairRoles } from '../access/repairRoles';
import type { DishonestyRecordResolvers } from '../generated/resolversTypes';

export const DishonestyRecord: DishonestyRecordResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  repair: async ({ id }, _args, { loaders, identity }) => {
    requireRole(identity, repairRoles.readEntityCases, "read a record's repair");
    return (await loaders.casesOfRecord(id))[0] ?? null;
  },
  repaired: async ({ id }, _args, { loaders, identity }) => {
    requireRole(identity, repairRoles.readEntityFacts, 'read whether a record was repaired');
    return (await loaders.casesOfRecord(id)).some((c) => c.status === 'APPROVED');
  },
};
