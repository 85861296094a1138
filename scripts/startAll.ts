import 'reflect-metadata';
import { warnAboutCalendarHorizon } from '../subgraphs/kit/calendar/warnAboutCalendarHorizon';
import { storageConfigFromEnv } from '../subgraphs/kit/data/storageConfig';
import { demoEntities } from '../subgraphs/kit/demo/demoCast';
import { portFromEnv } from '../subgraphs/kit/server/portFromEnv';
import { shutdownOnSignal } from '../subgraphs/kit/server/shutdownOnSignal';
import { DEFAULT_PORTS } from './allSubgraphs';
import { SUBGRAPH_NAMES } from './composeSupergraph';
import { startSystem } from './startSystem';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

async function main() {
  const ports = {
    gateway: portFromEnv('GATEWAY_PORT', DEFAULT_PORTS.gateway),
    institutions: portFromEnv('INSTITUTIONS_PORT', DEFAULT_PORTS.institutions),
    records: portFromEnv('RECORDS_PORT', DEFAULT_PORTS.records),
    complaints: portFromEnv('COMPLAINTS_PORT', DEFAULT_PORTS.complaints),
    repair: portFromEnv('REPAIR_PORT', DEFAULT_PORTS.repair),
  };
  const production = process.env.NODE_ENV === 'production';
  const system = await startSystem({
    storageFor: (name) => storageConfigFromEnv(name),
    ports,
    host: process.env.HOST ?? '127.0.0.1',
    demo: process.env.DEMO_DATA !== 'false',
    production,
  });
  const storage = storageConfigFromEnv('institutions');
  console.log(`
Credit-service governance supergraph is running${storage.driver === 'sqlite' ? ` on SQLite (data in ${process.env.DATA_DIR ?? './data'})` : ' on MySQL'}.

  GraphiQL and API   ${system.gatewayUrl.replace('127.0.0.1', 'localhost')}
  Readiness          ${system.gatewayUrl.replace('/graphql', '/health/ready').replace('127.0.0.1', 'localhost')}
${SUBGRAPH_NAMES.map((name) => `  ${name.padEnd(18)} ${system.subgraphs[name].url}`).join('\n')}

Try: { marketEntity(uscc: "${demoEntities.changshaCredit.uscc}") { institution { name } } } (see README for more).
${production ? '' : `Without a token you ask as the public. Tokens of the demo users: npm run token -- --list lists them,
npm run -s token -- --demo national prints one; send it as "Authorization: Bearer <token>" (GraphiQL: Headers).
`}Ctrl-C stops.
`);
  warnAboutCalendarHorizon('system');
  shutdownOnSignal('system', () => system.close());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
