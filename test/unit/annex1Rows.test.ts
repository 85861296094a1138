import {
  ANNEX1_COLUMNS,
  ANNEX1_MEASURES_GROUP,
  ANNEX1_NOTES,
  annex1DateLine,
  annex1Rows,
  annex1Title,
  flatColumnName,
  type Annex1LedgerEntry,
} from '../../subgraphs/kit/ledger';

function entry(overrides: Partial<Annex1LedgerEntry> = {}, measures: Partial<Annex1LedgerEntry['measures']> = {}): Annex1LedgerEntry {
  return {
    id: 'e1',
    subject: { uscc: '91430100MA4L16JQ9B' },
    subjectName: '长沙某征信服务有限公司',
    recordCount: 3,
    status: 'IN_LEDGER',
    exclusionReason: null,
    exitKind: null,
    measures: {
      interviewUnits: [],
      correctedAndFulfilled: false,
      commitmentCollected: false,
      recordsRepaired: 0,
      recordsToRepair: 2,
      keySupervision: null,
      ...measures,
    },
    remarks: null,
    responsibleUnit: null,
    ...overrides,
  };
}

describe('Annex 1 layout (seed, 附件1)', () => {
  it('has the seed’s columns in its order, the five measures under their group, 责任单位 last', () => {
    expect(ANNEX1_COLUMNS.map((column) => column.header)).toEqual([
      '序号',
      '治理对象',
      '统一社会信用代码',
      '失信记录数',
      '重点约谈',
      '纠正行为履行义务',
      '信用承诺',
      '信用修复',
      '重点监管',
      '是否退出台账',
      '备注',
      '责任单位',
    ]);
    expect(ANNEX1_COLUMNS.filter((column) => column.group === ANNEX1_MEASURES_GROUP).map((column) => column.header)).toEqual([
      '重点约谈',
      '纠正行为履行义务',
      '信用承诺',
      '信用修复',
      '重点监管',
    ]);
    expect(ANNEX1_COLUMNS.map(flatColumnName)[4]).toBe('专项治理措施实施情况-重点约谈');
  });

  it('titles the ledger with the region’s names and dates it as the seed does', () => {
    expect(annex1Title('湖南省长沙市')).toBe('湖南省长沙市信用服务机构失信问题专项治理台账');
    expect(annex1DateLine('2021-06-30')).toBe('时间：2021年6月30日');
    expect(() => annex1DateLine('2021-6-30')).toThrow('not a date');
  });

  it('keeps the five notes word for word', () => {
    expect(ANNEX1_NOTES).toHaveLength(5);
    expect(ANNEX1_NOTES[4]).toBe('5. “重点监管”处填写当地是否将治理对象纳入重点监管，并暂停其开展相关业务。');
  });
});

describe('annex1Rows', () => {
  it('writes an entry in the user’s words', () => {
    const [row] = annex1Rows([
      entry(
        { status: 'EXITED', exitKind: 'CRITERIA_MET', remarks: '已约谈两次', responsibleUnit: '长沙市发展改革委' },
        {
          interviewUnits: ['长沙市发展改革委', '中国人民银行长沙中心支行'],
          correctedAndFulfilled: true,
          commitmentCollected: true,
          recordsRepaired: 2,
          keySupervision: { grade: 'B', businessSuspended: true },
        },
      ),
    ]);
    expect(row).toEqual({
      serial: 1,
      subjectName: '长沙某征信服务有限公司',
      uscc: '91430100MA4L16JQ9B',
      recordCount: 3,
      interview: '长沙市发展改革委、中国人民银行长沙中心支行已约谈',
      correction: '已纠正失信行为并履行相关义务',
      commitment: '已归集上报',
      repair: '已修复 2 条失信记录（共 2 条需修复）',
      keySupervision: '是（B级），已暂停其开展相关业务',
      exited: '是',
      remarks: '已约谈两次',
      responsibleUnit: '长沙市发展改革委',
    });
  });

  it('says what has not been done', () => {
    const [row] = annex1Rows([entry({}, { commitmentCollected: null, recordsToRepair: 0, correctedAndFulfilled: true, keySupervision: { grade: 'A', businessSuspended: false } })]);
    expect(row).toMatchObject({
      interview: '未约谈',
      correction: '不涉及（无需纠正的失信记录）',
      commitment: '不适用（非登记信用服务机构）',
      repair: '无需修复',
      keySupervision: '是（A级），未暂停其开展相关业务',
      exited: '否',
      remarks: '',
      responsibleUnit: '',
    });
    expect(annex1Rows([entry()])[0]).toMatchObject({ correction: '尚未纠正失信行为、履行相关义务', commitment: '未归集上报', keySupervision: '否', repair: '已修复 0 条失信记录（共 2 条需修复）' });
  });

  it('marks an exit by override apart', () => {
    expect(annex1Rows([entry({ status: 'EXITED', exitKind: 'OVERRIDE' })])[0].exited).toBe('是（特批退出）');
  });

  it('numbers rows by position, after the rows of earlier pages, leaving out excluded entries', () => {
    const rows = annex1Rows(
      [
        entry({ id: 'a', subjectName: 'A' }),
        entry({ id: 'b', subjectName: 'B', status: 'EXCLUDED', exclusionReason: '已注销' }),
        entry({ id: 'c', subjectName: 'C' }),
      ],
      200,
    );
    expect(rows.map((row) => [row.serial, row.subjectName])).toEqual([
      [201, 'A'],
      [202, 'C'],
    ]);
  });
});
