import { Agent, get } from 'node:http';
import { listen } from '../../subgraphs/kit/server/listen';

/** A GET on a keep-alive socket: its status and body. */
function fetchKeptAlive(port: number, agent: Agent): Promise<{ status: number | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    get({ port, host: '127.0.0.1', path: '/', agent }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode, body }));
    }).on('error', reject);
  });
}

test('close lets a request in flight on a keep-alive socket finish, then returns without waiting for the idle timeout', async () => {
  const listening = await listen((_request, response) => void setTimeout(() => response.end('done'), 300), 0, '127.0.0.1');
  const agent = new Agent({ keepAlive: true });
  try {
    const inFlight = fetchKeptAlive(listening.port, agent);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    await listening.close(5_000);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(await inFlight).toEqual({ status: 200, body: 'done' });
  } finally {
    agent.destroy();
  }
});

test('close cuts a request still running after the grace period', async () => {
  const listening = await listen(() => undefined, 0, '127.0.0.1');
  const agent = new Agent({ keepAlive: true });
  try {
    const inFlight = fetchKeptAlive(listening.port, agent);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await listening.close(200);
    await expect(inFlight).rejects.toThrow('socket hang up');
  } finally {
    agent.destroy();
  }
});
