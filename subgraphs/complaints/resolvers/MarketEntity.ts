import type { ClueEntity } from '../entities/ClueEntity';
import { requireRole } from '../../kit/identity/authorize';
import { complaintsRoles } from '../access/complaintsRoles';
import type { MarketEntityResolvers } from '../generated/resolversTypes';

/**
 * Every accepted clue counts, also one whose collection still waits in the outbox: a clue not yet
 * in records must not let the entity leave the ledger. A refused complaint's clue never is one,
 * and a refuted one needs nothing more.
 */
async function cluesToSendOn(clues: Promise<ClueEntity[]>): Promise<ClueEntity[]> {
  return (await clues).filter((clue) => clue.acceptedAt !== null && clue.finding !== 'UNFOUNDED');
}

export const MarketEntity: MarketEntityResolvers = {
  __resolveReference: ({ uscc }) => ({ uscc }),
  complaints: ({ uscc }, args, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readEntityComplaints, "read an entity's complaints");
    return loaders.complaintsByUscc.forArgs(args).load(uscc);
  },
  complaintCount: ({ uscc }, _args, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readEntityComplaints, "count an entity's complaints");
    return loaders.complaintCountByUscc.load(uscc);
  },
  impersonationClues: ({ uscc }, _args, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readEntityComplaints, "read an entity's impersonation clues");
    return loaders.cluesByUscc.load(uscc);
  },
  allCluesSentOn: async ({ uscc }, _args, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readCluesSentOn, 'ask whether the clues about an entity were sent on');
    return (await cluesToSendOn(loaders.cluesByUscc.load(uscc))).every((clue) => clue.warningLetterId !== null);
  },
  unsentClueRegions: async ({ uscc }, _args, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readCluesSentOn, 'ask which regions hold clues about an entity not sent on');
    const unsent = (await cluesToSendOn(loaders.cluesByUscc.load(uscc))).filter((clue) => clue.warningLetterId === null);
    return [...new Set(unsent.map((clue) => clue.region))].sort();
  },
};
