import { GraphQLError } from 'graphql';
import { startTestSubgraph, type TestSubgraph } from './startTestSubgraph';
import { testSubgraphSdl, type TestSubgraphName } from './testSubgraphSdl';
import { testUsccs } from './testUsccs';

export interface TestSubgraphs {
  urls: Record<TestSubgraphName, string>;
  subgraphs: Record<TestSubgraphName, TestSubgraph>;
  /** Resolver calls of `institutions`, by root field. */
  calls: { marketEntity: number; institutions: number; registerInstitution: number };
  /** GraphQL requests received by all subgraphs together. */
  requests(): number;
  close(): Promise<void>;
}

interface UsccRef {
  uscc: string;
}

/** The three test subgraphs on free ports, with resolvers that behave as testUsccs describes. */
export async function startTestSubgraphs(): Promise<TestSubgraphs> {
  const calls = { marketEntity: 0, institutions: 0, registerInstitution: 0 };
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });

  const institutions = await startTestSubgraph(testSubgraphSdl.institutions, {
    Query: {
      marketEntity: (_: unknown, { uscc }: UsccRef) => {
        calls.marketEntity += 1;
        return { uscc };
      },
      institutions: () => {
        calls.institutions += 1;
        return [{ uscc: testUsccs.registered, name: '湖南示例征信有限公司', region: '430100' }];
      },
    },
    Mutation: {
      registerInstitution: (_: unknown, { input }: { input: { uscc: string; name: string; region: string } }) => {
        calls.registerInstitution += 1;
        return { uscc: input.uscc, name: input.name, region: input.region };
      },
    },
    MarketEntity: {
      institution: ({ uscc }: UsccRef) => (uscc === testUsccs.registered ? { uscc, name: '湖南示例征信有限公司', region: '430100' } : null),
    },
  });
  const records = await startTestSubgraph(testSubgraphSdl.records, {
    Query: {
      dishonestyRecord: (_: unknown, { id }: { id: string }) => {
        throw new GraphQLError(`dishonesty record ${id} not found`, { extensions: { code: 'NOT_FOUND' } });
      },
    },
    MarketEntity: {
      records: ({ uscc }: UsccRef) => {
        if (uscc === testUsccs.forbidden) throw new GraphQLError('not in your region', { extensions: { code: 'FORBIDDEN' } });
        if (uscc === testUsccs.broken) throw new Error('connect ECONNREFUSED 10.20.30.40:3306');
        return [{ id: 'r1', kind: 'ADMINISTRATIVE_PENALTY' }];
      },
    },
  });
  const complaints = await startTestSubgraph(testSubgraphSdl.complaints, {
    Query: {
      complaintStatus: () => 'SUBMITTED',
    },
    Mutation: {
      submitComplaint: (_: unknown, { idempotencyKey }: { idempotencyKey: string }) => `TS-${idempotencyKey}`,
    },
    MarketEntity: {
      complaintCount: async ({ uscc }: UsccRef) => {
        if (uscc === testUsccs.slow) await released;
        return 2;
      },
    },
  });

  const subgraphs = { institutions, records, complaints };
  return {
    urls: { institutions: institutions.url, records: records.url, complaints: complaints.url },
    subgraphs,
    calls,
    requests: () => institutions.requests() + records.requests() + complaints.requests(),
    close: async () => {
      release();
      await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.close()));
    },
  };
}
