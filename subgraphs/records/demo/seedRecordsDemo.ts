import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../kit/data/transaction';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { demoDay, demoEntities } from '../../kit/demo/demoCast';
import { DishonestyRecordEntity } from '../entities/DishonestyRecordEntity';
import { InterviewEntity } from '../entities/InterviewEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import type { LedgerStatus } from '../generated/resolversTypes';
import { demoRecords, type DemoRecord } from './demoRecords';

const { changshaCredit, beijingRating, shanghaiBankrupt, changshaLost, changshaExited, shenzhenImpersonator } = demoEntities;

interface DemoLedgerEntry {
  subject: { uscc: string; name: string; region: string };
  status: LedgerStatus;
  addedOn: string;
  exclusionReason?: string;
  exitedOn?: string;
}

const demoLedger: DemoLedgerEntry[] = [
  { subject: changshaCredit, status: 'IN_LEDGER', addedOn: '2021-03-05' },
  { subject: beijingRating, status: 'IN_LEDGER', addedOn: '2021-03-05' },
  { subject: shanghaiBankrupt, status: 'EXCLUDED', addedOn: '2021-03-05', exclusionReason: '已进入破产程序：上海市第三中级人民法院裁定受理破产清算申请' },
  { subject: changshaLost, status: 'EXCLUDED', addedOn: '2021-03-05', exclusionReason: '因长期失联被列入经营异常名录' },
  { subject: changshaExited, status: 'EXITED', addedOn: '2021-03-05', exitedOn: '2021-04-28' },
  { subject: shenzhenImpersonator, status: 'IN_LEDGER', addedOn: '2021-05-18' },
];

async function insertRecord(manager: EntityManager, { id, subject, ...record }: DemoRecord): Promise<void> {
  const uscc = 'uscc' in subject ? subject.uscc : null;
  await manager.insert(DishonestyRecordEntity, {
    ...record,
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
 * Records (with the fixed ids `repair` refers to), ledger entries and interviews about the demo
 * cast, in every kind and state. Idempotent: does nothing when records exist.
 */
export async function seedRecordsDemo(dataSource: DataSource): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    if (await manager.count(DishonestyRecordEntity)) return;
    for (const record of demoRecords) await insertRecord(manager, record);
    for (const entry of demoLedger) {
      await manager.insert(LedgerEntryEntity, {
        uscc: entry.subject.uscc, region: entry.subject.region, subjectName: entry.subject.name, status: entry.status,
        exclusionReason: entry.exclusionReason ?? null, addedAt: demoDay(entry.addedOn),
        exitedAt: entry.exitedOn ? demoDay(entry.exitedOn) : null,
      });
    }
    await manager.insert(InterviewEntity, [
      {
        uscc: changshaCredit.uscc, region: changshaCredit.region, conductedBy: '长沙市芙蓉区发展和改革局', conductedAt: '2021-04-12',
        summary: '约谈法定代表人，通报失信记录及退出台账要求，责令限期整改并作出信用承诺。',
      },
      {
        uscc: beijingRating.uscc, region: beijingRating.region, conductedBy: '北京市朝阳区发展和改革委员会', conductedAt: '2021-06-07',
        summary: '约谈主要负责人，要求更正公示信息并公开信用承诺。',
      },
    ]);
  });
}
