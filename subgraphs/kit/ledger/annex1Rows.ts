import type { Annex1ColumnKey } from './annex1Layout';
import type { Annex1LedgerEntry } from './annex1Selection';

/** One row of Annex 1, each cell in the user's words (the seed's example row), numbers kept as numbers. */
export type Annex1Row = { serial: number; recordCount: number } & Record<Exclude<Annex1ColumnKey, 'serial' | 'recordCount'>, string>;

function interviewCell(units: readonly string[]): string {
  return units.length === 0 ? '未约谈' : `${units.join('、')}已约谈`;
}

/**
 * `correctedAndFulfilled` is about penalties and list entries, which are among the records that
 * need repair: with none of those (an impersonator's clues only) it is true for want of anything
 * to correct, and the cell says so rather than 已纠正.
 */
function correctionCell(correctedAndFulfilled: boolean, recordsToRepair: number): string {
  if (recordsToRepair === 0) return '不涉及（无需纠正的失信记录）';
  return correctedAndFulfilled ? '已纠正失信行为并履行相关义务' : '尚未纠正失信行为、履行相关义务';
}

function commitmentCell(collected: boolean | null): string {
  if (collected === null) return '不适用（非登记信用服务机构）';
  return collected ? '已归集上报' : '未归集上报';
}

function repairCell(repaired: number, toRepair: number): string {
  if (toRepair === 0) return '无需修复';
  return `已修复 ${repaired} 条失信记录（共 ${toRepair} 条需修复）`;
}

function keySupervisionCell(supervision: Annex1LedgerEntry['measures']['keySupervision']): string {
  if (!supervision) return '否';
  const suspension = supervision.businessSuspended ? '已暂停其开展相关业务' : '未暂停其开展相关业务';
  return `是（${supervision.grade}级），${suspension}`;
}

function exitedCell(entry: Annex1LedgerEntry): string {
  if (entry.status !== 'EXITED') return '否';
  // Exits by override are counted apart (DESIGN.md §6): the row says so.
  return entry.exitKind === 'OVERRIDE' ? '是（特批退出）' : '是';
}

/**
 * The rows of Annex 1 for a ledger's entries, in the order given, numbered 1, 2, … by position
 * (after `serialOffset` rows already written, when the entries come page by page).
 * EXCLUDED entries are left out: the seed builds the ledger after removing them (二（一）).
 */
export function annex1Rows(entries: readonly Annex1LedgerEntry[], serialOffset = 0): Annex1Row[] {
  return entries
    .filter((entry) => entry.status !== 'EXCLUDED')
    .map((entry, index) => ({
      serial: serialOffset + index + 1,
      subjectName: entry.subjectName,
      uscc: entry.subject.uscc,
      recordCount: entry.recordCount,
      interview: interviewCell(entry.measures.interviewUnits),
      correction: correctionCell(entry.measures.correctedAndFulfilled, entry.measures.recordsToRepair),
      commitment: commitmentCell(entry.measures.commitmentCollected),
      repair: repairCell(entry.measures.recordsRepaired, entry.measures.recordsToRepair),
      keySupervision: keySupervisionCell(entry.measures.keySupervision),
      exited: exitedCell(entry),
      remarks: entry.remarks ?? '',
      responsibleUnit: entry.responsibleUnit ?? '',
    }));
}
