import { shownLegalRepresentative } from '../access/shownLegalRepresentative';
import type { CreditCommitmentResolvers } from '../generated/resolversTypes';

export const CreditCommitment: CreditCommitmentResolvers = {
  id: ({ id }) => String(id),
  legalRepresentative: async (commitment, _args, context) =>
    shownLegalRepresentative(context, await context.loaders.institutionByUscc.load(commitment.uscc), `CreditCommitment:${commitment.id}`, commitment.legalRepresentative),
  published: ({ publishedAt }) => publishedAt !== null,
  /** Superseded when the legal representative changes (changeLegalRepresentative). */
  current: ({ supersededAt }) => supersededAt === null,
};
