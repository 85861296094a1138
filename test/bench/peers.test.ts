import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApolloPeer } from '../../bench/peers/createApolloPeer';
import { createHivePeer } from '../../bench/peers/createHivePeer';
import type { Peer, PeerOptions } from '../../bench/peers/Peer';
import { seedBenchData } from '../../bench/seed/seedBenchData';
import { SCHEMA_DIR } from '../../scripts/composeSupergraph';
import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
import type { Identity } from '../../subgraphs/kit/identity/identity';
import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';
import type { GraphQLResponse } from '../support/startTestSubgraph';
import { startTestSystem, type TestSystem } from '../support/startTestSystem';

type Caller = Omit<Identity, 'clientAddress'>;

const NATIONAL_REGULATOR: Caller = { role: 'NATIONAL_REGULATOR', subject: 'bench-national-regulator' };
const HUNAN_LEAD_UNIT: Caller = { role: 'LEAD_UNIT', subject: 'bench-hunan-lead', region: '430000' };

/** All four subgraphs: the registry, records with their repair cases, complaints. */
const CROSS_AGENCY = `query Entity($uscc: USCC!) {
  marketEntity(uscc: $uscc) {
    uscc
    institution { name region businessStatus disclosure { version products { name } } commitment { published current } }
    dishonestyRecords(first: 20) { totalCount nodes { id kind status repair { status confirmationRequests { authority kind status } } } }
    complaintCount
    complaints(first: 20) { totalCount nodes { trackingNumber category status } }
  }
}`;

const PUBLIC_DIRECTORY = `query Directory($query: String) {
  directory(query: $query, first: 20) { totalCount nodes { uscc name region } }
}`;

/** What a lead unit sees depends on its region: the complaints subgraph filters by the identity it is handed. */
const REGION_COMPLAINTS = `query Complaints {
  complaints(first: 50) {
    totalCount
    nodes { trackingNumber region subject { uscc institution { name } dishonestyRecords(first: 5) { totalCount } } }
  }
}`;

/** A ledger entry's own fields; `status` and `exclusionReason` @require the subject's business status (institutions). */
const ENTRY_FIELDS = 'id region status exclusionReason exitKind recordCount targets addedAt subject { uscc }';
/** The object-typed fields that @require facts of institutions, repair and complaints (`subject { … }`). */
const ENTRY_FACTS = `measures { interviewUnits correctedAndFulfilled commitmentCollected recordsRepaired recordsToRepair }
      exitCheck { allowed criteria { code met description record { id kind } } }`;

/** One page of a province's ledger, as the benchmark asks it (bench/scenarios/provinceLedger.ts) with `nodes` selecting `entry`. */
const ledgerPage = (entry: string) => `query Ledger($region: RegionCode!) {
  governanceLedger(region: $region, first: 200) {
    totalCount
    nodes {
      ${entry}
    }
  }
}`;

interface LedgerPage {
  governanceLedger: { totalCount: number; nodes: { id: string }[] } | null;
}

interface RegionComplaints {
  complaints: { totalCount: number; nodes: { region: string }[] };
}

async function ask<T>(url: string, query: string, variables: Record<string, unknown>, as: Caller | null): Promise<GraphQLResponse<T>> {
  const authorization = as ? `Bearer ${await mintDevToken(as)}` : undefined;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  expect(response.status).toBe(200);
  const body: GraphQLResponse<T> = JSON.parse(await response.text());
  return body;
}

