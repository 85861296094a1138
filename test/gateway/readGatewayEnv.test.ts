import { readGatewayEnv } from '../../gateway/readGatewayEnv';

test('without settings: port 4000 on every interface, subgraphs on 4001 to 4004, 10 s timeout, not production', () => {
  expect(readGatewayEnv({})).toEqual({
    port: 4000,
    host: '0.0.0.0',
    options: {
      supergraphPath: undefined,
      subgraphUrls: {
        institutions: 'http://127.0.0.1:4001/graphql',
        records: 'http://127.0.0.1:4002/graphql',
        complaints: 'http://127.0.0.1:4003/graphql',
        repair: 'http://127.0.0.1:4004/graphql',
      },
      subgraphTimeoutMs: 10_000,
      production: false,
      queryLimits: { maxDepth: 10, maxAliases: 50, maxDirectives: 20, maxTokens: 2000, maxCost: 200_000 },
      publicRateLimits: { submissionsPerMinute: 10, statusLookupsPerMinute: 30 },
      trustProxy: false,
    },
  });
});

test('every setting is taken from its variable', () => {
  const env = readGatewayEnv({
    GATEWAY_PORT: '8080',
    GATEWAY_HOST: '127.0.0.1',
    SUPERGRAPH_PATH: '/srv/supergraph.graphql',
    RECORDS_URL: 'http://records:4000/graphql',
    SUBGRAPH_TIMEOUT_MS: '2500',
    NODE_ENV: 'production',
    GRAPHQL_MAX_DEPTH: '8',
    GRAPHQL_MAX_ALIASES: '20',
    GRAPHQL_MAX_DIRECTIVES: '5',
    GRAPHQL_MAX_TOKENS: '1500',
    GRAPHQL_MAX_COST: '50000',
    PUBLIC_SUBMISSIONS_PER_MINUTE: '1000',
    STATUS_LOOKUPS_PER_MINUTE: '3000',
    TRUST_PROXY: '1',
  });
  expect(env).toMatchObject({ port: 8080, host: '127.0.0.1' });
  expect(env.options).toMatchObject({
    supergraphPath: '/srv/supergraph.graphql',
    subgraphTimeoutMs: 2500,
    production: true,
    subgraphUrls: { records: 'http://records:4000/graphql', repair: 'http://127.0.0.1:4004/graphql' },
    queryLimits: { maxDepth: 8, maxAliases: 20, maxDirectives: 5, maxTokens: 1500, maxCost: 50_000 },
    publicRateLimits: { submissionsPerMinute: 1000, statusLookupsPerMinute: 3000 },
    trustProxy: 1,
  });
});

test.each([
  ['GATEWAY_PORT', 'http'],
  ['GATEWAY_PORT', '70000'],
  ['GATEWAY_PORT', '1e3'],
  ['GATEWAY_PORT', '0x1F90'],
  ['GATEWAY_PORT', ' 4000'],
  ['RECORDS_URL', 'not-a-url'],
  ['INSTITUTIONS_URL', 'records:4000/graphql'],
  ['COMPLAINTS_URL', 'ftp://complaints/graphql'],
  ['REPAIR_URL', '/graphql'],
  ['SUBGRAPH_TIMEOUT_MS', '0'],
  ['SUBGRAPH_TIMEOUT_MS', '1.5'],
  ['SUBGRAPH_TIMEOUT_MS', '1e4'],
  ['GRAPHQL_MAX_DEPTH', '0'],
  ['GRAPHQL_MAX_ALIASES', 'many'],
  ['GRAPHQL_MAX_DIRECTIVES', '-1'],
  ['GRAPHQL_MAX_TOKENS', '2.5'],
  ['GRAPHQL_MAX_COST', '1e6'],
  ['PUBLIC_SUBMISSIONS_PER_MINUTE', '0'],
  ['STATUS_LOOKUPS_PER_MINUTE', 'ten'],
  ['TRUST_PROXY', 'proxy.internal'],
  ['TRUST_PROXY', '10.0.0.0/33'],
])('%s=%s is refused, naming the variable', (variable, value) => {
  expect(() => readGatewayEnv({ [variable]: value })).toThrow(variable);
});

test('a refused URL with a scheme is not repeated, since it may carry credentials', () => {
  expect(() => readGatewayEnv({ RECORDS_URL: 'ftp://user:secret@records/graphql' })).toThrow(/^RECORDS_URL must be an http:\/\/ or https:\/\/ URL, got one with "ftp:"$/);
});

test('https subgraph URLs are accepted as given', () => {
  expect(readGatewayEnv({ REPAIR_URL: 'https://repair.example.gov.cn/graphql' }).options.subgraphUrls?.repair).toBe('https://repair.example.gov.cn/graphql');
});

test.each([
  ['true', true],
  ['false', false],
  ['', false],
  ['2', 2],
  ['loopback', 'loopback'],
  ['10.0.0.0/8, 127.0.0.1', '10.0.0.0/8, 127.0.0.1'],
])('TRUST_PROXY=%s is express\'s trust proxy %p', (text, expected) => {
  expect(readGatewayEnv({ TRUST_PROXY: text }).options.trustProxy).toEqual(expected);
});
