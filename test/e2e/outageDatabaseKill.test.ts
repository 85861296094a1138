import { createConnection, type Connection } from 'mysql2/promise';
import { killMysqlConnections } from '../support/killMysqlConnections';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { uscc } from '../support/uscc';

interface Answer {
  status: number;
  body: string;
  /** The stored record's id when the write or read succeeded. */
  id?: string;
  codes: string[];
  endedAt: number;
  client: number;
}

const WRITERS = 3;
const READERS = 2;
const REGION = '430102';

const record = (writer: number, n: number) => `mutation {
  recordDishonesty(input: { subjectUscc: "${uscc(`91430102MA4K${String(writer * 1000 + n).padStart(5, '0')}`)}", subjectName: "断连测试${writer}-${n}",
    region: "${REGION}", kind: ADMINISTRATIVE_PENALTY, authority: "长沙市芙蓉区市场监督管理局",
    documentNumber: "芙市监罚〔2021〕K${writer}-${n}号", decidedAt: "2021-05-10", summary: "连接被终止时写入" }) { id }
}`;
const READ = `{ dishonestyRecords(filter: { region: "${REGION}" }, first: 200) { totalCount nodes { id } } }`;

const errorCodes = (parsed: { errors?: { extensions?: { code?: string } }[] }) => (parsed.errors ?? []).map((error) => String(error.extensions?.code));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// SQLite is an embedded file: it has no connection to kill, so this runs on MySQL/MariaDB only.
const onMysql = testDrivers().includes('mysql') ? describe : describe.skip;

onMysql('a subgraph\'s database connections killed during traffic (MySQL/MariaDB only: SQLite has no connections to kill)', () => {
  let system: TestSystem;
  let admin: Connection;

  beforeAll(async () => {
    system = await startTestSystem('mysql');
    admin = await createConnection({ uri: process.env.TEST_MYSQL_URL });
  });

  afterAll(async () => {
    await admin?.end();
    await system?.close();
  });

  it('answers SERVICE_UNAVAILABLE without detail for the requests on killed connections, recovers by itself, and keeps every acknowledged write', async () => {
    const database = system.subgraphs.records.dataSource.driver.database;
    if (!database) throw new Error('the records data source names no database');
    const writes: Answer[] = [];
    const reads: Answer[] = [];
    let running = true;
    const send = async (client: number, query: string): Promise<Answer> => {
      const { status, body } = await system.rawQuery(query);
      const parsed = JSON.parse(body);
      return { status, body, id: parsed.data?.recordDishonesty?.id, codes: errorCodes(parsed), endedAt: Date.now(), client };
    };
    const writer = async (w: number) => {
      for (let n = 0; running; n += 1) writes.push(await send(w, record(w, n)));
    };
    const reader = async (r: number) => {
      while (running) reads.push(await send(WRITERS + r, READ));
    };
    const succeededSince = (since: number) => [...writes, ...reads].filter((answer) => answer.endedAt > since && answer.codes.length === 0).length;
    const refused = () => [...writes, ...reads].filter((answer) => answer.codes.length > 0).length;
    const clients = [...Array.from({ length: WRITERS }, (_, w) => writer(w)), ...Array.from({ length: READERS }, (_, r) => reader(r))];

    while (succeededSince(0) < 10) await pause(20);
    // Kill rounds until some request was on a killed connection (a round may only find idle ones).
    let rounds = 0;
    while ((refused() === 0 || rounds < 5) && rounds < 40) {
      rounds += 1;
      await killMysqlConnections(admin, database);
      await pause(25);
    }
    const lastKill = Date.now();
    const giveUpAt = lastKill + 15_000;
    while (succeededSince(lastKill) < (WRITERS + READERS) * 3 && Date.now() < giveUpAt) await pause(20);
    running = false;
    await Promise.all(clients);

    const answers = [...writes, ...reads];
    expect(refused()).toBeGreaterThan(0);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.codes.filter((code) => code !== 'SERVICE_UNAVAILABLE')).toEqual([]);
      expect(answer.body).not.toMatch(/stack|127\.0\.0\.1|:3306|ECONN|PROTOCOL_|ER_[A-Z_]+/);
    }
    // Recovered by itself: the pool's new connections answer every client again after the last kill.
    expect(answers.filter((answer) => answer.endedAt > lastKill + 1_000 && answer.codes.length > 0)).toEqual([]);
    for (let client = 0; client < WRITERS + READERS; client += 1) {
      const last = answers.filter((answer) => answer.client === client).slice(-2);
      expect(last.map((answer) => answer.codes)).toEqual([[], []]);
    }

    const acknowledged = writes.flatMap((answer) => (answer.id ? [answer.id] : []));
    expect(acknowledged.length).toBeLessThanOrEqual(200);
    const stored = await system.query<{ dishonestyRecords: { totalCount: number; nodes: { id: string }[] } }>(READ);
    expect(stored.errors).toBeUndefined();
    const storedIds = new Set(stored.data?.dishonestyRecords.nodes.map((node) => node.id));
    expect(acknowledged.filter((id) => !storedIds.has(id))).toEqual([]);
    // A write refused on a killed connection may or may not have committed; nothing is stored twice.
    expect(stored.data?.dishonestyRecords.totalCount).toBeLessThanOrEqual(writes.length);
  });
});