// The peers do not touch storage: SQLite's demo data is enough to compare their answers with ours.
describe.each([
  ['Apollo', createApolloPeer],
  ['Hive', createHivePeer],
] satisfies [string, (options: PeerOptions) => Promise<Peer>][])('the stock %s gateway as a benchmark peer', (_name, createPeer) => {
  let system: TestSystem;
  let peer: { url: string; close(): Promise<void> };

  beforeAll(async () => {
    system = await startTestSystem('sqlite', { demo: true });
    const { subgraphs } = system;
    const created = await createPeer({
      supergraphSdl: readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'),
      subgraphUrls: {
        institutions: subgraphs.institutions.url,
        records: subgraphs.records.url,
        complaints: subgraphs.complaints.url,
        repair: subgraphs.repair.url,
      },
    });
    peer = await created.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await peer?.close();
    await system?.close();
  });

  it("answers the national regulator's cross-agency question with our gateway's data", async () => {
    const variables = { uscc: demoEntities.changshaCredit.uscc };
    const ours = await ask(system.gatewayUrl, CROSS_AGENCY, variables, NATIONAL_REGULATOR);
    const theirs = await ask(peer.url, CROSS_AGENCY, variables, NATIONAL_REGULATOR);
    expect(ours.errors).toBeUndefined();
    expect(theirs).toEqual(ours);
    expect(theirs.data).toMatchObject({
      marketEntity: { institution: { name: demoEntities.changshaCredit.name }, complaintCount: expect.any(Number) },
    });
  });

  it("answers the anonymous public's directory search with our gateway's data", async () => {
    const variables = { query: '信用' };
    const ours = await ask<{ directory: { totalCount: number } }>(system.gatewayUrl, PUBLIC_DIRECTORY, variables, null);
    const theirs = await ask<{ directory: { totalCount: number } }>(peer.url, PUBLIC_DIRECTORY, variables, null);
    expect(ours.errors).toBeUndefined();
    expect(ours.data?.directory.totalCount).toBeGreaterThan(0);
    expect(theirs).toEqual(ours);
  });

  it("hands the subgraphs the lead unit's identity: its region's complaints only, as ours does", async () => {
    const ours = await ask<RegionComplaints>(system.gatewayUrl, REGION_COMPLAINTS, {}, HUNAN_LEAD_UNIT);
    const theirs = await ask<RegionComplaints>(peer.url, REGION_COMPLAINTS, {}, HUNAN_LEAD_UNIT);
    expect(ours.errors).toBeUndefined();
    expect(theirs).toEqual(ours);

    const everyone = await ask<RegionComplaints>(peer.url, REGION_COMPLAINTS, {}, NATIONAL_REGULATOR);
    const hunan = theirs.data?.complaints;
    expect(hunan?.totalCount).toBeGreaterThan(0);
    expect(hunan?.nodes.every((complaint) => complaint.region.startsWith('43'))).toBe(true);
    expect(everyone.data?.complaints.totalCount).toBeGreaterThan(hunan?.totalCount ?? Infinity);
  });

  it('refuses a bearer token that does not verify with 401 UNAUTHENTICATED, as ours does', async () => {
    const refusal = async (url: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
        body: JSON.stringify({ query: REGION_COMPLAINTS }),
      });
      const body: GraphQLResponse<RegionComplaints> = JSON.parse(await response.text());
      return { status: response.status, complaints: body.data?.complaints ?? null, error: body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code })) };
    };
    const ours = await refusal(system.gatewayUrl);
    expect(ours).toEqual({ status: 401, complaints: null, error: [{ message: 'token refused: ERR_JWS_INVALID', code: 'UNAUTHENTICATED' }] });
    expect(await refusal(peer.url)).toEqual(ours);
  });
});

/** Peers in front of the subgraphs, for a suite that starts its own system. */
async function peersOf(system: TestSystem): Promise<{ apollo: string; hive: string; close(): Promise<void> }> {
  const { subgraphs } = system;
  const options: PeerOptions = {
    supergraphSdl: readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8'),
    subgraphUrls: { institutions: subgraphs.institutions.url, records: subgraphs.records.url, complaints: subgraphs.complaints.url, repair: subgraphs.repair.url },
  };
  const apollo = await (await createApolloPeer(options)).listen(0, '127.0.0.1');
  const hive = await (await createHivePeer(options)).listen(0, '127.0.0.1');
  return { apollo: apollo.url, hive: hive.url, close: async () => { await apollo.close(); await hive.close(); } };
}

