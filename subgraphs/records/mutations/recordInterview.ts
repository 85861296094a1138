import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput } from '../../kit/errors';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { requiredText, textList } from '../../kit/inputs/text';
import { recordsRoles } from '../access/recordsRoles';
import { InterviewEntity } from '../entities/InterviewEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { shanghaiDate } from '../../kit/calendar/shanghaiDate';

const MAX_UNITS = 10;

/**
 * An interview (约谈, seed measure 2) held by one or more units, recorded into the entity's credit
 * record by the lead unit of `input.region` (or the national regulator): it shows in
 * MarketEntity.interviews and in the entity's ledger entry of that region.
 */
export const recordInterview: NonNullable<MutationResolvers['recordInterview']> = async (_parent, { input }, { dataSource, identity, now }) => {
  requireRole(identity, recordsRoles.recordInterview, 'record interviews');
  if (!inRegionScope(identity, input.region)) {
    throw forbidden(`a ${identity.role} of ${identity.region} may not record interviews in region ${input.region}`);
  }
  const units = [...new Set(textList('input.units', input.units, { max: 200 }, MAX_UNITS))];
  if (!units.length) throw badUserInput('input.units', 'must name at least one unit that held the interview');
  const at = now();
  if (input.conductedAt > shanghaiDate(at)) throw badUserInput('input.conductedAt', 'must not be in the future');
  const summary = requiredText('input.summary', input.summary, { max: 5000 });
  return inTransaction(dataSource, async (manager) => {
    const saved = await manager.save(manager.create(InterviewEntity, { uscc: input.subjectUscc, region: input.region, units, conductedAt: input.conductedAt, summary }));
    await recordAudit(manager, identity, {
      operation: 'recordInterview',
      objectType: 'Interview',
      objectId: saved.id,
      summary: `recorded an interview of ${input.subjectUscc} in region ${input.region} held by ${units.length} unit(s) on ${input.conductedAt}`,
    }, at);
    return saved;
  });
};
