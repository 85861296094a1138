import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../kit/data/transaction';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { demoDay, demoEntities } from '../../kit/demo/demoCast';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { InterviewEntity } from '../entities/InterviewEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { LedgerStatus } from '../generated/resolversTypes';
import { changeLedgerStatus } from '../store/changeLedgerStatus';
import { demoRecords, type DemoRecord } from './demoRecords';
import { seedSupervisionDemo } from './seedSupervisionDemo';

const { changshaCredit, beijingRating, shanghaiBankrupt, changshaLost, wuhanClosed, hangzhouRevoked, changshaExited, shenzhenImpersonator } = demoEntities;

interface DemoLedgerEntry {
  subject: { uscc: string; name: string; region: string };
  addedOn: string;
  /** What happened to the entry after it was added, in order. */
  changes?: { status: LedgerStatus; on: string; reason?: string }[];
}

/** Every status; exclusions for every excluded business status, two of them after the ledger began. */
const demoLedger: DemoLedgerEntry[] = [
  { subject: changshaCredit, addedOn: '2021-03-05' },
  { subject: beijingRating, addedOn: '2021-03-05' },
  { subject: shanghaiBankrupt, addedOn: '2021-03-05', changes: [{ status: 'EXCLUDED', on: '2021-03-05', reason: '已进入破产程序：上海市第三中级人民法院裁定受理破产清算申请' }] },
  { subject: changshaLost, addedOn: '2021-03-05', changes: [{ status: 'EXCLUDED', on: '2021-03-05', reason: '因长期失联被列入经营异常名录' }] },
  { subject: wuhanClosed, addedOn: '2021-03-05', changes: [{ status: 'EXCLUDED', on: '2021-06-10', reason: '已注销：武汉市江汉区市场监督管理局准予注销登记' }] },
  { subject: hangzhouRevoked, addedOn: '2021-03-05', changes: [{ status: 'EXCLUDED', on: '2021-05-21', reason: '已吊销：杭州市西湖区市场监督管理局吊销营业执照' }] },
  { subject: changshaExited, addedOn: '2021-03-05', changes: [{ status: 'EXITED', on: '2021-04-28' }] },
  { subject: shenzhenImpersonator, addedOn: '2021-05-18' },
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
    for (const { subject, addedOn, changes = [] } of demoLedger) {
      const { id } = await manager.save(manager.create(LedgerEntryEntity, {
        uscc: subject.uscc, region: subject.region, subjectName: subject.name, status: 'IN_LEDGER',
        exclusionReason: null, addedAt: demoDay(addedOn), exitedAt: null,
      }));
      for (const { status, on, reason } of changes) await changeLedgerStatus(manager, id, { status, at: demoDay(on, '15:00:00'), reason });
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
    await seedSupervisionDemo(manager);
  });
}
