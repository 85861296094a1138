import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../kit/data/transaction';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { demoDay, demoEntities } from '../../kit/demo/demoCast';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { InterviewEntity } from '../entities/InterviewEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { LedgerExitKind } from '../generated/resolversTypes';
import { changeLedgerStatus } from '../store/changeLedgerStatus';
import { demoRecords, type DemoRecord } from './demoRecords';
import { seedLedgerReportsDemo } from './seedLedgerReportsDemo';
import { seedSupervisionDemo } from './seedSupervisionDemo';

const { changshaCredit, beijingRating, shanghaiBankrupt, changshaLost, wuhanClosed, hangzhouRevoked, changshaExited, shenzhenImpersonator } = demoEntities;

/** Ledger entry ids of the demo, fixed so that tests (the authorization matrix) can name an entry. */
export const demoLedgerEntryIds = {
  changshaCredit: 1,
  beijingRating: 2,
  shanghaiBankrupt: 3,
  changshaLost: 4,
  wuhanClosed: 5,
  hangzhouRevoked: 6,
  changshaExited: 7,
  shenzhenImpersonator: 8,
} as const;

interface DemoLedgerEntry {
  id: number;
  subject: { uscc: string; name: string; region: string };
  addedOn: string;
  /** How it exited, when it did. */
  exit?: { on: string; exitKind: LedgerExitKind; reason: string };
  remarks?: string;
  responsibleUnit?: string;
}

/**
 * Every stored status and exit kind. The entities whose business status excludes them (institutions'
 * demo: bankruptcy, lost contact, deregistered, revoked) are in the ledger as stored and EXCLUDED
 * live, as read from institutions.
 */
const demoLedger: DemoLedgerEntry[] = [
  { id: demoLedgerEntryIds.changshaCredit, subject: changshaCredit, addedOn: '2021-03-05', responsibleUnit: '长沙市芙蓉区发展和改革局', remarks: '已约谈，督促限期整改。' },
  { id: demoLedgerEntryIds.beijingRating, subject: beijingRating, addedOn: '2021-03-05' },
  { id: demoLedgerEntryIds.shanghaiBankrupt, subject: shanghaiBankrupt, addedOn: '2021-03-05' },
  { id: demoLedgerEntryIds.changshaLost, subject: changshaLost, addedOn: '2021-03-05' },
  { id: demoLedgerEntryIds.wuhanClosed, subject: wuhanClosed, addedOn: '2021-03-05' },
  { id: demoLedgerEntryIds.hangzhouRevoked, subject: hangzhouRevoked, addedOn: '2021-03-05' },
  { id: demoLedgerEntryIds.changshaExited, subject: changshaExited, addedOn: '2021-03-05', exit: { on: '2021-04-28', exitKind: 'CRITERIA_MET', reason: '行政处罚已完成信用修复，信用承诺已公示。' } },
  { id: demoLedgerEntryIds.shenzhenImpersonator, subject: shenzhenImpersonator, addedOn: '2021-05-18' },
];

async function insertRecord(manager: EntityManager, { id, subject, revocation, finding, ...record }: DemoRecord): Promise<void> {
  const uscc = 'uscc' in subject ? subject.uscc : null;
  await manager.insert(DishonestyRecordEntity, {
    ...record,
    revokedAt: revocation ? demoDay(revocation.decidedOn, '17:00:00') : null,
    revocationReason: revocation?.reason ?? null,
    revocationDocumentNumber: revocation?.documentNumber ?? null,
    revocationDecidedAt: revocation?.decidedOn ?? null,
    finding: finding?.finding ?? null,
    findingBy: finding?.by ?? null,
    findingNote: finding?.note ?? null,
    findingAt: finding ? demoDay(finding.on, '11:00:00') : null,
    ...(id === undefined ? {} : { id }),
    uscc,
    subjectName: subject.name,
    subjectIdentifiers: 'identifiers' in subject ? subject.identifiers : [],
    region: subject.region,
    documentNumberKey: record.documentNumber === null ? null : normalizeDocumentNumber(record.documentNumber),
    recordedAt: demoDay(record.decidedAt, '16:00:00'),
  });
}

/**
 * Records (with the fixed ids `repair` refers to), ledger entries with their status changes and
 * interviews about the demo cast, in every kind and state. Idempotent: does nothing when records exist.
 */
export async function seedRecordsDemo(dataSource: DataSource): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    if (await manager.count(DishonestyRecordEntity)) return;
    for (const record of demoRecords) await insertRecord(manager, record);
    for (const { id, subject, addedOn, exit, remarks = null, responsibleUnit = null } of demoLedger) {
      await manager.insert(LedgerEntryEntity, {
        id, uscc: subject.uscc, region: subject.region, subjectName: subject.name, status: 'IN_LEDGER',
        exclusionReason: null, addedAt: demoDay(addedOn), exitedAt: null, exitKind: null, exitReason: null, remarks, responsibleUnit,
      });
      if (exit) await changeLedgerStatus(manager, id, { status: 'EXITED', at: demoDay(exit.on, '15:00:00'), exitKind: exit.exitKind, reason: exit.reason });
    }
    await manager.insert(InterviewEntity, [
      {
        uscc: changshaCredit.uscc, region: changshaCredit.region, units: ['长沙市芙蓉区发展和改革局'], conductedAt: '2021-04-12',
        summary: '约谈法定代表人，通报失信记录及退出台账要求，责令限期整改并作出信用承诺。',
      },
      {
        uscc: beijingRating.uscc, region: beijingRating.region, units: ['北京市朝阳区发展和改革委员会', '北京市朝阳区市场监督管理局'], conductedAt: '2021-06-07',
        summary: '约谈主要负责人，要求更正公示信息并公开信用承诺。',
      },
    ]);
    await seedLedgerReportsDemo(manager);
    await seedSupervisionDemo(manager);
  });
}
