import { EntityManager } from 'typeorm';
import * as exitCheck from '../../subgraphs/records/ledger/fetchExitCheck';
import { DishonestyRecordEntity } from '../../subgraphs/records/entities/DishonestyRecordEntity';
import { LedgerEntryEntity } from '../../subgraphs/records/entities/LedgerEntryEntity';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';
import { codes, ledgerDriver, shanghai, users } from './ledger/ledgerFixture';

type Result = Awaited<ReturnType<ReturnType<typeof ledgerDriver>['decide']>>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A record arriving while an exit is decided (review of issue 5, finding 2): the entry must never
 * end EXITED with an ACTIVE record the check did not see. Either the decision is refused, or the
 * record puts the entry back into the ledger after it.
 */
describe.each(testDrivers())('ledger: a record racing decideLedgerExit on %s', (driver) => {
  let system: TestSystem;
  let ledger: ReturnType<typeof ledgerDriver>;
  let serial = 0;

  beforeAll(async () => {
    system = await startTestSystem(driver, { now: () => shanghai('2021-06-15T10:00:00') });
    ledger = ledgerDriver(system);
  }, 120_000);
  afterAll(async () => { await system.close(); });

  /** An entity whose only penalty is repaired: its entry may exit. */
  const exitableEntry = async () => {
    serial += 1;
    const subject = uscc(`91430102MA4L${driver === 'sqlite' ? '3' : '4'}R${String(serial).padStart(3, '0')}`);
    const penalty = await ledger.record({ uscc: subject, kind: 'ADMINISTRATIVE_PENALTY' });
    await ledger.approveRepair(await ledger.applyForRepair(penalty, subject));
    const entry = await ledger.entryOf(subject);
    expect(entry.exitCheck.allowed).toBe(true);
    return { subject, entry };
  };
  const stored = (entryId: string) => system.subgraphs.records.dataSource.getRepository(LedgerEntryEntity).findOneByOrFail({ id: Number(entryId) });
  const activeRecords = (subject: string) => system.subgraphs.records.dataSource.getRepository(DishonestyRecordEntity).countBy({ uscc: subject, status: 'ACTIVE' });

  it('refuses the exit when a record was committed while the gateway was asked', async () => {
    const { subject, entry } = await exitableEntry();
    const original = exitCheck.fetchExitCheck;
    const spy = jest.spyOn(exitCheck, 'fetchExitCheck').mockImplementation(async (...args) => {
      const check = await original(...args);
      await ledger.record({ uscc: subject, kind: 'ADMINISTRATIVE_PENALTY', decidedAt: '2021-06-01' });
      return check;
    });
    try {
      const decided = await ledger.decide(entry.id);
      expect(codes(decided)).toEqual(['CONFLICT']);
      expect(decided.errors?.[0].message).toContain('arrived');
    } finally {
      spy.mockRestore();
    }
    expect((await stored(entry.id)).status).toBe('IN_LEDGER');
  });

  it('never leaves the entry EXITED with a record written while the exit was decided', async () => {
    const { subject, entry } = await exitableEntry();
    const original = EntityManager.prototype.save;
    let decision: Promise<Result> | null = null;
    // Inside the record's transaction, just after the record is inserted (not committed) and before it enters the ledger, the exit is decided.
    const spy = jest.spyOn(EntityManager.prototype, 'save').mockImplementation(async function (this: EntityManager, ...args: unknown[]) {
      const saved: unknown = await Reflect.apply(original, this, args);
      if (decision === null && saved instanceof DishonestyRecordEntity) {
        decision = ledger.decide(entry.id);
        await Promise.race([decision, sleep(1500)]);
      }
      return saved;
    });
    try {
      await ledger.record({ uscc: subject, kind: 'ADMINISTRATIVE_PENALTY', decidedAt: '2021-06-02' });
      expect(decision).not.toBeNull();
      const decided = await (decision ?? Promise.reject(new Error('no decision started')));
      const now = await stored(entry.id);
      if (codes(decided)) expect(codes(decided)).toEqual(['CONFLICT']);
      expect(now.status).toBe('IN_LEDGER');
      // The repaired penalty and the new one.
      expect(await activeRecords(subject)).toBe(2);
    } finally {
      spy.mockRestore();
    }
    // The entry in, the lead unit still sees it and may not exit it now.
    expect((await ledger.entryOf(subject, '430102', users.national)).status).toBe('IN_LEDGER');
  });
});
