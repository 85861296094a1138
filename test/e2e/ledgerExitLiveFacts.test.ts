import { AuditEntryEntity } from '../../subgraphs/kit/audit/AuditEntryEntity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';
import { codes, ENTRY_FIELDS, ledgerDriver, shanghai, unmetOf, users, type Entry } from './ledger/ledgerFixture';

const LIVE = uscc('91430102MA4LD0001');
const BANKRUPT = uscc('91430102MA4LD0002');
const OVERRIDDEN = uscc('91430102MA4LD0003');
const ELSEWHERE = uscc('91110105MA4LD0004');

describe.each(testDrivers())('the ledger reads other agencies’ facts live, through the gateway, on %s', (driver) => {
  let system: TestSystem;
  let ledger: ReturnType<typeof ledgerDriver>;

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => shanghai('2021-06-15T10:00:00') });
    ledger = ledgerDriver(system);
  });

  afterAll(async () => {
    await system.close();
  });

  /** A registered institution with one penalty, repaired, and its commitment published: every criterion met. */
  async function readyToExit(code: string): Promise<Entry> {
    await ledger.register(code);
    const penalty = await ledger.record({ uscc: code, kind: 'ADMINISTRATIVE_PENALTY' });
    await ledger.approveRepair(await ledger.applyForRepair(penalty, code));
    await ledger.signAndPublish(code);
    const entry = await ledger.entryOf(code);
    expect(entry.exitCheck.allowed).toBe(true);
    return entry;
  }

  it('decides on the facts as they are at the decision: a commitment no longer current since the client looked is refused', async () => {
    const seen = await readyToExit(LIVE);
    // Just before the decision, institutions records a new legal representative: the published commitment is no longer current.
    await ledger.ok(users.national, 'mutation ($uscc: USCC!) { changeLegalRepresentative(uscc: $uscc, legalRepresentative: "李新任", reason: "股东会决议变更") { uscc } }', { uscc: LIVE });
    expect(unmetOf(await ledger.decide(seen.id))).toEqual([{ code: 'COMMITMENT_PUBLISHED', recordId: null, description: expect.stringContaining('信用承诺') }]);
    // The new representative signs with the institution and the lead unit publishes: the same decision now passes.
    await ledger.signAndPublish(LIVE, '李新任');
    const exited = await ledger.decide(seen.id);
    expect(exited.data?.decideLedgerExit).toMatchObject({ status: 'EXITED', exitKind: 'CRITERIA_MET' });
  });

  it('excludes an entry while institutions says its business status excludes it, with no copy to refresh, and counts it in screening', async () => {
    await ledger.register(BANKRUPT);
    await ledger.record({ uscc: BANKRUPT, kind: 'ADMINISTRATIVE_PENALTY' });
    expect(await ledger.entryOf(BANKRUPT)).toMatchObject({ status: 'IN_LEDGER', exclusionReason: null });

    await ledger.businessStatus(BANKRUPT, 'BANKRUPTCY', '长沙市中级人民法院裁定受理破产清算申请');
    const excluded = await ledger.entryOf(BANKRUPT);
    expect(excluded).toMatchObject({ status: 'EXCLUDED', exclusionReason: '已进入破产程序：长沙市中级人民法院裁定受理破产清算申请' });
    expect(excluded.exitCheck.criteria.find(({ code }) => code === 'NOT_EXCLUDED')).toMatchObject({ met: false });
    expect(unmetOf(await ledger.decide(excluded.id)).map(({ code }) => code)).toContain('NOT_EXCLUDED');
    const screened = await ledger.screen();
    expect(screened.screenLedger.exclusions).toEqual([{ entry: { id: excluded.id, subject: { uscc: BANKRUPT } }, reason: '已进入破产程序：长沙市中级人民法院裁定受理破产清算申请' }]);
    expect(screened.screenLedger).toMatchObject({ excluded: 1, added: 0 });

    // Back to operating in institutions: back in the ledger at once.
    await ledger.businessStatus(BANKRUPT, 'OPERATING', null);
    expect(await ledger.entryOf(BANKRUPT)).toMatchObject({ status: 'IN_LEDGER', exclusionReason: null });
    expect((await ledger.screen()).screenLedger).toMatchObject({ excluded: 0, exclusions: [] });
  });

  it('refuses an override without a reason (BAD_USER_INPUT on reason); with one, exits it as OVERRIDE, audited and counted apart', async () => {
    await ledger.register(OVERRIDDEN);
    await ledger.record({ uscc: OVERRIDDEN, kind: 'ADMINISTRATIVE_PENALTY' });
    const entry = await ledger.entryOf(OVERRIDDEN);
    for (const reason of [null, '   ']) {
      const refused = await ledger.decide(entry.id, { override: true, reason });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    }
    expect(await ledger.entryOf(OVERRIDDEN)).toMatchObject({ status: 'IN_LEDGER', exitKind: null });

    const overridden = await ledger.decide(entry.id, { override: true, reason: '经省级牵头单位研究，该机构已整改到位，处罚修复程序另行办理。' });
    expect(overridden.errors).toBeUndefined();
    expect(overridden.data?.decideLedgerExit).toMatchObject({ status: 'EXITED', exitKind: 'OVERRIDE', exitReason: '经省级牵头单位研究，该机构已整改到位，处罚修复程序另行办理。' });
    const ledgerNow = await ledger.ok<{ governanceLedger: { nodes: Entry[] } }>(users.furong, `{ governanceLedger(region: "430102", first: 50) { nodes { ${ENTRY_FIELDS} } } }`);
    const exits = ledgerNow.governanceLedger.nodes.filter(({ status }) => status === 'EXITED');
    expect(exits.map(({ subject, exitKind }) => [subject.uscc, exitKind])).toEqual([[LIVE, 'CRITERIA_MET'], [OVERRIDDEN, 'OVERRIDE']]);
    const audit = await system.subgraphs.records.dataSource.getRepository(AuditEntryEntity).findOneByOrFail({ operation: 'decideLedgerExit', objectId: entry.id });
    expect(audit.summary).toMatch(/^OVERRIDE: .* unmet criteria PENALTY_REPAIRED\(record \d+\), COMMITMENT_PUBLISHED; reason: 经省级牵头单位研究/);

    // A new record puts it back, clearing the override.
    await ledger.record({ uscc: OVERRIDDEN, kind: 'ADMINISTRATIVE_PENALTY', decidedAt: '2021-06-10' });
    expect(await ledger.entryOf(OVERRIDDEN)).toMatchObject({ status: 'IN_LEDGER', exitKind: null, exitReason: null, exitedAt: null });
  });

  it('lets the lead unit set remarks and the responsible unit, and keeps others out', async () => {
    const entry = await ledger.entryOf(OVERRIDDEN);
    const UPDATE = 'mutation ($id: ID!, $remarks: String, $unit: String) { updateLedgerEntry(entryId: $id, remarks: $remarks, responsibleUnit: $unit) { id remarks responsibleUnit } }';
    const set = await ledger.ask(users.furong, UPDATE, { id: entry.id, remarks: '已约谈，限期整改。', unit: '长沙市芙蓉区发展和改革局' });
    expect(set.data).toEqual({ updateLedgerEntry: { id: entry.id, remarks: '已约谈，限期整改。', responsibleUnit: '长沙市芙蓉区发展和改革局' } });
    const onlyRemarks = await ledger.ask(users.hunan, 'mutation ($id: ID!) { updateLedgerEntry(entryId: $id, remarks: null) { remarks responsibleUnit } }', { id: entry.id });
    expect(onlyRemarks.data).toEqual({ updateLedgerEntry: { remarks: null, responsibleUnit: '长沙市芙蓉区发展和改革局' } });
    expect(codes(await ledger.ask(users.beijing, UPDATE, { id: entry.id, remarks: 'x' }))).toEqual(['NOT_FOUND']);
    expect(codes(await ledger.ask(users.court, UPDATE, { id: entry.id, remarks: 'x' }))).toEqual(['FORBIDDEN']);
  });

  it('gives a service the ledger with its measures and exit checks; screening is refused outside the lead unit’s region', async () => {
    const asService = await ledger.ask<{ governanceLedger: { nodes: Entry[] } }>(users.service, `{ governanceLedger(region: "430000", first: 50) { nodes { ${ENTRY_FIELDS} } } }`);
    expect(asService.errors).toBeUndefined();
    expect(asService.data?.governanceLedger.nodes.map(({ subject }) => subject.uscc)).toEqual([LIVE, BANKRUPT, OVERRIDDEN]);
    expect(codes(await ledger.ask(users.beijing, 'mutation { screenLedger(region: "430102") { entries } }'))).toEqual(['FORBIDDEN']);
    expect(codes(await ledger.ask(users.service, 'mutation { screenLedger(region: "430102") { entries } }'))).toEqual(['FORBIDDEN']);
    await ledger.record({ uscc: ELSEWHERE, kind: 'ADMINISTRATIVE_PENALTY', region: '110105' });
    expect((await ledger.screen('110000', users.beijing)).screenLedger).toMatchObject({ entries: 1, added: 0 });
  });

  it('shows a past month’s ledger through the gateway with ids naming the month, as stored then', async () => {
    const past = await ledger.ok<{ governanceLedger: { nodes: { id: string; status: string; exitKind: string | null; subject: { uscc: string }; exitCheck: { allowed: boolean } }[] } }>(users.hunan,
      '{ governanceLedger(region: "430102", period: "2021-06") { nodes { id status exitKind subject { uscc } exitCheck { allowed } } } }');
    const live = past.governanceLedger.nodes.find(({ subject }) => subject.uscc === LIVE);
    expect(live).toMatchObject({ id: expect.stringMatching(/^\d+@2021-06$/), status: 'EXITED', exitKind: 'CRITERIA_MET', exitCheck: { allowed: true } });
    // The month's id names the entry as it stood then; a month after the current one is refused.
    const byId = await ledger.ok<{ ledgerEntry: { id: string; status: string } }>(users.hunan, 'query ($id: ID!) { ledgerEntry(id: $id) { id status } }', { id: live?.id });
    expect(byId.ledgerEntry).toEqual({ id: live?.id, status: 'EXITED' });
    const later = await ledger.ask(users.hunan, 'query ($id: ID!) { ledgerEntry(id: $id) { id } }', { id: live?.id.replace('2021-06', '2021-09') });
    expect(later.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
