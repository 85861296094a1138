import type { MutationResolvers } from '../generated/resolversTypes';
import { answerConfirmation } from '../workflows/answerConfirmation';
import { applyForRepair } from '../workflows/applyForRepair';
import { decideRepair } from '../workflows/decideRepair';
import { requestConfirmation } from '../workflows/requestConfirmation';

/**
 * Each mutation (one file each in workflows/): the caller's role (FORBIDDEN), the input's shape
 * (BAD_USER_INPUT, which tells nothing about any object), the object's scope (NOT_FOUND, as if it
 * did not exist), its state (CONFLICT), then the change and its audit entry in one transaction.
 */
export const Mutation: MutationResolvers = { applyForRepair, requestConfirmation, answerConfirmation, decideRepair };
