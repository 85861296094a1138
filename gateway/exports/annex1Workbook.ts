import { Workbook, type Borders, type Worksheet } from 'exceljs';
import { ANNEX1_COLUMNS, ANNEX1_NOTES, ANNEX1_NOTES_HEADING, type Annex1Row } from '../../subgraphs/kit/ledger';

export interface Annex1Sheet {
  /** `湖南省长沙市信用服务机构失信问题专项治理台账`. */
  title: string;
  /** `时间：2021年6月30日`. */
  dateLine: string;
  rows: readonly Annex1Row[];
}

/** The rows above the entries: title, date, and the two header rows. */
export const ANNEX1_TITLE_ROW = 1;
export const ANNEX1_DATE_ROW = 2;
export const ANNEX1_HEADER_ROW = 3;
export const ANNEX1_SUBHEADER_ROW = 4;
export const ANNEX1_FIRST_ENTRY_ROW = 5;

const THIN = { style: 'thin' } as const;
const BORDER: Partial<Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Excel's column letter of a 1-based column number (A…Z is enough for Annex 1's 12 columns). */
function letter(column: number): string {
  return String.fromCharCode(64 + column);
}

function writeHeaders(sheet: Worksheet): void {
  const header = sheet.getRow(ANNEX1_HEADER_ROW);
  const subheader = sheet.getRow(ANNEX1_SUBHEADER_ROW);
  ANNEX1_COLUMNS.forEach((column, index) => {
    const number = index + 1;
    if (column.group) {
      header.getCell(number).value = column.group;
      subheader.getCell(number).value = column.header;
    } else {
      header.getCell(number).value = column.header;
      sheet.mergeCells(ANNEX1_HEADER_ROW, number, ANNEX1_SUBHEADER_ROW, number);
    }
  });
  // Each group spans its sub-columns (the five measures under 专项治理措施实施情况).
  const groups = new Map<string, number[]>();
  ANNEX1_COLUMNS.forEach((column, index) => {
    if (column.group) groups.set(column.group, [...(groups.get(column.group) ?? []), index + 1]);
  });
  for (const columns of groups.values()) sheet.mergeCells(ANNEX1_HEADER_ROW, Math.min(...columns), ANNEX1_HEADER_ROW, Math.max(...columns));
  for (const row of [header, subheader]) {
    row.height = 22;
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = BORDER;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
    });
  }
}

/**
 * Annex 1 as a workbook: the title with the region's names and the date line merged across the
 * table, the two header rows (the measures merged under their group), one row per entry, then
 * 备注： and the five notes; headers frozen and repeated on every printed page.
 */
export function annex1Workbook({ title, dateLine, rows }: Annex1Sheet): Workbook {
  const workbook = new Workbook();
  workbook.creator = 'credit-governance-supergraph';
  const width = ANNEX1_COLUMNS.length;
  const sheet = workbook.addWorksheet('台账', {
    views: [{ state: 'frozen', xSplit: 0, ySplit: ANNEX1_SUBHEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${ANNEX1_HEADER_ROW}:${ANNEX1_SUBHEADER_ROW}` },
  });
  sheet.columns = ANNEX1_COLUMNS.map((column) => ({ key: column.key, width: column.width }));

  sheet.getCell(ANNEX1_TITLE_ROW, 1).value = title;
  sheet.mergeCells(ANNEX1_TITLE_ROW, 1, ANNEX1_TITLE_ROW, width);
  sheet.getCell(ANNEX1_TITLE_ROW, 1).font = { bold: true, size: 16 };
  sheet.getCell(ANNEX1_TITLE_ROW, 1).alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(ANNEX1_TITLE_ROW).height = 30;
  sheet.getCell(ANNEX1_DATE_ROW, 1).value = dateLine;
  sheet.mergeCells(ANNEX1_DATE_ROW, 1, ANNEX1_DATE_ROW, width);
  writeHeaders(sheet);

  rows.forEach((row, index) => {
    const sheetRow = sheet.getRow(ANNEX1_FIRST_ENTRY_ROW + index);
    ANNEX1_COLUMNS.forEach((column, columnIndex) => {
      const cell = sheetRow.getCell(columnIndex + 1);
      cell.value = row[column.key];
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: typeof row[column.key] === 'number' ? 'center' : 'left' };
    });
    // A USCC is a code, not a number: kept as text so that Excel never reformats it.
    sheetRow.getCell(ANNEX1_COLUMNS.findIndex((column) => column.key === 'uscc') + 1).numFmt = '@';
  });

  const notesRow = ANNEX1_FIRST_ENTRY_ROW + rows.length + 1;
  [ANNEX1_NOTES_HEADING, ...ANNEX1_NOTES].forEach((note, index) => {
    sheet.getCell(notesRow + index, 1).value = note;
    sheet.mergeCells(notesRow + index, 1, notesRow + index, width);
  });
  sheet.autoFilter = { from: `A${ANNEX1_SUBHEADER_ROW}`, to: `${letter(width)}${ANNEX1_SUBHEADER_ROW + rows.length}` };
  return workbook;
}
