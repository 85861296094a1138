import { Workbook } from 'exceljs';
import { demoUsers } from '../../subgraphs/kit/demo/demoUsers';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';
import { ANNEX1_NOTES } from '../../subgraphs/kit/ledger';
import { parseCsv } from '../support/parseCsv';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

const RECORD = `mutation ($input: RecordDishonestyInput!) { recordDishonesty(input: $input) { id } }`;
const INTERVIEW = `mutation ($input: RecordInterviewInput!) { recordInterview(input: $input) { id } }`;
const LEDGER = `query ($region: RegionCode!) { governanceLedger(region: $region, first: 200) { nodes { id subject { uscc } } } }`;
const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }`;
const STATUS = `mutation ($uscc: USCC!, $status: BusinessStatus!, $reason: String) { updateBusinessStatus(uscc: $uscc, status: $status, reason: $reason) { uscc } }`;
const SUBMIT = `mutation ($region: RegionCode!, $period: String!) { submitLedgerReport(region: $region, period: $period) { id version } }`;
const UPDATE = `mutation ($id: ID!, $remarks: String, $unit: String) { updateLedgerEntry(entryId: $id, remarks: $remarks, responsibleUnit: $unit) { id remarks responsibleUnit } }`;

const FURONG = demoUsers.furong;
const KNOWN = uscc('91430102MA4X00001');
const LATER = uscc('91430102MA4X00002');
/** A registered institution (its commitment not yet collected) and a deregistered one (excluded). */
const REGISTERED = uscc('91430102MA4X00003');
const DEREGISTERED = uscc('91430102MA4X00004');
const REMARKS = '已约谈两次，"限期整改"中';

type Caller = Omit<Identity, 'clientAddress'> | null;

describe.each(testDrivers())('ledger exports through the gateway on %s', (driver) => {
  let system: TestSystem;
  let clock = new Date('2021-06-15T10:00:00+08:00');

  const ok = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown>) => {
    const result = await system.query<T>(query, variables, { as: FURONG });
    expect(result.errors).toBeUndefined();
    return result.data;
  };
  const record = (subjectUscc: string, subjectName: string, documentNumber: string, decidedAt: string) =>
    ok(RECORD, {
      input: {
        subjectUscc,
        subjectName,
        region: '430102',
        kind: 'ADMINISTRATIVE_PENALTY',
        authority: '长沙市芙蓉区市场监督管理局',
        documentNumber,
        decidedAt,
        summary: '虚假宣传，罚款。',
      },
    });

  const download = async (path: string, as: Caller = FURONG, authorization?: string) => {
    const bearer = authorization ?? (as ? `Bearer ${await mintDevToken(as)}` : undefined);
    const response = await fetch(new URL(path, system.gatewayUrl), { headers: bearer ? { authorization: bearer } : {} });
    const bytes = await response.arrayBuffer();
    return { status: response.status, headers: response.headers, bytes, body: Buffer.from(bytes) };
  };
  const refusal = async (path: string, as: Caller = FURONG, authorization?: string) => {
    const { status, headers, body } = await download(path, as, authorization);
    expect(headers.get('content-type')).toMatch(/^application\/json/);
    const parsed: { errors: { message: string; extensions: { code: string; field?: string } }[] } = JSON.parse(body.toString('utf8'));
    return { status, error: parsed.errors[0] };
  };
  const sheetOf = async (bytes: ArrayBuffer) => {
    const workbook = new Workbook();
    await workbook.xlsx.load(bytes);
    return workbook.worksheets[0];
  };
  const rowOf = (sheet: Awaited<ReturnType<typeof sheetOf>>, usccValue: string) => {
    for (let number = 5; number <= sheet.rowCount; number += 1) {
      if (sheet.getCell(number, 3).value === usccValue) return sheet.getRow(number);
    }
    throw new Error(`${usccValue} is not in the sheet`);
  };

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => clock });
    // June: the known entity, interviewed by two units; July: another entity.
    await record(KNOWN, '长沙某征信服务有限公司', '芙市监罚〔2021〕101号', '2021-06-01');
    await record(KNOWN, '长沙某征信服务有限公司', '芙市监罚〔2021〕102号', '2021-06-02');
    await ok(INTERVIEW, { input: { subjectUscc: KNOWN, region: '430102', units: ['芙蓉区发展改革局', '芙蓉区市场监督管理局'], conductedAt: '2021-06-10', summary: '督促整改。' } });
    clock = new Date('2021-07-05T10:00:00+08:00');
    await record(LATER, '长沙另一信用管理有限公司', '芙市监罚〔2021〕201号', '2021-07-01');
    for (const [code, name] of [[REGISTERED, '芙蓉登记征信有限公司'], [DEREGISTERED, '芙蓉注销征信有限公司']]) {
      await ok(REGISTER, { input: { uscc: code, name, legalRepresentative: '张三', region: '430102' } });
      await record(code, name, `芙市监罚〔2021〕${code.slice(-4)}号`, '2021-07-02');
    }
    await ok(STATUS, { uscc: DEREGISTERED, status: 'DEREGISTERED', reason: '已办理注销登记' });
    const ledger = await ok<{ governanceLedger: { nodes: { id: string; subject: { uscc: string } }[] } }>(LEDGER, { region: '430102' });
    const known = ledger?.governanceLedger.nodes.find((node) => node.subject.uscc === KNOWN);
    if (!known) throw new Error('the known entity is not in the ledger');
    await ok(UPDATE, { id: known.id, remarks: REMARKS, unit: '芙蓉区发展改革局' });
    clock = new Date('2021-07-10T10:00:00+08:00');
  });

  afterAll(async () => {
    await system.close();
  });

  it('exports the ledger as an Annex 1 workbook: title with the region’s names, date, merged headers, notes, the known entry', async () => {
    const { status, headers, bytes } = await download('/exports/ledger.xlsx?region=430102');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(headers.get('content-disposition')).toBe(
      `attachment; filename="ledger_430102_2021-07-10.xlsx"; filename*=UTF-8''${encodeURIComponent('湖南省长沙市芙蓉区信用服务机构失信问题专项治理台账_430102_2021-07-10.xlsx')}`,
    );
    const sheet = await sheetOf(bytes);
    expect(sheet.getCell('A1').value).toBe('湖南省长沙市芙蓉区信用服务机构失信问题专项治理台账');
    expect(sheet.getCell('A2').value).toBe('时间：2021年7月10日');
    expect(sheet.getCell('E3').value).toBe('专项治理措施实施情况');
    expect(['F3', 'G3', 'H3', 'I3'].map((address) => sheet.getCell(address).master.address)).toEqual(['E3', 'E3', 'E3', 'E3']);
    expect(['E4', 'F4', 'G4', 'H4', 'I4'].map((address) => sheet.getCell(address).value)).toEqual(['重点约谈', '纠正行为履行义务', '信用承诺', '信用修复', '重点监管']);
    expect(sheet.getCell('A4').master.address).toBe('A3');

    const known = rowOf(sheet, KNOWN);
    expect(known.getCell(2).value).toBe('长沙某征信服务有限公司');
    expect(known.getCell(4).value).toBe(2);
    expect(known.getCell(5).value).toBe('芙蓉区发展改革局、芙蓉区市场监督管理局已约谈');
    expect(known.getCell(6).value).toBe('尚未纠正失信行为、履行相关义务');
    expect(known.getCell(7).value).toBe('不适用（非登记信用服务机构）');
    expect(known.getCell(8).value).toBe('已修复 0 条失信记录（共 2 条需修复）');
    expect(known.getCell(9).value).toBe('否');
    expect(known.getCell(10).value).toBe('否');
    expect(known.getCell(11).value).toBe(REMARKS);
    expect(known.getCell(12).value).toBe('芙蓉区发展改革局');
    expect(rowOf(sheet, LATER).getCell(5).value).toBe('未约谈');
    expect(rowOf(sheet, REGISTERED).getCell(7).value).toBe('未归集上报');
    // The deregistered institution is excluded (read live from institutions): not a row.
    expect(() => rowOf(sheet, DEREGISTERED)).toThrow('not in the sheet');
    // Three entries numbered 1 to 3, a blank row, then 备注： and the five notes.
    expect([5, 6, 7].map((row) => sheet.getCell(row, 1).value)).toEqual([1, 2, 3]);
    expect(sheet.getCell('A9').value).toBe('备注：');
    expect([10, 11, 12, 13, 14].map((row) => sheet.getCell(row, 1).value)).toEqual([...ANNEX1_NOTES]);
  });

  it('answers 404 naming region and period for a past period the region submitted no report for', async () => {
    // A month's ledger read today would show that month's records with today's facts of the other agencies.
    const { status, error } = await refusal('/exports/ledger.xlsx?region=430102&period=2021-06');
    expect([status, error.extensions.code]).toEqual([404, 'NOT_FOUND']);
    expect(error.message).toContain('no monthly ledger report of region 430102 for 2021-06 was submitted');
  });

  it('exports a submitted monthly report as it was reported, dated the day it was submitted', async () => {
    const submitted = await ok<{ submitLedgerReport: { id: string; version: number } }>(SUBMIT, { region: '430102', period: '2021-06' });
    const id = submitted?.submitLedgerReport.id ?? '';
    const { status, headers, bytes } = await download(`/exports/ledger.xlsx?report=${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toContain('filename="ledger_430102_2021-06_v1.xlsx"');
    const sheet = await sheetOf(bytes);
    expect(sheet.getCell('A1').value).toBe('湖南省长沙市芙蓉区信用服务机构失信问题专项治理台账');
    expect(sheet.getCell('A2').value).toBe('时间：2021年7月10日');
    expect(sheet.getCell('I3').master.address).toBe('E3');
    const known = rowOf(sheet, KNOWN);
    expect([known.getCell(1).value, known.getCell(4).value, known.getCell(5).value, known.getCell(11).value]).toEqual([
      1,
      2,
      '芙蓉区发展改革局、芙蓉区市场监督管理局已约谈',
      REMARKS,
    ]);
    const csv = await download(`/exports/ledger.csv?report=${encodeURIComponent(id)}`);
    expect(parseCsv(csv.body.subarray(3).toString('utf8')).find((row) => row[2] === KNOWN)?.[10]).toBe(REMARKS);
    // Another region's lead unit is told what an unknown report tells: 404.
    const outside = await refusal(`/exports/ledger.xlsx?report=${encodeURIComponent(id)}`, demoUsers.beijing);
    expect([outside.status, outside.error.extensions.code]).toEqual([404, 'NOT_FOUND']);
    const unknown = await refusal('/exports/ledger.xlsx?report=999999');
    expect([unknown.status, unknown.error.extensions.code]).toEqual([404, 'NOT_FOUND']);
    const both = await refusal(`/exports/ledger.xlsx?report=${encodeURIComponent(id)}&region=430102`);
    expect([both.status, both.error.extensions.field]).toEqual([400, 'report']);

    // The period of a region is its current submitted report, the same snapshot.
    const byPeriod = await download('/exports/ledger.xlsx?region=430102&period=2021-06');
    expect(byPeriod.status).toBe(200);
    expect(byPeriod.headers.get('content-disposition')).toContain('filename="ledger_430102_2021-06_v1.xlsx"');
    const periodSheet = await sheetOf(byPeriod.bytes);
    expect(periodSheet.getCell('A2').value).toBe('时间：2021年7月10日');
    expect(rowOf(periodSheet, KNOWN).getCell(11).value).toBe(REMARKS);
    const periodCsv = await download('/exports/ledger.csv?region=430102&period=2021-06');
    expect(periodCsv.body.equals(csv.body)).toBe(true);
    // The province's lead unit reads the county's report, not its own (none submitted).
    const province = await refusal('/exports/ledger.xlsx?region=430000&period=2021-06', { role: 'LEAD_UNIT', subject: 'hunan-export', region: '430000' });
    expect([province.status, province.error.message]).toEqual([404, expect.stringContaining('region 430000 for 2021-06')]);
  });

  it('lets the city’s lead unit export its county’s ledger (region covered by level)', async () => {
    const { status, bytes } = await download('/exports/ledger.xlsx?region=430102', demoUsers.changsha);
    expect(status).toBe(200);
    expect(rowOf(await sheetOf(bytes), KNOWN).getCell(4).value).toBe(2);
  });

  it('exports CSV: UTF-8 with BOM, the columns flattened, quotes and commas read back', async () => {
    const { status, headers, body } = await download('/exports/ledger.csv?region=430102');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toContain('filename="ledger_430102_2021-07-10.csv"');
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(body.subarray(3).toString('utf8'));
    expect(rows[0].slice(3, 6)).toEqual(['失信记录数', '专项治理措施实施情况-重点约谈', '专项治理措施实施情况-纠正行为履行义务']);
    const known = rows.find((row) => row[2] === KNOWN);
    expect(known).toEqual([
      expect.any(String),
      '长沙某征信服务有限公司',
      KNOWN,
      '2',
      '芙蓉区发展改革局、芙蓉区市场监督管理局已约谈',
      '尚未纠正失信行为、履行相关义务',
      '不适用（非登记信用服务机构）',
      '已修复 0 条失信记录（共 2 条需修复）',
      '否',
      '否',
      REMARKS,
      '芙蓉区发展改革局',
    ]);
    expect(rows).toHaveLength(4);
  });

  it('refuses a lead unit of another region as GraphQL does (403 FORBIDDEN)', async () => {
    const { status, error } = await refusal('/exports/ledger.xlsx?region=430102', demoUsers.beijing);
    expect(status).toBe(403);
    expect(error.extensions.code).toBe('FORBIDDEN');
    expect((await refusal('/exports/ledger.csv?region=430102', demoUsers.beijing)).status).toBe(403);
  });

  it('refuses the public (403 FORBIDDEN) and a token that does not verify (401 UNAUTHENTICATED)', async () => {
    const anonymous = await refusal('/exports/ledger.csv?region=430102', null);
    expect([anonymous.status, anonymous.error.extensions.code]).toEqual([403, 'FORBIDDEN']);
    const forged = await refusal('/exports/ledger.xlsx?region=430102', null, 'Bearer not-a-token');
    expect([forged.status, forged.error.extensions.code]).toEqual([401, 'UNAUTHENTICATED']);
    expect((await download('/exports/ledger.xlsx?region=430102', null, 'Basic abc')).headers.get('www-authenticate')).toBe('Bearer');
    const institution = await refusal('/exports/ledger.xlsx?region=430102', demoUsers.changshaCredit);
    expect([institution.status, institution.error.extensions.code]).toEqual([403, 'FORBIDDEN']);
  });

  it.each([
    { who: 'the national regulator', as: demoUsers.national, status: 200 },
    { who: 'the province’s lead unit', as: demoUsers.hunan, status: 200 },
    { who: 'the county’s lead unit', as: demoUsers.furong, status: 200 },
    // SERVICE reads the ledger (facts for decisions and snapshots, the ledger contract).
    { who: 'a service', as: demoUsers.service, status: 200 },
    { who: 'another province’s lead unit', as: demoUsers.beijing, status: 403 },
    { who: 'an industry regulator', as: demoUsers.nanshanMarket, status: 403 },
    { who: 'a court', as: demoUsers.court, status: 403 },
    { who: 'an institution', as: demoUsers.changshaCredit, status: 403 },
    { who: 'the public', as: null, status: 403 },
  ])('answers $who as governanceLedger does ($status)', async ({ as, status }) => {
    expect((await download('/exports/ledger.csv?region=430102', as)).status).toBe(status);
  });

  it('answers 400 naming the parameter for a bad region or period', async () => {
    for (const query of ['', 'region=4301', 'region=439900']) {
      const { status, error } = await refusal(`/exports/ledger.xlsx?${query}`);
      expect([status, error.extensions.code, error.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'region']);
    }
    for (const period of ['2021-13', '2021-08']) {
      const { status, error } = await refusal(`/exports/ledger.csv?region=430102&period=${period}`);
      expect([status, error.extensions.code, error.extensions.field]).toEqual([400, 'BAD_USER_INPUT', 'period']);
    }
  });

  it('refuses the whole file (503 SERVICE_UNAVAILABLE) when an agency whose facts the rows need cannot be reached', async () => {
    await system.subgraphs.repair.pause();
    try {
      const { status, error } = await refusal('/exports/ledger.xlsx?region=430102');
      expect([status, error.extensions.code]).toEqual([503, 'SERVICE_UNAVAILABLE']);
    } finally {
      await system.subgraphs.repair.resume();
    }
    expect((await download('/exports/ledger.xlsx?region=430102')).status).toBe(200);
  });

  it('pages through a ledger longer than one page (200 entries), numbering rows on', async () => {
    const region = '430103';
    const inputs = Array.from({ length: 203 }, (_, index) => ({
      subjectUscc: uscc(`91430103MA4Y${String(index).padStart(5, '0')}`),
      subjectName: `天心区第${index + 1}号信用服务有限公司`,
      region,
      kind: 'ADMINISTRATIVE_PENALTY',
      authority: '长沙市天心区市场监督管理局',
      documentNumber: `天市监罚〔2021〕${index + 1}号`,
      decidedAt: '2021-07-01',
      summary: '虚假宣传，罚款。',
    }));
    for (let start = 0; start < inputs.length; start += 40) {
      const batch = inputs.slice(start, start + 40);
      const variables = Object.fromEntries(batch.map((input, index) => [`i${index}`, input]));
      const mutation = `mutation (${batch.map((_, index) => `$i${index}: RecordDishonestyInput!`).join(', ')}) {
        ${batch.map((_, index) => `r${index}: recordDishonesty(input: $i${index}) { id }`).join('\n')}
      }`;
      const result = await system.query(mutation, variables);
      expect(result.errors).toBeUndefined();
    }
    const { status, body } = await download(`/exports/ledger.csv?region=${region}`, demoUsers.changsha);
    expect(status).toBe(200);
    const rows = parseCsv(body.subarray(3).toString('utf8')).slice(1);
    expect(rows).toHaveLength(203);
    expect(rows.map((row) => row[0])).toEqual(inputs.map((_, index) => String(index + 1)));
    expect(new Set(rows.map((row) => row[2]))).toEqual(new Set(inputs.map((input) => input.subjectUscc)));
  });
});
