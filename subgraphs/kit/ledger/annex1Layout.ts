/**
 * The layout of Annex 1 (seed `notice-2021-156.txt`, 附件1), word for word: its title, date line,
 * two header rows (the five measure sub-columns under 专项治理措施实施情况) and its notes.
 * The seed extracted as text shows four sub-columns in the header; its notes and example row
 * show the fifth, 重点监管 (DESIGN.md, introduction).
 */

/** The keys of an Annex 1 row, in the order of the table's columns. */
export type Annex1ColumnKey =
  | 'serial'
  | 'subjectName'
  | 'uscc'
  | 'recordCount'
  | 'interview'
  | 'correction'
  | 'commitment'
  | 'repair'
  | 'keySupervision'
  | 'exited'
  | 'remarks'
  | 'responsibleUnit';

export interface Annex1Column {
  key: Annex1ColumnKey;
  /** The column's own header (the sub-column's, under a group). */
  header: string;
  /** The group header above it (专项治理措施实施情况), or none when the header spans both rows. */
  group?: string;
  /** A width in characters that fits the header and usual values. */
  width: number;
}

export const ANNEX1_MEASURES_GROUP = '专项治理措施实施情况';

/**
 * 责任单位 is not a column of the seed's table; the issue asks for it on each entry, so it is
 * added last, after the seed's own columns, leaving their order untouched.
 */
export const ANNEX1_COLUMNS: readonly Annex1Column[] = [
  { key: 'serial', header: '序号', width: 6 },
  { key: 'subjectName', header: '治理对象', width: 30 },
  { key: 'uscc', header: '统一社会信用代码', width: 22 },
  { key: 'recordCount', header: '失信记录数', width: 10 },
  { key: 'interview', header: '重点约谈', group: ANNEX1_MEASURES_GROUP, width: 24 },
  { key: 'correction', header: '纠正行为履行义务', group: ANNEX1_MEASURES_GROUP, width: 20 },
  { key: 'commitment', header: '信用承诺', group: ANNEX1_MEASURES_GROUP, width: 16 },
  { key: 'repair', header: '信用修复', group: ANNEX1_MEASURES_GROUP, width: 22 },
  { key: 'keySupervision', header: '重点监管', group: ANNEX1_MEASURES_GROUP, width: 28 },
  { key: 'exited', header: '是否退出台账', width: 14 },
  { key: 'remarks', header: '备注', width: 30 },
  { key: 'responsibleUnit', header: '责任单位', width: 24 },
];

/** The title's fixed part, after the region's names (`XX省XX市`). */
export const ANNEX1_TITLE_SUFFIX = '信用服务机构失信问题专项治理台账';

/** `湖南省长沙市信用服务机构失信问题专项治理台账`. */
export function annex1Title(regionTitle: string): string {
  return `${regionTitle}${ANNEX1_TITLE_SUFFIX}`;
}

/** The date line under the title (`时间： 年 月 日` in the seed), e.g. `时间：2021年6月30日`, for an ISO date. */
export function annex1DateLine(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) throw new Error(`annex1DateLine: ${isoDate} is not a date YYYY-MM-DD`);
  return `时间：${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The heading of the notes under the table (the seed writes 备注： above them). */
export const ANNEX1_NOTES_HEADING = '备注：';

/** The notes under the table, as the seed words them. */
export const ANNEX1_NOTES: readonly string[] = [
  '1. “重点约谈”处填写开展约谈的单位；',
  '2. “纠正行为履行义务”处填写是否纠正相关失信行为，并履行相关义务；',
  '3. “信用承诺”处填写是否已归集上报治理对象及其法定代表人信用承诺信息；',
  '4. “信用修复”处填写对“失信记录数”中失信行为完成信用修复数量情况；',
  '5. “重点监管”处填写当地是否将治理对象纳入重点监管，并暂停其开展相关业务。',
];

/** A column's name in a flat table (CSV): `专项治理措施实施情况-重点约谈` under a group, else its header. */
export function flatColumnName(column: Annex1Column): string {
  return column.group ? `${column.group}-${column.header}` : column.header;
}
