import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { conflict } from '../../kit/errors';
import { optionalText } from '../../kit/inputs/text';
import { KeySupervisionEntity } from '../entities/KeySupervisionEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { entryToSupervise } from '../progress/entryToSupervise';

/**
 * Places an entry under key supervision (重点监管, seed 二（三）; Annex 1 column 5) with a grade and
 * with or without suspension of its business, or changes the grade: the current period ends as
 * CHANGED (kept in the history) and a new one begins.
 */
export const placeUnderKeySupervision: NonNullable<MutationResolvers['placeUnderKeySupervision']> = async (_parent, { entryId, grade, businessSuspended, note }, context) => {
  const { dataSource, identity, now } = context;
  const text = optionalText('note', note, { max: 2000 });
  const entry = await entryToSupervise(context, entryId, 'be placed under key supervision');
  const at = now();
  try {
    await inTransaction(dataSource, async (manager) => {
      const current = await manager.findOneBy(KeySupervisionEntity, { currentOf: entry.id });
      if (current && current.grade === grade && current.businessSuspended === businessSuspended && current.note === text) {
        throw conflict(`ledger entry ${entryId} is already under key supervision with grade ${grade}${businessSuspended ? ', business suspended' : ''}`);
      }
      if (current) {
        const ended = await manager.update(
          KeySupervisionEntity,
          { id: current.id, currentOf: entry.id },
          { currentOf: null, endedAt: at, endKind: 'CHANGED', endReason: `grade ${grade}${businessSuspended ? ', business suspended' : ''}`, endedBy: identity.subject },
        );
        if (!ended.affected) throw conflict(`ledger entry ${entryId}'s key supervision changed meanwhile; read it again`);
      }
      await manager.insert(KeySupervisionEntity, {
        entryId: entry.id, currentOf: entry.id, grade, businessSuspended, note: text, since: at, placedBy: identity.subject,
        endedAt: null, endKind: null, endReason: null, endedBy: null,
      });
      await recordAudit(manager, identity, {
        operation: 'placeUnderKeySupervision',
        objectType: 'LedgerEntry',
        objectId: entry.id,
        summary: `${current ? `changed key supervision from grade ${current.grade} to` : 'placed under key supervision with'} grade ${grade}, business ${businessSuspended ? 'suspended' : 'not suspended'} (entry of ${entry.uscc} in ${entry.region})`,
      }, at);
    });
  } catch (error) {
    // A racing placement stored its current period first (unique currentOf).
    if (isUniqueViolation(error)) throw conflict(`ledger entry ${entryId} was placed under key supervision meanwhile; read it again`);
    throw error;
  }
  return entry;
};
