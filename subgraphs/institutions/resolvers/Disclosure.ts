import type { DisclosureResolvers } from '../generated/resolversTypes';

export const Disclosure: DisclosureResolvers = {
  id: ({ id }) => String(id),
};
