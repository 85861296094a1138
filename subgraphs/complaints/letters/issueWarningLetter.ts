import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { forbidden, inRegionScope, requireRole } from '../../kit/identity/authorize';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import { regionCovers } from '../../kit/scalars/regionCode';
import { complaintsRoles } from '../access/complaintsRoles';
import type { ComplaintsContext } from '../context';
import { ClueEntity } from '../entities/ClueEntity';
import { WarningLetterEntity } from '../entities/WarningLetterEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { PHONE } from '../inputs/phonePattern';

const MAX_CLUES = 500;

/** The issuing region: a lead unit's own by default, inside its region when given; the national regulator names it. */
function issuingRegion({ identity }: ComplaintsContext, region: string | null | undefined): string {
  const issuing = region ?? (identity.role === 'LEAD_UNIT' ? identity.region : undefined);
  if (!issuing) throw badUserInput('input.region', 'the issuing lead unit\'s region is required');
  if (!inRegionScope(identity, issuing)) throw forbidden(`a lead unit of ${identity.region ?? 'no region'} may not issue letters for region ${issuing}`);
  return issuing;
}

/** The clue ids, each once, as row ids. */
function clueIdsOf(ids: readonly string[]): number[] {
  if (!ids.length) throw badUserInput('input.clueIds', 'a letter sends at least one clue');
  if (ids.length > MAX_CLUES) throw badUserInput('input.clueIds', `a letter sends at most ${MAX_CLUES} clues`);
  return [...new Set(ids.map((id, i) => parseRowId(`input.clueIds[${i}]`, id)))];
}

/**
 * A warning letter (Annex 3) from a lead unit to one industry regulator, sending collected clues
 * of the issuing region that no letter has sent yet. A clue the caller may not see is NOT_FOUND;
 * one outside the letter's region is BAD_USER_INPUT; one not collected (its complaint not
 * accepted) or already sent is CONFLICT. The clues are claimed by a conditional update, so two
 * letters issued at once never send the same clue.
 */
export const issueWarningLetter: NonNullable<MutationResolvers['issueWarningLetter']> = async (_parent, { input }, context) => {
  const { identity, dataSource, loaders, now } = context;
  requireRole(identity, complaintsRoles.sendClues, 'issue warning letters');
  const region = issuingRegion(context, input.region);
  if (!regionCovers(region, input.recipientRegion)) throw badUserInput('input.recipientRegion', `must be inside the issuing region ${region}`);
  const documentNumber = requiredText('input.documentNumber', input.documentNumber, { max: 100 });
  const letter = {
    documentNumber,
    documentNumberKey: normalizeDocumentNumber(documentNumber),
    region,
    issuingUnit: requiredText('input.issuingUnit', input.issuingUnit, { max: 200 }),
    recipient: requiredText('input.recipient', input.recipient, { max: 200 }),
    recipientRegion: input.recipientRegion,
    sector: requiredText('input.sector', input.sector, { max: 100 }),
    contactName: requiredText('input.contactName', input.contactName, { max: 100 }),
    contactPhone: requiredText('input.contactPhone', input.contactPhone.replace(/\s/g, ''), { max: 32, pattern: PHONE }),
  };
  const ids = clueIdsOf(input.clueIds);
  const clues = await loaders.clueById.loadMany(ids);
  clues.forEach((clue, i) => {
    if (!(clue instanceof ClueEntity)) throw notFound(`impersonation clue ${ids[i]}`);
    if (!regionCovers(region, clue.region)) throw badUserInput('input.clueIds', `clue ${clue.id} belongs to region ${clue.region}, outside the letter's region ${region}`);
    if (clue.collectedAt === null) {
      const why = clue.acceptedAt === null ? 'its complaint is not accepted' : 'its record still waits for records (complaintsOutbox)';
      throw conflict(`clue ${clue.id} is not collected as a record yet (${why}): it cannot be sent on`);
    }
    if (clue.warningLetterId !== null) throw conflict(`clue ${clue.id} was already sent on in warning letter ${clue.warningLetterId}`);
  });
  const issuedAt = now();
  try {
    return await inTransaction(dataSource, async (manager) => {
      const stored = await manager.save(manager.create(WarningLetterEntity, { ...letter, issuedAt }));
      const claimed = await manager
        .createQueryBuilder()
        .update(ClueEntity)
        .set({ warningLetterId: stored.id })
        .where('id IN (:...ids) AND warningLetterId IS NULL', { ids })
        .execute();
      if (claimed.affected !== ids.length) throw conflict('a clue of this letter was sent on in another letter meanwhile: issue it again without that clue');
      await recordAudit(manager, identity, { operation: 'issueWarningLetter', objectType: 'WarningLetter', objectId: stored.id, summary: `warning letter ${documentNumber} to ${letter.recipient} (${letter.recipientRegion}, ${letter.sector}) sending clues ${ids.join(', ')}` }, issuedAt);
      return stored;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`a warning letter numbered ${documentNumber} was already issued`);
    throw error;
  }
};
