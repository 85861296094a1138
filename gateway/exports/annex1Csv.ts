import { Workbook } from 'exceljs';
import { ANNEX1_COLUMNS, flatColumnName, type Annex1Row } from '../../subgraphs/kit/ledger';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab / carriage return) as a formula
 * (CSV injection, OWASP): such text, e.g. a remark, is prefixed with an apostrophe.
 */
function inert(value: string | number): string | number {
  return typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Annex 1 as CSV: one header row with the columns flattened (专项治理措施实施情况-重点约谈 …),
 * one row per entry; UTF-8 with a byte-order mark (so that Excel reads Chinese), CRLF rows and
 * RFC 4180 quoting (exceljs's writer, fast-csv).
 */
export async function annex1Csv(rows: readonly Annex1Row[]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('台账');
  sheet.addRow(ANNEX1_COLUMNS.map(flatColumnName));
  for (const row of rows) sheet.addRow(ANNEX1_COLUMNS.map((column) => inert(row[column.key])));
  const csv = await workbook.csv.writeBuffer({ formatterOptions: { writeBOM: true, rowDelimiter: '\r\n' }, includeEmptyRows: false });
  return Buffer.from(csv);
}
