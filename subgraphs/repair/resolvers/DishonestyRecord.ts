import type { DishonestyRecordResolvers } from '../generated/resolversTypes';

export const DishonestyRecord: DishonestyRecordResolvers = {
  __resolveReference: ({ id }) => ({ id }),
  repair: async ({ id }, _args, { loaders }) => (await loaders.casesOfRecord(id))[0] ?? null,
  repaired: async ({ id }, _args, { loaders }) => (await loaders.casesOfRecord(id)).some((c) => c.status === 'APPROVED'),
};
