import type { DishonestyRecordEntity } from '../../subgraphs/records/entities/DishonestyRecordEntity';
import type { RecordKind, RecordStatus, Severity } from '../../subgraphs/records/generated/resolversTypes';
import { exclusionOf } from '../../subgraphs/records/ledger/exclusion';
import { exitCriteria } from '../../subgraphs/records/ledger/exitCriteria';

const TODAY = '2021-06-15';

function recordOf(id: number, kind: RecordKind, overrides: { status?: RecordStatus; severity?: Severity; publicityEndsAt?: string | null } = {}): DishonestyRecordEntity {
  return {
    id, uscc: '91430102MA4L10001X', subjectName: '某公司', subjectIdentifiers: [], region: '430102', kind, severity: overrides.severity ?? 'GENERAL',
    authority: '某局', documentNumber: `文号${id}`, documentNumberKey: `文号${id}`, decidedAt: '2021-03-01',
    publicityEndsAt: overrides.publicityEndsAt === undefined ? '2022-03-01' : overrides.publicityEndsAt, status: overrides.status ?? 'ACTIVE',
    summary: '', recordedAt: new Date('2021-03-01T02:00:00Z'), sourceKey: null, sourceInputHash: null, finding: null, findingBy: null, findingNote: null,
    findingAt: null, revokedAt: null, revocationReason: null, revocationDocumentNumber: null, revocationDecidedAt: null,
  };
}

const judged = (records: DishonestyRecordEntity[], facts: Parameters<typeof exitCriteria>[1]) =>
  exitCriteria(records, facts, TODAY, '430102').map(({ code, met, record }) => [code, met, record?.id ?? null]);

describe('exit criteria (seed, section 3; DESIGN.md §6)', () => {
  it('meets (a) for a penalty repaired, no longer published or revoked, and not otherwise', () => {
    const records = [
      recordOf(1, 'ADMINISTRATIVE_PENALTY'),
      recordOf(2, 'ADMINISTRATIVE_PENALTY'),
      recordOf(3, 'ADMINISTRATIVE_PENALTY', { publicityEndsAt: '2021-06-15' }),
      recordOf(4, 'ADMINISTRATIVE_PENALTY', { status: 'REVOKED' }),
    ];
    expect(judged(records, { repairedRecordIds: ['2'] })).toEqual([
      ['PENALTY_REPAIRED', false, 1], ['PENALTY_REPAIRED', true, 2], ['PENALTY_REPAIRED', true, 3], ['PENALTY_REPAIRED', true, 4], ['NOT_EXCLUDED', true, null],
    ]);
  });

  it('meets (a) for a list entry with obligations fulfilled or a settlement reached, telling reached from performed', () => {
    const records = [recordOf(1, 'SERIOUS_DISHONESTY_LIST'), recordOf(2, 'SERIOUS_DISHONESTY_LIST'), recordOf(3, 'SERIOUS_DISHONESTY_LIST'), recordOf(4, 'SERIOUS_DISHONESTY_LIST')];
    const criteria = exitCriteria(records, { obligationsFulfilledRecordIds: ['2'], settlementReachedRecordIds: ['3', '4'], settlementPerformedRecordIds: ['4'], repairedRecordIds: ['1'] }, TODAY, '430102');
    // A repair case approved is not what meets a list entry's criterion: the court's confirmation is.
    expect(criteria.map(({ met }) => met)).toEqual([false, true, true, true, true]);
    expect(criteria[2].description).toMatch(/尚未确认履行完毕/);
    expect(criteria[3].description).toMatch(/履行完毕$/);
  });

  it('judges only serious false disclosures and commitment breaches, like penalties', () => {
    const records = [recordOf(1, 'FALSE_DISCLOSURE', { severity: 'SERIOUS' }), recordOf(2, 'COMMITMENT_BREACH', { severity: 'GENERAL' }), recordOf(3, 'COMMITMENT_BREACH', { severity: 'SERIOUS' })];
    expect(judged(records, { repairedRecordIds: ['3'] })).toEqual([['PENALTY_REPAIRED', false, 1], ['PENALTY_REPAIRED', true, 3], ['NOT_EXCLUDED', true, null]]);
  });

  it('asks for the commitment of a registered institution only, and for clues sent on only when a clue stands', () => {
    const clue = recordOf(1, 'IMPERSONATION_CLUE', { publicityEndsAt: null });
    expect(judged([clue], { businessStatus: null, unsentClueRegions: ['430102'] })).toEqual([['CLUES_SENT_ON', false, null], ['NOT_EXCLUDED', true, null]]);
    expect(judged([{ ...clue, status: 'REFUTED' }], { businessStatus: 'OPERATING', commitmentPublished: true })).toEqual([['COMMITMENT_PUBLISHED', true, null], ['NOT_EXCLUDED', true, null]]);
  });

  it('judges clues sent on by the regions the entry covers, not by what its reader sees', () => {
    const clue = recordOf(1, 'IMPERSONATION_CLUE', { publicityEndsAt: null });
    expect(judged([clue], { unsentClueRegions: ['430103'] })).toEqual([['CLUES_SENT_ON', true, null], ['NOT_EXCLUDED', true, null]]);
    const inCity = exitCriteria([clue], { unsentClueRegions: ['430103', '430104'] }, TODAY, '430100').find(({ code }) => code === 'CLUES_SENT_ON');
    expect(inCity).toMatchObject({ met: false, description: '招摇撞骗线索：尚有2个地区的线索未发送监管提示函' });
    expect(judged([clue], {})).toEqual([['CLUES_SENT_ON', false, null], ['NOT_EXCLUDED', true, null]]);
  });

  it('excludes on every excluding business status, with institutions’ reason', () => {
    expect(exclusionOf({ businessStatus: 'DEREGISTERED', businessStatusReason: '已办理注销登记' })).toBe('已注销：已办理注销登记');
    expect(exclusionOf({ businessStatus: 'ABNORMAL_LOST_CONTACT', businessStatusReason: null })).toBe('因长期失联被列入经营异常名录');
    expect([exclusionOf({ businessStatus: 'OPERATING' }), exclusionOf({ businessStatus: null }), exclusionOf(undefined)]).toEqual([null, null, null]);
    expect(judged([], { businessStatus: 'BANKRUPTCY', commitmentPublished: true })).toEqual([['COMMITMENT_PUBLISHED', true, null], ['NOT_EXCLUDED', false, null]]);
  });
});
