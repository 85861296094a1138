import type { EntityManager } from 'typeorm';
import { demoDay, demoEntities } from '../../kit/demo/demoCast';
import { normalizeDocumentNumber } from '../../kit/inputs/documentNumber';
import { KeySupervisionEntity } from '../entities/KeySupervisionEntity';
import { LedgerEntryEntity } from '../entities/LedgerEntryEntity';
import { RiskWarningEntity } from '../entities/RiskWarningEntity';
import { RiskWarningEntryEntity } from '../entities/RiskWarningEntryEntity';
import { recipientKeyOf } from '../progress/recipientKey';

const { changshaCredit, beijingRating, changshaExited, shenzhenImpersonator } = demoEntities;

/**
 * Key supervision in every state (current, changed, lifted) and a risk warning letter sent, on the
 * demo ledger's entries (called by the records demo seed once its entries exist).
 */
export async function seedSupervisionDemo(manager: EntityManager): Promise<void> {
  const entryOf = async (subject: { uscc: string; region: string }) => {
    const entry = await manager.findOneByOrFail(LedgerEntryEntity, { uscc: subject.uscc, region: subject.region });
    return entry.id;
  };
  const credit = await entryOf(changshaCredit);
  const impersonator = await entryOf(shenzhenImpersonator);
  const exited = await entryOf(changshaExited);
  const rating = await entryOf(beijingRating);
  const period = (entryId: number, grade: KeySupervisionEntity['grade'], businessSuspended: boolean, since: string, placedBy: string, note: string | null) => ({
    entryId, currentOf: entryId, grade, businessSuspended, note, since: demoDay(since), placedBy, endedAt: null, endKind: null, endReason: null, endedBy: null,
  });
  await manager.insert(KeySupervisionEntity, [
    { ...period(credit, 'B', false, '2021-04-12', 'furong-lead-1', '约谈后纳入重点监管，提高抽查频次'), currentOf: null, endedAt: demoDay('2021-06-08'), endKind: 'CHANGED', endReason: 'grade C', endedBy: 'changsha-lead-1' },
    period(credit, 'C', false, '2021-06-08', 'changsha-lead-1', '逾期未完成整改，列为重点检查对象'),
    period(impersonator, 'D', true, '2021-05-20', 'ndrc-finance-1', '假借信用服务机构名义招摇撞骗，暂停开展相关业务'),
    { ...period(exited, 'A', false, '2021-03-20', 'changsha-lead-1', null), currentOf: null, endedAt: demoDay('2021-04-28', '15:00:00'), endKind: 'LIFTED', endReason: '已完成整改并退出台账', endedBy: 'changsha-lead-1' },
  ]);
  const documentNumber = '京信用办函〔2021〕8号';
  const letter = await manager.save(manager.create(RiskWarningEntity, {
    documentNumber, documentKey: normalizeDocumentNumber(documentNumber), recipient: '北京市朝阳区市场监督管理局', recipientRegion: '110105', sector: '市场监管',
    sentAt: demoDay('2021-06-10', '09:30:00'), sentBy: 'beijing-lead-1', senderRole: 'LEAD_UNIT', senderRegion: '110000',
  }));
  const addedAt = (await manager.findOneByOrFail(LedgerEntryEntity, { id: rating })).addedAt;
  await manager.insert(RiskWarningEntryEntity, { warningId: letter.id, entryId: rating, recipientKey: recipientKeyOf('110105', '北京市朝阳区市场监督管理局'), inLedgerSince: addedAt, dueOn: '2021-06-05' });
}
