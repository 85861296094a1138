import type { DataSource, EntityManager } from 'typeorm';
import { deadlineFor } from '../../kit/calendar/deadline';
import { loadTimeLimits } from '../../kit/calendar/timeLimits';
import { loadWorkingDayCalendar } from '../../kit/calendar/workingDayCalendar';
import { inTransaction } from '../../kit/data/transaction';
import { demoDay, demoEntities, demoRecordIds } from '../../kit/demo/demoCast';
import { ConfirmationRequestEntity } from '../entities/ConfirmationRequestEntity';
import { RepairCaseEntity } from '../entities/RepairCaseEntity';
import { RepairDocumentEntity } from '../entities/RepairDocumentEntity';
import type { ConfirmationKind, ConfirmationStatus, ConfirmingAuthorityKind, RecordKind, RepairStatus } from '../generated/resolversTypes';
import type { RepairDocument } from '../inputs/validateRepairDocuments';

type Deadline = (key: 'REPAIR_DECISION' | 'CONFIRMATION_ANSWER', start: Date) => Date;

interface DemoRequest {
  authority: string;
  authorityKind: ConfirmingAuthorityKind;
  caseNumber: string | null;
  kind: ConfirmationKind;
  status: ConfirmationStatus;
  requestedOn: string;
  answer?: { on: string; document: string; note: string };
}

interface DemoCase {
  recordId: number;
  recordKind: RecordKind;
  subject: { uscc: string; region: string };
  status: RepairStatus;
  statement: string;
  appliedOn: string;
  documents: RepairDocument[];
  decision?: { on: string; note: string };
  requests: DemoRequest[];
}

const letter = (reference: string): RepairDocument => ({ kind: 'COMMITMENT_LETTER', reference, title: '信用修复承诺书' });
const proof = (reference: string, title: string): RepairDocument => ({ kind: 'PROOF_OF_CORRECTION', reference, title });

const { changshaCredit, beijingRating, shanghaiBankrupt, changshaExited } = demoEntities;
const CHANGSHA_SETTLEMENT = '（2020）湘0102执1234号';

const demoCases: DemoCase[] = [
  {
    recordId: demoRecordIds.changshaPenalty, recordKind: 'ADMINISTRATIVE_PENALTY', subject: changshaCredit, status: 'APPROVED', appliedOn: '2021-04-12',
    statement: '已按行政处罚决定书缴清罚款并完成整改，作出信用承诺，申请信用修复。',
    documents: [letter('湘诚信承〔2021〕1号'), proof('非税收入缴款书 4301022021000123', '罚款缴纳凭证'), proof('湘诚信整〔2021〕2号', '整改情况报告')],
    decision: { on: '2021-04-20', note: '已履行行政处罚义务并完成整改，准予信用修复。' }, requests: [],
  },
  {
    recordId: demoRecordIds.changshaListEntry, recordKind: 'SERIOUS_DISHONESTY_LIST', subject: changshaCredit, status: 'AWAITING_CONFIRMATION', appliedOn: '2021-05-10',
    statement: '已与申请执行人达成执行和解协议并按约履行，申请移出严重失信主体名单。',
    documents: [letter('湘诚信承〔2021〕3号'), { kind: 'OTHER', reference: CHANGSHA_SETTLEMENT, title: '执行和解协议' }],
    requests: [
      {
        authority: '湘0102', authorityKind: 'COURT', caseNumber: CHANGSHA_SETTLEMENT, kind: 'SETTLEMENT_REACHED', status: 'CONFIRMED', requestedOn: '2021-05-11',
        answer: { on: '2021-05-14', document: '（2020）湘0102执1234号之一 执行和解情况说明', note: '双方于2021年5月6日达成执行和解协议，属实。' },
      },
      { authority: '湘0102', authorityKind: 'COURT', caseNumber: CHANGSHA_SETTLEMENT, kind: 'SETTLEMENT_PERFORMED', status: 'PENDING', requestedOn: '2021-06-01' },
    ],
  },
  {
    recordId: demoRecordIds.beijingFalseDisclosure, recordKind: 'FALSE_DISCLOSURE', subject: beijingRating, status: 'APPLIED', appliedOn: '2021-06-21',
    statement: '已更正公示的服务产品及收费标准信息，申请信用修复。',
    documents: [letter('京信达承〔2021〕1号'), proof('京信达更〔2021〕4号', '公示信息更正说明及更正后的公示页面')], requests: [],
  },
  {
    recordId: demoRecordIds.shanghaiPenalty, recordKind: 'ADMINISTRATIVE_PENALTY', subject: shanghaiBankrupt, status: 'REJECTED', appliedOn: '2021-03-15',
    statement: '已履行行政处罚决定，申请信用修复。',
    documents: [letter('沪普惠承〔2021〕1号'), proof('沪普惠〔2021〕5号', '履行情况说明')],
    decision: { on: '2021-03-26', note: '经法院核实罚款尚未缴清，不予修复。' },
    requests: [
      {
        authority: '沪0110', authorityKind: 'COURT', caseNumber: '（2020）沪0110执567号', kind: 'OBLIGATIONS_FULFILLED', status: 'DENIED', requestedOn: '2021-03-16',
        answer: { on: '2021-03-19', document: '（2020）沪0110执567号 执行情况告知书', note: '被执行人尚未履行完毕生效法律文书确定的义务。' },
      },
      // Still unanswered when the case was rejected: withdrawn with the decision.
      { authority: '上海市杨浦区市场监督管理局', authorityKind: 'LISTING_AUTHORITY', caseNumber: null, kind: 'OBLIGATIONS_FULFILLED', status: 'WITHDRAWN', requestedOn: '2021-03-22' },
    ],
  },
  {
    recordId: demoRecordIds.changshaExitedPenalty, recordKind: 'ADMINISTRATIVE_PENALTY', subject: changshaExited, status: 'APPROVED', appliedOn: '2021-04-06',
    statement: '已缴清罚款并完成整改，申请信用修复。',
    documents: [letter('湘新程承〔2021〕1号'), proof('非税收入缴款书 4301052021000456', '罚款缴纳凭证')],
    decision: { on: '2021-04-16', note: '经处罚机关确认已履行处罚义务，准予信用修复。' },
    requests: [
      {
        authority: '长沙市开福区市场监督管理局', authorityKind: 'LISTING_AUTHORITY', caseNumber: null, kind: 'OBLIGATIONS_FULFILLED', status: 'CONFIRMED', requestedOn: '2021-04-07',
        answer: { on: '2021-04-09', document: '开市监函〔2021〕18号', note: '罚款已于2021年3月30日缴清。' },
      },
    ],
  },
  {
    // Applied for a week before the publicity period ended, never decided: now there is nothing
    // to approve (the record EXPIRED in records), and the decision is long overdue.
    recordId: demoRecordIds.beijingExpiredPenalty, recordKind: 'ADMINISTRATIVE_PENALTY', subject: beijingRating, status: 'APPLIED', appliedOn: '2021-04-01',
    statement: '已办理备案事项变更并完成整改，申请信用修复。',
    documents: [letter('京信达承〔2021〕0号'), proof('京信达〔2021〕2号', '备案变更完成证明')], requests: [],
  },
];

