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
    return loadByExposedId(loaders.of(identity).letterById, id);
  },
  id: ({ id }) => String(id),
  clueCount: async ({ id }, _args, { identity, loaders }) => (await loaders.of(identity).cluesByLetter.load(id)).length,
  entityCount: async ({ id }, _args, { identity, loaders }) => entitiesOf(await loaders.of(identity).cluesByLetter.load(id)).length,
  entities: async ({ id }, _args, { identity, loaders }) => entitiesOf(await loaders.of(identity).cluesByLetter.load(id)).map((uscc) => ({ uscc })),
  clues: ({ id }, _args, { identity, loaders }) => loaders.of(identity).cluesByLetter.load(id),
  feedback: ({ id }, _args, { identity, loaders }) => loaders.of(identity).feedbackByLetter.load(id),
};
