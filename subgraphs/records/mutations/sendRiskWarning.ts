import { GraphQLError } from 'graphql';
import { In } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { inRegionScope, regionScope, requireRole } from '../../kit/identity/authorize';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { requiredText } from '../../kit/inputs/text';
import { parseRowId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import { riskWarningPeriods } from '../config/riskWarningPeriods';
import { RiskWarningEntity } from '../entities/RiskWarningEntity';
import { RiskWarningEntryEntity } from '../entities/RiskWarningEntryEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { exitAllowed } from '../progress/exitAllowed';
import { inLedgerSince } from '../progress/inLedgerSince';
import { liveStatus } from '../progress/liveStatus';
import { recipientKeyOf } from '../progress/recipientKey';
import { todayOf } from '../store/todayOf';

/** A letter names at most this many entries (one request's worth of the region's candidates). */
const MAX_ENTRIES = 200;

/**
 * Records a risk warning letter (风险提示函, seed 二（三）) sent to a regulator about entries that
 * stayed in the ledger past the configured time. Each entry is checked as it is now (its business
 * status from institutions through the gateway), and each may be named to the same recipient once
 * per stay in the ledger.
 */
export const sendRiskWarning: NonNullable<MutationResolvers['sendRiskWarning']> = async (_parent, args, context) => {
  const { dataSource, identity, loaders, now } = context;
  requireRole(identity, recordsRoles.sendRiskWarning, 'send risk warnings');
  // A lead unit warns the regulators of its own region only; the national regulator any.
  if (!inRegionScope(identity, args.recipientRegion)) {
    throw new GraphQLError(`recipientRegion: a ${identity.role} of ${regionScope(identity)} may not address a regulator of region ${args.recipientRegion}`, {
      extensions: { code: 'FORBIDDEN', field: 'recipientRegion' },
    });
  }
  if (!args.entryIds.length) throw badUserInput('entryIds', 'must name at least one ledger entry');
  if (args.entryIds.length > MAX_ENTRIES) throw badUserInput('entryIds', `must name at most ${MAX_ENTRIES} entries`);
  const ids = [...new Set(args.entryIds.map((id) => parseRowId('entryIds', id)))];
  const recipient = requiredText('recipient', args.recipient, { max: 200 });
  const sector = requiredText('sector', args.sector, { max: 100 });
  const documentNumber = requiredText('documentNumber', args.documentNumber, { max: 100 });
  const documentKey = normalizeDocumentNumber(documentNumber);
  const recipientKey = recipientKeyOf(args.recipientRegion, recipient);

  const entries = await loaders.ledgerEntryById.loadMany(ids);
  const found = entries.map((entry, i) => {
    if (entry instanceof Error) throw entry;
    if (!entry) throw notFound(`ledger entry ${ids[i]}`);
    return entry;
  });
  const { allowed, facts } = await exitAllowed(context, found);
  const today = todayOf(context);
  const named = await Promise.all(found.map(async (entry) => {
    const { status, exclusionReason } = liveStatus(entry, facts.get(entry.uscc));
    if (status !== 'IN_LEDGER') throw conflict(`ledger entry ${entry.id} is ${status}${exclusionReason ? ` (${exclusionReason})` : ''}: a risk warning is only for entries IN_LEDGER`);
    const since = await inLedgerSince(loaders, entry);
    const dueOn = riskWarningPeriods().dueOn(since);
    if (dueOn === null || dueOn > today) throw conflict(`ledger entry ${entry.id} is not due a risk warning before ${dueOn ?? 'a period is configured'}`);
    if (allowed.get(entry.id)) throw conflict(`ledger entry ${entry.id} meets its exit criteria: decide its exit (decideLedgerExit) rather than warn`);
    return { entry, since, dueOn };
  }));

  const at = now();
  try {
    return await inTransaction(dataSource, async (manager) => {
      const earlier = await manager.findBy(RiskWarningEntryEntity, { entryId: In(ids), recipientKey });
      const again = named.find(({ entry, since }) => earlier.some((row) => row.entryId === entry.id && row.inLedgerSince.getTime() === since.getTime()));
      if (again) throw conflict(`ledger entry ${again.entry.id} was already named to ${recipient} (${args.recipientRegion}) during its stay in the ledger`);
      const letter = await manager.save(manager.create(RiskWarningEntity, {
        documentNumber, documentKey, recipient, recipientRegion: args.recipientRegion, sector, sentAt: at, sentBy: identity.subject,
        senderRole: identity.role, senderRegion: regionScope(identity),
      }));
      await manager.insert(RiskWarningEntryEntity, named.map(({ entry, since, dueOn }) => ({ warningId: letter.id, entryId: entry.id, recipientKey, inLedgerSince: since, dueOn })));
      await recordAudit(manager, identity, {
        operation: 'sendRiskWarning',
        objectType: 'RiskWarning',
        objectId: letter.id,
        summary: `sent risk warning ${documentNumber} to ${recipient} (${args.recipientRegion}, ${sector}) about ledger entries ${named.map(({ entry }) => entry.id).join(', ')}`,
      }, at);
      return letter;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`the document number ${documentNumber} is already used, or an entry was named to ${recipient} meanwhile`);
    throw error;
  }
};