async function saveCase(manager: EntityManager, demo: DemoCase, deadline: Deadline): Promise<void> {
  const appliedAt = demoDay(demo.appliedOn);
  const repairCase = await manager.save(manager.create(RepairCaseEntity, {
    recordId: demo.recordId, heldRecordId: demo.status === 'REJECTED' ? null : demo.recordId, recordKind: demo.recordKind, uscc: demo.subject.uscc, region: demo.subject.region, status: demo.status,
    statement: demo.statement, appliedAt, decisionDueAt: deadline('REPAIR_DECISION', appliedAt),
    decidedAt: demo.decision ? demoDay(demo.decision.on, '16:00:00') : null, decisionNote: demo.decision?.note ?? null,
  }));
  for (const document of demo.documents) {
    await manager.insert(RepairDocumentEntity, { ...document, repairCaseId: repairCase.id, submittedAt: appliedAt });
  }
  for (const request of demo.requests) {
    const requestedAt = demoDay(request.requestedOn);
    await manager.save(manager.create(ConfirmationRequestEntity, {
      repairCaseId: repairCase.id, region: demo.subject.region, uscc: demo.subject.uscc,
      authority: request.authority, authorityKind: request.authorityKind, caseNumber: request.caseNumber, kind: request.kind,
      status: request.status, requestedAt, answerDueAt: deadline('CONFIRMATION_ANSWER', requestedAt),
      answeredAt: request.answer ? demoDay(request.answer.on, '15:00:00') : null,
      answerDocument: request.answer?.document ?? null, answerNote: request.answer?.note ?? null,
    }));
  }
}

function calendarDeadline(): Deadline {
  const calendar = loadWorkingDayCalendar();
  const limits = loadTimeLimits();
  return (key, start) => deadlineFor(calendar, limits, key, start);
}

/**
 * Repair cases for the demo's dishonesty records (by their fixed ids in `records`), in every
 * case and request state, with their documents; being of 2021, the open case and the pending
 * request show as overdue. Idempotent: does nothing when cases exist.
 */
export async function seedRepairDemo(dataSource: DataSource, deadline: Deadline = calendarDeadline()): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    if (await manager.count(RepairCaseEntity)) return;
    for (const demo of demoCases) await saveCase(manager, demo, deadline);
  });
}
