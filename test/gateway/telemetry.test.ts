import http from 'node:http';
import https from 'node:https';
import { startTestGateway } from './startTestGateway';
import { writeTestSupergraph } from './writeTestSupergraph';

test('with Apollo Studio credentials in the environment, the gateway still sends nothing anywhere', async () => {
  const studio = { APOLLO_KEY: 'service:credit-governance:not-a-real-key', APOLLO_GRAPH_REF: 'credit-governance@current', APOLLO_SCHEMA_REPORTING: 'true' };
  Object.assign(process.env, studio);
  const outbound = [jest.spyOn(https, 'request'), jest.spyOn(https, 'get'), jest.spyOn(http, 'request'), jest.spyOn(http, 'get')];
  const fetchSpy = jest.spyOn(globalThis, 'fetch');
  try {
    const gateway = await startTestGateway({ supergraphPath: writeTestSupergraph(), production: true });
    const answer = await gateway.post('{ __typename }');
    expect(answer.body).toEqual({ data: { __typename: 'Query' } });
    await gateway.close();
    // The test's own request goes through fetch to the gateway on 127.0.0.1; nothing else may leave.
    const elsewhere = fetchSpy.mock.calls.map(([url]) => String(url)).filter((url) => !url.startsWith(`${gateway.base}/`));
    expect(elsewhere).toEqual([]);
    for (const spy of outbound) expect(spy).not.toHaveBeenCalled();
  } finally {
    for (const spy of [...outbound, fetchSpy]) spy.mockRestore();
    for (const variable of Object.keys(studio)) delete process.env[variable];
  }
});
