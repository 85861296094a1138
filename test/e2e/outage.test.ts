import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';

const QUESTION = `query ($uscc: USCC!) {
  marketEntity(uscc: $uscc) {
    uscc
    institution { name }
    commitmentPublished
    recordCount
    dishonestyRecords(first: 5) { totalCount }
    complaintCount
    openRepairCaseCount
  }
  institutions(first: 1) { totalCount }
}`;

interface Answer {
  marketEntity: {
    institution: { name: string } | null;
    recordCount: number | null;
    dishonestyRecords: { totalCount: number } | null;
    complaintCount: number | null;
    openRepairCaseCount: number | null;
  } | null;
  institutions: { totalCount: number } | null;
}

describe('an agency outage on the real supergraph', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem('sqlite', { demo: true });
  });

  afterAll(async () => {
    await system.close();
  });

  it('nulls only the missing agency\'s facts, says which agency is unavailable without its address, and recovers without a restart', async () => {
    const uscc = demoEntities.changshaCredit.uscc;
    await system.subgraphs.records.pause();
    const { status, body } = await system.rawQuery(QUESTION, { uscc });
    expect(status).toBe(200);
    const during: { data: Answer; errors: { message: string; extensions: { code: string } }[] } = JSON.parse(body);
    expect(during.data.marketEntity).toMatchObject({
      institution: { name: demoEntities.changshaCredit.name },
      recordCount: null,
      dishonestyRecords: null,
      openRepairCaseCount: 1,
    });
    expect(during.data.marketEntity?.complaintCount).toBeGreaterThan(0);
    expect(during.data.institutions?.totalCount).toBeGreaterThan(0);
    expect(during.errors.map((error) => error.extensions.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(during.errors[0].message).toContain('records');
    expect(body).not.toContain('127.0.0.1');
    expect(body).not.toContain(new URL(system.subgraphs.records.url).port);

    await system.subgraphs.records.resume();
    const after = await system.query<Answer>(QUESTION, { uscc });
    expect(after.errors).toBeUndefined();
    expect(after.data?.marketEntity?.recordCount).toBe(2);
  });
});

interface Timed {
  startedAt: number;
  endedAt: number;
  status: number;
  answer: { data: Answer | null; errors?: { message: string; extensions: { code: string; service?: string } }[] };
}

const CLIENTS = 4;
const SUBGRAPH_TIMEOUT_MS = 10_000;
const whole = (timed: Timed) => timed.answer.errors === undefined && timed.answer.data?.marketEntity?.recordCount === 2;

describe.each(testDrivers())('a subgraph stopped during traffic on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver, { demo: true });
  });

  afterAll(async () => {
    await system.close();
  });

  it('answers every client within the subgraph timeout with the healthy agencies\' data while records is down, and whole answers once it is back on its port', async () => {
    const uscc = demoEntities.changshaCredit.uscc;
    const answers: Timed[] = [];
    let running = true;
    const client = async () => {
      while (running) {
        const startedAt = Date.now();
        const { status, body } = await system.rawQuery(QUESTION, { uscc });
        answers.push({ startedAt, endedAt: Date.now(), status, answer: JSON.parse(body) });
      }
    };
    const answeredSince = async (since: number, enough: (timed: Timed) => boolean) => {
      while (answers.filter((timed) => timed.startedAt >= since && enough(timed)).length < CLIENTS * 3) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const clients = Array.from({ length: CLIENTS }, client);
    const recordsUrl = system.subgraphs.records.url;

    await answeredSince(Date.now(), whole);
    await system.subgraphs.records.pause();
    const downAt = Date.now();
    await answeredSince(downAt, () => true);
    const resumingAt = Date.now();
    await system.subgraphs.records.resume();
    const upAt = Date.now();
    await answeredSince(upAt, () => true);
    running = false;
    await Promise.all(clients);

    // The same port: the gateway was not told of a new address, nor restarted.
    expect(system.subgraphs.records.url).toBe(recordsUrl);
    for (const timed of answers) {
      expect(timed.status).toBe(200);
      expect(timed.endedAt - timed.startedAt).toBeLessThan(SUBGRAPH_TIMEOUT_MS);
      expect(JSON.stringify(timed.answer)).not.toContain(new URL(recordsUrl).port);
      // Around the switches an answer is either whole or the outage's: never another error.
      if (whole(timed)) continue;
      expect(timed.answer.data?.marketEntity).toMatchObject({ institution: { name: demoEntities.changshaCredit.name }, recordCount: null, openRepairCaseCount: 1 });
      expect(timed.answer.errors?.map((error) => error.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', service: 'records' }]);
    }
    const during = answers.filter((timed) => timed.startedAt >= downAt && timed.endedAt <= resumingAt);
    expect(during.length).toBeGreaterThanOrEqual(CLIENTS * 3);
    expect(during.filter(whole)).toEqual([]);
    const after = answers.filter((timed) => timed.startedAt >= upAt);
    expect(after.length).toBeGreaterThanOrEqual(CLIENTS * 3);
    expect(after.filter((timed) => !whole(timed))).toEqual([]);
  });
});
