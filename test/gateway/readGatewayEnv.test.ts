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
  });
  expect(env).toMatchObject({ port: 8080, host: '127.0.0.1' });
  expect(env.options).toMatchObject({
    supergraphPath: '/srv/supergraph.graphql',
    subgraphTimeoutMs: 2500,
    production: true,
    subgraphUrls: { records: 'http://records:4000/graphql', repair: 'http://127.0.0.1:4004/graphql' },
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
])('%s=%s is refused, naming the variable', (variable, value) => {
  expect(() => readGatewayEnv({ [variable]: value })).toThrow(variable);
});

test('a refused URL with a scheme is not repeated, since it may carry credentials', () => {
  expect(() => readGatewayEnv({ RECORDS_URL: 'ftp://user:secret@records/graphql' })).toThrow(/^RECORDS_URL must be an http:\/\/ or https:\/\/ URL, got one with "ftp:"$/);
});

test('https subgraph URLs are accepted as given', () => {
  expect(readGatewayEnv({ REPAIR_URL: 'https://repair.example.gov.cn/graphql' }).options.subgraphUrls?.repair).toBe('https://repair.example.gov.cn/graphql');
});
