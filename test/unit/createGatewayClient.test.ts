import express from 'express';
import { createGatewayClient } from '../../subgraphs/kit/services/createGatewayClient';
import { listen, type Listening } from '../../subgraphs/kit/server/listen';
import { startFakeGateway, type FakeGateway } from '../support/startFakeGateway';

const TYPE_DEFS = `type Query { greeting(name: String!): String, slow: String, broken: String }`;
const GREETING = { agency: 'institutions', query: 'query ($name: String!) { greeting(name: $name) }', variables: { name: '长沙' } };

function readGreeting(data: unknown): string {
  if (typeof data !== 'object' || data === null || !('greeting' in data) || typeof data.greeting !== 'string') throw new Error('no greeting');
  return data.greeting;
}

describe('createGatewayClient', () => {
  let gateway: FakeGateway;
  let notJson: Listening;
  let releaseSlow: () => void = () => undefined;
  const slow = new Promise<string>((resolve) => {
    releaseSlow = () => resolve('late');
  });
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

  beforeAll(async () => {
    gateway = await startFakeGateway(TYPE_DEFS, {
      greeting: ({ name }: { name: string }) => `你好，${name}`,
      slow: () => slow,
      broken: () => {
        throw new Error('records is unavailable');
      },
    });
    const html = express();
    html.post('/graphql', (_req, res) => {
      res.status(502).type('html').send('<html>Bad Gateway</html>');
    });
    notJson = await listen(html, 0, '127.0.0.1');
  });

  afterAll(async () => {
    releaseSlow();
    await gateway.close();
    await notJson.close();
    warn.mockRestore();
  });

  const expectUnavailable = async (promise: Promise<unknown>, agency: string, ...addresses: string[]) => {
    const error: unknown = await promise.then(
      () => null,
      (rejected: unknown) => rejected,
    );
    expect(error).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    const message = error instanceof Error ? error.message : '';
    expect(message).toContain(agency);
    for (const address of ['127.0.0.1', ...addresses]) expect(message).not.toContain(address);
  };

  it('POSTs the operation with its variables as JSON and returns the data as read', async () => {
    const client = createGatewayClient({ url: () => gateway.url });
    expect(await client.query({ ...GREETING, read: readGreeting })).toBe('你好，长沙');
    const asked = gateway.requests.at(-1);
    expect(asked).toMatchObject({ query: GREETING.query, variables: { name: '长沙' } });
    expect(asked?.headers['content-type']).toBe('application/json');
  });

  it('reads the address at each call, so the gateway may start after the subgraph', async () => {
    let url: string | null = null;
    const client = createGatewayClient({
      url: () => {
        if (url === null) throw new Error('the gateway is not listening yet');
        return url;
      },
    });
    await expectUnavailable(client.query({ ...GREETING, read: readGreeting }), 'institutions');
    url = gateway.url;
    expect(await client.query({ ...GREETING, read: readGreeting })).toBe('你好，长沙');
  });

  it('is SERVICE_UNAVAILABLE naming the agency, without the address, when the gateway is down', async () => {
    const client = createGatewayClient({ url: () => gateway.url });
    await gateway.pause();
    try {
      await expectUnavailable(client.query({ ...GREETING, read: readGreeting }), 'institutions', new URL(gateway.url).port);
    } finally {
      await gateway.resume();
    }
    expect(await client.query({ ...GREETING, read: readGreeting })).toBe('你好，长沙');
  });

  it('gives up after its timeout', async () => {
    const client = createGatewayClient({ url: () => gateway.url, timeoutMs: 200 });
    const started = Date.now();
    await expectUnavailable(client.query({ agency: 'records', query: '{ slow }', variables: {}, read: () => 'unused' }), 'records');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('is SERVICE_UNAVAILABLE when the answer carries an error, is not JSON, or has another shape', async () => {
    const client = createGatewayClient({ url: () => gateway.url });
    await expectUnavailable(client.query({ agency: 'records', query: '{ broken }', variables: {}, read: () => 'unused' }), 'records');
    await expectUnavailable(client.query({ agency: 'records', query: '{ nonsense }', variables: {}, read: () => 'unused' }), 'records');
    await expectUnavailable(client.query({ agency: 'records', query: '{ other: greeting(name: "x") }', variables: {}, read: readGreeting }), 'records');
    const html = createGatewayClient({ url: () => notJson.url });
    await expectUnavailable(html.query({ ...GREETING, read: readGreeting }), 'institutions');
  });

  it('logs what went wrong for the operator', () => {
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('asking records'), expect.anything());
  });
});
