import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSystem } from '../../scripts/startSystem';
import { storageConfigFromEnv } from '../../subgraphs/kit/data/storageConfig';
import { demoEntities } from '../../subgraphs/kit/demo/demoCast';
import { mintDevToken } from '../../subgraphs/kit/identity/mintDevToken';

const FREE = { gateway: 0, institutions: 0, records: 0, complaints: 0, repair: 0 };

/** As the national regulator: the registry list and its changes are not the public's. */
async function ask(url: string, query: string) {
  const authorization = `Bearer ${await mintDevToken({ role: 'NATIONAL_REGULATOR', subject: 'restart-test' })}`;
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query }) });
  return response.json();
}

describe('the embedded default (SQLite under DATA_DIR)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'credit-data-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('creates one file per subgraph on first start, loads the demo once, and keeps data across restarts', async () => {
    const storageFor = (name: string) => storageConfigFromEnv(name, { DATA_DIR: dataDir });
    const first = await startSystem({ storageFor, ports: FREE, demo: true });
    const count = '{ institutions { totalCount } }';
    const before = await ask(first.gatewayUrl, count);
    expect(before).toEqual({ data: { institutions: { totalCount: Object.keys(demoEntities).length - 1 } } });
    await ask(first.gatewayUrl, `mutation { updateBusinessStatus(uscc: "${demoEntities.changshaClean.uscc}", status: DEREGISTERED, reason: "已注销") { businessStatus } }`);
    await first.close();
    expect(readdirSync(dataDir).filter((file) => file.endsWith('.sqlite')).sort()).toEqual(
      ['complaints.sqlite', 'institutions.sqlite', 'records.sqlite', 'repair.sqlite'],
    );

    const second = await startSystem({ storageFor, ports: FREE, demo: true });
    try {
      expect(await ask(second.gatewayUrl, count)).toEqual(before);
      const status = await ask(second.gatewayUrl, `{ institution(uscc: "${demoEntities.changshaClean.uscc}") { businessStatus } }`);
      expect(status).toEqual({ data: { institution: { businessStatus: 'DEREGISTERED' } } });
    } finally {
      await second.close();
    }
  });
});
