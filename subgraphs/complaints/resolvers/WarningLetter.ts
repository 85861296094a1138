import { requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import type { ClueEntity } from '../entities/ClueEntity';
import type { WarningLetterResolvers } from '../generated/resolversTypes';

/** The market entities the clues name, once each; clues naming no USCC name no market entity. */
function entitiesOf(clues: ClueEntity[]): string[] {
  return [...new Set(clues.flatMap((clue) => (clue.uscc ? [clue.uscc] : [])))];
}

export const WarningLetter: WarningLetterResolvers = {
  __resolveReference: ({ id }, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readLetters, 'read warning letters');
    return loadByExposedId(loaders.letterById, id);
  },
  id: ({ id }) => String(id),
  clueCount: async ({ id }, _args, { loaders }) => (await loaders.cluesByLetter.load(id)).length,
  entityCount: async ({ id }, _args, { loaders }) => entitiesOf(await loaders.cluesByLetter.load(id)).length,
  entities: async ({ id }, _args, { loaders }) => entitiesOf(await loaders.cluesByLetter.load(id)).map((uscc) => ({ uscc })),
  clues: ({ id }, _args, { loaders }) => loaders.cluesByLetter.load(id),
  feedback: ({ id }, _args, { loaders }) => loaders.feedbackByLetter.load(id),
};
