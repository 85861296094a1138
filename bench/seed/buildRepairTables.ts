import { findRegionNames } from '../../subgraphs/kit/regions/regionNames';
import { ConfirmationRequestEntity } from '../../subgraphs/repair/entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../../subgraphs/repair/entities/RepairCaseEntity';
import { RepairDocumentEntity } from '../../subgraphs/repair/entities/RepairDocumentEntity';
import type { ConfirmationKind, ConfirmationStatus, RepairStatus } from '../../subgraphs/repair/generated/resolversTypes';
import { benchTable, type BenchTable } from './benchTable';
import type { BenchRecord } from './buildRecordsTables';
import { createBenchDeadlines } from './createBenchDeadlines';
import { createBenchRandom, dayOf } from './createBenchRandom';
import type { BenchWorld } from './planBenchWorld';

const REQUEST_STATUS: Record<Exclude<RepairStatus, 'APPLIED'>, ConfirmationStatus> = { AWAITING_CONFIRMATION: 'PENDING', APPROVED: 'CONFIRMED', REJECTED: 'DENIED' };

export interface RepairPart {
  tables: BenchTable[];
  /** Subjects with a repair case that has confirmation requests. */
  confirmedSubjects: Set<string>;
}

/**
 * Repair cases: one on the first record of every ledger entity, and on one in ten other records
 * that can be repaired; all but the freshly applied ones with confirmation requests to a court (a
 * list entry: 执行 case numbers) or to the listing authority.
 */
export function buildRepairTables(world: BenchWorld, records: BenchRecord[], seed: number): RepairPart {
  const random = createBenchRandom(seed, 4);
  const deadline = createBenchDeadlines();
  const short = new Map(world.provinces.map(({ code, short: abbreviation }) => [code.slice(0, 2), abbreviation]));
  const cases: (Omit<RepairCaseEntity, 'id'> & { id: number })[] = [];
  const requests: Omit<ConfirmationRequestEntity, 'id'>[] = [];
  const documents: Omit<RepairDocumentEntity, 'id'>[] = [];
  const confirmedSubjects = new Set<string>();
  const firstOfLedger = new Set<string>();
  for (const record of records) {
    const { uscc } = record;
    if (uscc === null || record.kind === 'IMPERSONATION_CLUE' || record.status === 'REVOKED') continue;
    const ledgerFirst = record.inLedger && !firstOfLedger.has(uscc);
    if (ledgerFirst) firstOfLedger.add(uscc);
    else if (!random.chance(0.1)) continue;
    const id = cases.length + 1;
    const status = random.weighted<RepairStatus>([['APPLIED', 10], ['AWAITING_CONFIRMATION', 35], ['APPROVED', 40], ['REJECTED', 15]]);
    const appliedAt = random.instant(dayOf(record.decidedAt) + 20, 700);
    const decidedAt = status === 'APPROVED' || status === 'REJECTED' ? random.instant(dayOf(appliedAt) + 5, 725) : null;
    cases.push({
      id, recordId: record.id, uscc, region: record.region, heldRecordId: status === 'REJECTED' ? null : record.id, recordKind: record.kind, status,
      statement: '已履行相关义务并完成整改，作出信用承诺，申请信用修复。', appliedAt, decisionDueAt: deadline('REPAIR_DECISION', appliedAt), decidedAt,
      decisionNote: status === 'APPROVED' ? '已履行义务并完成整改，准予信用修复。' : status === 'REJECTED' ? '经核实义务尚未履行完毕，不予修复。' : null,
    });
    documents.push({ repairCaseId: id, kind: 'COMMITMENT_LETTER', reference: `信用修复承诺书 ${uscc}-${id}`, title: '信用修复承诺书', submittedAt: appliedAt });
    if (random.chance(0.5)) documents.push({ repairCaseId: id, kind: 'PROOF_OF_CORRECTION', reference: `整改报告 ${id}`, title: '整改情况报告', submittedAt: appliedAt });
    if (status === 'APPLIED') continue;
    confirmedSubjects.add(uscc);
    const court = record.kind === 'SERIOUS_DISHONESTY_LIST';
    const county = findRegionNames(record.region)?.title ?? record.region;
    const authority = court ? `${short.get(record.region.slice(0, 2)) ?? ''}${record.region.slice(2)}` : `${county}市场监督管理局`;
    const kinds: ConfirmationKind[] = court && random.chance(0.5) ? ['SETTLEMENT_REACHED', 'SETTLEMENT_PERFORMED'] : ['OBLIGATIONS_FULFILLED'];
    kinds.forEach((kind, n) => {
      const requestedAt = new Date(appliedAt.getTime() + (n + 1) * 86_400_000);
      // The second request of a settlement waits for the settlement to be performed.
      const requestStatus = n > 0 && status === 'AWAITING_CONFIRMATION' ? 'PENDING' : n === 0 && kinds.length > 1 && status === 'AWAITING_CONFIRMATION' ? 'CONFIRMED' : REQUEST_STATUS[status];
      const answered = requestStatus !== 'PENDING';
      requests.push({
        repairCaseId: id, authority, authorityKind: court ? 'COURT' : 'LISTING_AUTHORITY', region: record.region, uscc,
        caseNumber: court ? `（${record.decidedAt.getUTCFullYear()}）${authority}执${record.id}号` : null, kind, status: requestStatus,
        requestedAt, answerDueAt: deadline('CONFIRMATION_ANSWER', requestedAt),
        answeredAt: answered ? new Date(requestedAt.getTime() + 3 * 86_400_000) : null,
        answerDocument: answered ? (court ? `（${record.decidedAt.getUTCFullYear()}）${authority}执${record.id}号 执行情况说明` : `${county}市场监督管理局复函`) : null,
        answerNote: answered ? (requestStatus === 'CONFIRMED' ? '经核实，属实。' : '经核实，义务尚未履行完毕。') : null,
      });
    });
  }
  return {
    tables: [
      benchTable('repair_case', RepairCaseEntity, cases),
      benchTable('confirmation_request', ConfirmationRequestEntity, requests),
      benchTable('repair_document', RepairDocumentEntity, documents),
    ],
    confirmedSubjects,
  };
}
