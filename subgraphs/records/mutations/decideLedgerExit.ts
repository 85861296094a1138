import { GraphQLError } from 'graphql';
import { MoreThan } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict, notFound } from '../../kit/errors';
import { inRegionScope, requireRole } from '../../kit/identity/authorize';
import { optionalText } from '../../kit/inputs/text';
import { toRowId } from '../../kit/loaders/rowId';
import { recordsRoles } from '../access/recordsRoles';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { fetchExitCheck, type CheckedCriterion } from '../ledger/fetchExitCheck';
import { changeLedgerStatus } from '../store/changeLedgerStatus';
import { lockedLedgerEntry } from '../store/lockedLedgerEntry';

const alreadyExited = (id: number) => conflict(`ledger entry ${id} is EXITED already`);

/** CONFLICT naming every unmet criterion, in the message and as `extensions.unmetCriteria`. */
function refused(id: number, unmet: readonly CheckedCriterion[]): GraphQLError {
  const list = unmet.map(({ code, description }) => `${code}: ${description}`).join('; ');
  return new GraphQLError(`ledger entry ${id} may not exit: ${unmet.length} criteria unmet (${list}); an override needs a reason`, {
    extensions: { code: 'CONFLICT', unmetCriteria: unmet.map(({ code, recordId, description }) => ({ code, recordId, description })) },
  });
}

/**
 * The exit decision (seed, section 3). The criteria are re-checked now through the gateway as the
 * records service, with every agency's current facts, never what the client saw; an override
 * exits an entry with unmet criteria only with a reason, audited with what was unmet, and counted
 * apart (exitKind OVERRIDE). The status changes only while the entry is still IN_LEDGER and no
 * record arrived since the check began: the entry is locked first (enterLedger locks it too), then
 * the records are read, so a record committed during the check is seen and one still being
 * written puts the entry back after this decision.
 */
export const decideLedgerExit: NonNullable<MutationResolvers['decideLedgerExit']> = async (
  _parent,
  { entryId, override, reason: givenReason },
  { dataSource, identity, now, gateway },
) => {
  requireRole(identity, recordsRoles.manageLedger, 'decide ledger exits');
  const reason = optionalText('reason', givenReason, { max: 2000 });
  if (override && !reason) throw badUserInput('reason', 'is required to override the exit criteria: say why the entry exits although criteria are unmet');
  const id = toRowId(entryId);
  const entry = id === null ? null : await dataSource.getRepository(LedgerEntryEntity).findOneBy({ id });
  if (!entry || !inRegionScope(identity, entry.region)) throw notFound(`ledger entry ${entryId}`);
  if (entry.status === 'EXITED') throw alreadyExited(entry.id);
  const records = dataSource.getRepository(DishonestyRecordEntity);
  const lastRecordBefore = (await records.findOne({ select: { id: true }, where: { uscc: entry.uscc, region: entry.region }, order: { id: 'DESC' } }))?.id ?? 0;
  const check = await fetchExitCheck(gateway, entry.id);
  if (!check) throw notFound(`ledger entry ${entryId}`);
  const unmet = check.criteria.filter(({ met }) => !met);
  if (!check.allowed && !override) throw refused(entry.id, unmet);
  const exitKind = check.allowed ? 'CRITERIA_MET' : 'OVERRIDE';
  const at = now();
  return inTransaction(dataSource, async (manager) => {
    const locked = await lockedLedgerEntry(manager, entry.id);
    if (locked?.status !== 'IN_LEDGER') throw alreadyExited(entry.id);
    // A record that arrived while the gateway was asked was not in the check: it keeps the entry in.
    if (await manager.existsBy(DishonestyRecordEntity, { uscc: entry.uscc, region: entry.region, id: MoreThan(lastRecordBefore) })) {
      throw conflict(`a new record about ${entry.uscc} arrived in ${entry.region} while the exit of ledger entry ${entry.id} was checked: decide again`);
    }
    const changed = await changeLedgerStatus(manager, entry.id, { status: 'EXITED', at, exitKind, reason }, 'IN_LEDGER');
    if (!changed) throw alreadyExited(entry.id);
    const overridden = unmet.map(({ code, recordId }) => (recordId ? `${code}(record ${recordId})` : code)).join(', ');
    await recordAudit(manager, identity, {
      operation: 'decideLedgerExit',
      objectType: 'LedgerEntry',
      objectId: entry.id,
      summary: exitKind === 'OVERRIDE'
        ? `OVERRIDE: ${entry.uscc} exited the ledger of ${entry.region} with unmet criteria ${overridden}; reason: ${reason}`
        : `${entry.uscc} exited the ledger of ${entry.region}: all ${check.criteria.length} criteria met`,
    }, at);
    return manager.findOneByOrFail(LedgerEntryEntity, { id: entry.id });
  });
};
