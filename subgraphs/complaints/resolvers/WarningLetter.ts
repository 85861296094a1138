import { requireRole } from '../../kit/identity/authorize';
import { loadByExposedId } from '../../kit/loaders/rowId';
import { complaintsRoles } from '../access/complaintsRoles';
import type { WarningLetterResolvers } from '../generated/resolversTypes';
import { letterEntities, renderWarningLetter } from '../letters/renderWarningLetter';

export const WarningLetter: WarningLetterResolvers = {
  __resolveReference: ({ id }, { identity, loaders }) => {
    requireRole(identity, complaintsRoles.readLetters, 'read warning letters');
    return loadByExposedId(loaders.letterById, id);
  },
  id: ({ id }) => String(id),
  clueCount: async ({ id }, _args, { loaders }) => (await loaders.cluesByLetter.load(id)).length,
  entityCount: async ({ id }, _args, { loaders }) => letterEntities(await loaders.cluesByLetter.load(id)).length,
  entities: async ({ id }, _args, { loaders }) => letterEntities(await loaders.cluesByLetter.load(id)).map(({ uscc }) => ({ uscc })),
  clues: ({ id }, _args, { loaders }) => loaders.cluesByLetter.load(id),
  feedback: ({ id }, _args, { loaders }) => loaders.feedbackByLetter.load(id),
  // Whoever may read the letter (its issuer, its addressee, the national regulator) may read its
  // subjects in clear; the clear reads of subjects without a USCC are logged as for the clues.
  text: async (letter, _args, { loaders }) => {
    const clues = await loaders.cluesByLetter.load(letter.id);
    await Promise.all(clues.filter((clue) => !clue.uscc).map((clue) => loaders.personalDataReads.load(`ImpersonationClue:${clue.id}`)));
    return renderWarningLetter(letter, clues);
  },
};