// The benchmark's ledger scenario at a fifth of its scale: the 1,000-entry province then holds
// one full page of 200. SQLite: the peers do not touch storage.
describe("a province's ledger page of 200 entries through the peers", () => {
  let system: TestSystem;
  let peers: Awaited<ReturnType<typeof peersOf>>;
  let region: string;
  let leadUnit: Caller;

  beforeAll(async () => {
    system = await startTestSystem('sqlite');
    const { subgraphs } = system;
    const dataSet = await seedBenchData({
      institutions: subgraphs.institutions.dataSource, records: subgraphs.records.dataSource,
      complaints: subgraphs.complaints.dataSource, repair: subgraphs.repair.dataSource,
    }, { seed: 42, scale: 0.2 });
    expect(dataSet.ledgerCounts[1000]).toBe(200);
    region = dataSet.ledgerRegions[1000];
    leadUnit = { role: 'LEAD_UNIT', subject: `bench-lead-${region}`, region };
    peers = await peersOf(system);
  }, 120_000);

  afterAll(async () => {
    await peers?.close();
    await system?.close();
  });

  const oursFor = async (query: string) => {
    const ours = await ask<LedgerPage>(system.gatewayUrl, query, { region }, leadUnit);
    expect(ours.errors).toBeUndefined();
    expect(ours.data?.governanceLedger?.nodes).toHaveLength(200);
    return ours;
  };

  it('Apollo answers the page with measures and exit criteria as ours does', async () => {
    const query = ledgerPage(`${ENTRY_FIELDS} ${ENTRY_FACTS}`);
    expect(await ask(peers.apollo, query, { region }, leadUnit)).toEqual(await oursFor(query));
  });

  it("Hive answers the page's own fields, the scalar @requires ones included, as ours does", async () => {
    const query = ledgerPage(ENTRY_FIELDS);
    expect(await ask(peers.hive, query, { region }, leadUnit)).toEqual(await oursFor(query));
  });

  // KNOWN HIVE BUG (Hive Gateway 2.12.1, @graphql-tools/delegate 12.3.3). Fields whose @requires
  // select fields of another entity (`subject { … }`) are fetched late, together, by Hive's
  // "left-over" path; when that one _entities answer arrives, each waiting field is completed
  // with the resolve info of one of them (the field that set the fetch off), so against that
  // field's return type. Here `id` (ID!): the objects measures and exitCheck are lost, hence
  // "Cannot return null for non-nullable field LedgerEntry.measures" (a nullable one would
  // silently read null), while the scalars status and exclusionReason pass through unharmed.
  // Every subgraph answers 200 with the right data. Putting measures and exitCheck first in the
  // selection is no way out: the page is then right, but a scalar completed as an object throws
  // outside the request (annotateExternalObject) and the unhandled rejection ends the peer
  // process. This pins the failure the benchmark reports for Hive: when this test fails, Hive
  // was fixed — assert equality with ours instead, as for Apollo, and update docs/performance.md.
  it('Hive fails the page as the benchmark asks it: LedgerEntry.measures null (known bug)', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const theirs = await ask<LedgerPage>(peers.hive, ledgerPage(`${ENTRY_FIELDS} ${ENTRY_FACTS}`), { region }, leadUnit);
      expect(theirs.data).toEqual({ governanceLedger: null });
      expect(theirs.errors?.map(({ message, path }) => ({ message, path }))).toEqual([
        { message: 'Unexpected error.', path: ['governanceLedger', 'nodes', 0, 'measures'] },
      ]);
      // Hive masks the error; its log has the cause.
      expect(logged.mock.calls.flat().join(' ')).toContain('Cannot return null for non-nullable field LedgerEntry.measures.');
    } finally {
      logged.mockRestore();
    }
  });
});
