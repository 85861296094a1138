import { DateTime } from 'luxon';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../kit/audit/recordAudit';
import { SHANGHAI } from '../../kit/calendar/timeZone';
import { isUniqueViolation } from '../../kit/data/isUniqueViolation';
import { inTransaction } from '../../kit/data/transaction';
import { badUserInput, conflict } from '../../kit/errors';
import { forbidden, requireRole } from '../../kit/identity/authorize';
import { optionalText } from '../../kit/inputs/text';
import { recordsRoles } from '../access/recordsRoles';
import { LedgerReportEntity } from '../entities/LedgerReportEntity';
import { LedgerReportRowEntity } from '../entities/LedgerReportRowEntity';
import type { MutationResolvers } from '../generated/resolversTypes';
import { ledgerPeriodEnd } from '../inputs/ledgerPeriod';
import { fetchLedgerSnapshot } from '../reports/fetchLedgerSnapshot';
import { ledgerReportDueAt } from '../reports/ledgerReportDue';

/** Rows per INSERT: a report of 1,000 entries is a handful of statements, within every driver's parameter limit. */
const ROWS_PER_INSERT = 100;

async function latestVersion(manager: EntityManager, region: string, period: string): Promise<number> {
  const found = await manager.findOne(LedgerReportEntity, { where: { region, period }, order: { version: 'DESC' } });
  return found?.version ?? 0;
}

/** A correction (version 2 on) must say why. */
function noteFor(version: number, note: string | null): string | null {
  if (version > 1 && !note) throw badUserInput('note', `a report of this region and period exists (version ${version - 1}): say why it is corrected`);
  return note;
}

/**
 * The lead unit of `region` reports its ledger for `period` (seed 二（一）). The snapshot is read
 * through the gateway before the transaction (a SQLite writer must not wait on the gateway, which
 * asks this subgraph), then stored with its rows in one transaction, audited. Reports are never
 * changed: a second report of the same region and period is the next version. Two racing
 * submissions get distinct versions or, on the unique version, a CONFLICT to retry.
 */
export const submitLedgerReport: NonNullable<MutationResolvers['submitLedgerReport']> = async (_parent, args, context) => {
  const { dataSource, identity, gateway, now } = context;
  if (identity.role === 'NATIONAL_REGULATOR') throw forbidden('the national regulator receives monthly reports; the lead unit of the region submits its own');
  requireRole(identity, recordsRoles.submitLedgerReport, 'submit monthly ledger reports');
  if (identity.region !== args.region) {
    throw forbidden(`a lead unit reports its own region's ledger (${identity.region}), not ${args.region}`);
  }
  const at = now();
  ledgerPeriodEnd(args.period, at);
  const currentMonth = DateTime.fromJSDate(at, { zone: SHANGHAI }).toFormat('yyyy-LL');
  if (args.period >= currentMonth) throw badUserInput('period', `${args.period} is not over yet: a month is reported after it ends`);
  const note = optionalText('note', args.note, { max: 2000 });
  noteFor((await latestVersion(dataSource.manager, args.region, args.period)) + 1, note);
  const dueAt = ledgerReportDueAt(args.period, context);

  const snapshot = await fetchLedgerSnapshot(gateway, args.region);

  try {
    return await inTransaction(dataSource, async (manager) => {
      const version = (await latestVersion(manager, args.region, args.period)) + 1;
      const submittedAt = now();
      const report = await manager.save(
        manager.create(LedgerReportEntity, {
          region: args.region,
          period: args.period,
          version,
          submittedAt,
          submittedBy: identity.subject,
          dueAt,
          late: submittedAt > dueAt,
          note: noteFor(version, note),
          entryCount: snapshot.length,
        }),
      );
      const rows = snapshot.map(({ entryId, region, entry, row }) => ({
        reportId: report.id,
        serial: row.serial,
        entryId,
        uscc: row.uscc,
        region,
        facts: JSON.stringify({ row, entry }),
      }));
      for (let i = 0; i < rows.length; i += ROWS_PER_INSERT) await manager.insert(LedgerReportRowEntity, rows.slice(i, i + ROWS_PER_INSERT));
      await recordAudit(manager, identity, {
        operation: 'submitLedgerReport',
        objectType: 'LedgerReport',
        objectId: report.id,
        summary: `reported the ledger of ${args.region} for ${args.period} (version ${version}, ${snapshot.length} entries${report.late ? ', late' : ''})`,
      }, submittedAt);
      return report;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`another report of ${args.region} for ${args.period} was stored at the same moment; submit again to store a correction`);
    throw error;
  }
};
