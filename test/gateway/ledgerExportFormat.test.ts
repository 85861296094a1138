import { Workbook } from 'exceljs';
import { annex1Csv } from '../../gateway/exports/annex1Csv';
import { annex1Workbook } from '../../gateway/exports/annex1Workbook';
import { attachmentDisposition } from '../../gateway/exports/attachmentDisposition';
import { readLedgerExportParams } from '../../gateway/exports/readLedgerExportParams';
import { ANNEX1_NOTES, type Annex1Row } from '../../subgraphs/kit/ledger';
import { parseCsv } from '../support/parseCsv';

const row = (serial: number, overrides: Partial<Annex1Row> = {}): Annex1Row => ({
  serial,
  subjectName: `公司${serial}`,
  uscc: '91430100MA4L16JQ9B',
  recordCount: 2,
  interview: '未约谈',
  correction: '尚未纠正失信行为、履行相关义务',
  commitment: '未归集上报',
  repair: '已修复 0 条失信记录（共 2 条需修复）',
  keySupervision: '否',
  exited: '否',
  remarks: '',
  responsibleUnit: '',
  ...overrides,
});

describe('Annex 1 workbook', () => {
  it('has the title, the date, merged headers, the rows and the notes', async () => {
    const written = annex1Workbook({ title: '湖南省长沙市信用服务机构失信问题专项治理台账', dateLine: '时间：2021年6月30日', rows: [row(1), row(2)] });
    const workbook = new Workbook();
    await workbook.xlsx.load(await written.xlsx.writeBuffer());
    const sheet = workbook.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('湖南省长沙市信用服务机构失信问题专项治理台账');
    expect(sheet.getCell('A2').value).toBe('时间：2021年6月30日');
    expect(sheet.getCell('E3').value).toBe('专项治理措施实施情况');
    // Merged cells answer with the master's value and know their master.
    expect(sheet.getCell('I3').isMerged).toBe(true);
    expect(sheet.getCell('I3').master.address).toBe('E3');
    expect(sheet.getCell('J3').master.address).toBe('J3');
    expect(sheet.getCell('A4').master.address).toBe('A3');
    expect(['E4', 'F4', 'G4', 'H4', 'I4'].map((address) => sheet.getCell(address).value)).toEqual(['重点约谈', '纠正行为履行义务', '信用承诺', '信用修复', '重点监管']);
    expect(sheet.getCell('A6').value).toBe(2);
    expect(sheet.getCell('C5').value).toBe('91430100MA4L16JQ9B');
    expect(sheet.getCell('A8').value).toBe('备注：');
    expect(sheet.getCell('A13').value).toBe(ANNEX1_NOTES[4]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    expect(sheet.getColumn(2).width).toBeGreaterThan(20);
  });
});

describe('Annex 1 CSV', () => {
  it('is UTF-8 with a BOM, CRLF rows, RFC 4180 quoting, flattened headers, and no formulas', async () => {
    const csv = await annex1Csv([row(1, { subjectName: '某"信用"公司,长沙', remarks: '=HYPERLINK("x")' }), row(2, { remarks: '第一行\r\n第二行' })]);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.subarray(3).toString('utf8');
    expect(text).toContain('"某""信用""公司,长沙"');
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([
      '序号',
      '治理对象',
      '统一社会信用代码',
      '失信记录数',
      '专项治理措施实施情况-重点约谈',
      '专项治理措施实施情况-纠正行为履行义务',
      '专项治理措施实施情况-信用承诺',
      '专项治理措施实施情况-信用修复',
      '专项治理措施实施情况-重点监管',
      '是否退出台账',
      '备注',
      '责任单位',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 4)).toEqual(['1', '某"信用"公司,长沙', '91430100MA4L16JQ9B', '2']);
    expect(rows[1][10]).toBe('\'=HYPERLINK("x")');
    expect(rows[2][10]).toBe('第一行\r\n第二行');
  });
});

describe('export parameters and file name', () => {
  const now = new Date('2021-07-10T02:00:00Z');

  it('reads region and period, dating a past period at its last day', () => {
    expect(readLedgerExportParams({ region: '430100' }, now)).toMatchObject({ period: null, date: '2021-07-10', region: { title: '湖南省长沙市' } });
    expect(readLedgerExportParams({ region: '430100', period: '2021-06' }, now)).toMatchObject({ period: '2021-06', date: '2021-06-30' });
    expect(readLedgerExportParams({ region: '430100', period: '2021-07' }, now)).toMatchObject({ date: '2021-07-10' });
    expect(readLedgerExportParams({ report: '12' }, now)).toEqual({ kind: 'report', id: '12' });
  });

  it.each([
    [{}, 'region'],
    [{ region: '43010' }, 'region'],
    [{ region: '439900' }, 'region'],
    [{ region: ['430100', '430000'] }, 'region'],
    [{ region: '430100', period: '2021-13' }, 'period'],
    [{ region: '430100', period: '202106' }, 'period'],
    [{ report: '' }, 'report'],
    [{ report: '12', region: '430100' }, 'report'],
  ])('refuses %j naming %s', (query, field) => {
    expect(() => readLedgerExportParams(query, now)).toThrow(expect.objectContaining({ status: 400, code: 'BAD_USER_INPUT', field }));
  });

  it('names the file in Chinese (RFC 5987) with an ASCII fallback', () => {
    expect(attachmentDisposition('湖南省台账_430100_2021-06.xlsx', 'ledger_430100_2021-06.xlsx')).toBe(
      `attachment; filename="ledger_430100_2021-06.xlsx"; filename*=UTF-8''${encodeURIComponent('湖南省台账')}_430100_2021-06.xlsx`,
    );
  });
});
