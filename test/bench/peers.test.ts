import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApolloPeer } from '../../bench/peers/createApolloPeer';
import { createHivePeer } from '../../bench/peers/createHivePeer';
import type { Peer, PeerOptions } from '../../bench/peers/Peer';
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
