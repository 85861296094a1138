import type { EntityManager } from 'typeorm';
import { demoDay, demoEntities } from '../../kit/demo/demoCast';
import { annex1Rows, type Annex1LedgerEntry } from '../../kit/ledger';
import { LedgerReportEntity } from '../entities/LedgerReportEntity';
import { LedgerReportRowEntity } from '../entities/LedgerReportRowEntity';
import { demoLedgerEntryIds } from './seedRecordsDemo';

const { changshaCredit, beijingRating } = demoEntities;

/** The demo's monthly reports, with fixed ids so that the authorization matrix can name them. */
export const demoLedgerReportIds = {
  /** 芙蓉区 for 2021-05, on time (2021-06-03; due 2021-06-07). */
  furongMay: 1,
  /** Its correction (version 2, current), late. */
  furongMayCorrected: 2,
  /** 北京市 for 2021-05, late (2021-06-09). */
  beijingMay: 3,
} as const;

/** 2021-05's report was due at the end of 2021-06-07, the 5th working day of June 2021. */
const MAY_DUE = new Date('2021-06-07T23:59:59.999+08:00');

/** The demo ledger's entries as the lead units reported them, with the facts of that day. */
const changshaCreditInMay = (interviewUnits: string[]): Annex1LedgerEntry => ({
  id: String(demoLedgerEntryIds.changshaCredit), subject: { uscc: changshaCredit.uscc }, subjectName: changshaCredit.name, recordCount: 2, status: 'IN_LEDGER', exclusionReason: null, exitKind: null,
  measures: { interviewUnits, correctedAndFulfilled: false, commitmentCollected: true, recordsRepaired: 0, recordsToRepair: 2, keySupervision: null },
  remarks: '已约谈，督促限期整改。', responsibleUnit: '长沙市芙蓉区发展和改革局',
});
const beijingRatingInMay = (): Annex1LedgerEntry => ({
  id: String(demoLedgerEntryIds.beijingRating), subject: { uscc: beijingRating.uscc }, subjectName: beijingRating.name, recordCount: 3, status: 'IN_LEDGER', exclusionReason: null, exitKind: null,
  measures: {
    interviewUnits: ['北京市朝阳区发展和改革委员会', '北京市朝阳区市场监督管理局'], correctedAndFulfilled: false, commitmentCollected: false,
    recordsRepaired: 0, recordsToRepair: 1, keySupervision: null,
  },
  remarks: '已约谈，督促更正公示信息', responsibleUnit: '北京市朝阳区发展和改革委员会',
});

// Built when seeding (the entry ids come from seedRecordsDemo, which imports this file).
const demoReports = () => [
  { id: demoLedgerReportIds.furongMay, region: changshaCredit.region, version: 1, submittedAt: demoDay('2021-06-03', '16:00:00'), submittedBy: 'furong-lead-1', note: null, entries: [changshaCreditInMay([])] },
  {
    id: demoLedgerReportIds.furongMayCorrected, region: changshaCredit.region, version: 2, submittedAt: demoDay('2021-06-08', '09:30:00'), submittedBy: 'furong-lead-1',
    note: '补报4月12日的约谈', entries: [changshaCreditInMay(['长沙市芙蓉区发展和改革局'])],
  },
  { id: demoLedgerReportIds.beijingMay, region: '110000', version: 1, submittedAt: demoDay('2021-06-09', '15:00:00'), submittedBy: 'beijing-lead-1', note: null, entries: [beijingRatingInMay()] },
];

/** Reports for 2021-05: one on time and its late correction (芙蓉区), one late (北京市); 湖南省 and others have not reported. */
export async function seedLedgerReportsDemo(manager: EntityManager): Promise<void> {
  for (const { entries, ...report } of demoReports()) {
    await manager.insert(LedgerReportEntity, { ...report, period: '2021-05', dueAt: MAY_DUE, late: report.submittedAt > MAY_DUE, entryCount: entries.length });
    await manager.insert(
      LedgerReportRowEntity,
      annex1Rows(entries).map((row, i) => ({
        reportId: report.id, serial: row.serial, entryId: Number(entries[i].id), uscc: row.uscc, region: entries[i].subject.uscc === beijingRating.uscc ? beijingRating.region : changshaCredit.region,
        facts: JSON.stringify({ row, entry: entries[i] }),
      })),
    );
  }
}
