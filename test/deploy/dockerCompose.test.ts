import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_PORTS } from '../../scripts/allSubgraphs';
import { SUBGRAPH_NAMES } from '../../scripts/composeSupergraph';

const root = join(__dirname, '..', '..');

interface ComposeService {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, unknown>;
}

const compose: { services: Record<string, ComposeService> } = parse(readFileSync(join(root, 'docker-compose.yml'), 'utf8'), { merge: true });

/** The source file a built entry point comes from: dist/x/main.js ← x/main.ts. */
const sourceOf = (command: string[] | undefined) => join(root, (command?.[1] ?? '').replace(/^dist\//, '').replace(/\.js$/, '.ts'));

describe('docker-compose.yml agrees with the code', () => {
  it.each(SUBGRAPH_NAMES)('gives the %s subgraph the keys production requires, from mounted secrets and the environment', (name) => {
    const environment = compose.services[name].environment ?? {};
    expect(environment.GATEWAY_PUBLIC_KEY_FILE).toMatch(/^\/run\/secrets\//);
    expect(environment.SERVICE_SIGNING_KEY_FILE).toBe(`/run/secrets/service-${name}.private.pem`);
    expect(Object.keys(environment)).toContain('PERSONAL_DATA_KEYS');
  });

  it('gives the gateway its signing key and the identity provider keys', () => {
    const environment = compose.services.gateway.environment ?? {};
    expect(environment.GATEWAY_PRIVATE_KEY_FILE).toMatch(/^\/run\/secrets\//);
    expect(environment.AUTH_JWKS_FILE).toMatch(/^\/run\/secrets\//);
  });

  it.each(SUBGRAPH_NAMES)('runs the %s subgraph from its built main on its default port, on MySQL', (name) => {
    const service = compose.services[name];
    expect(service.command?.[0]).toBe('node');
    expect(existsSync(sourceOf(service.command))).toBe(true);
    expect(sourceOf(service.command)).toBe(join(root, 'subgraphs', name, 'main.ts'));
    expect(service.environment?.PORT).toBe(String(DEFAULT_PORTS[name]));
    expect(service.environment?.MYSQL_URL).toMatch(/^mysql:\/\/.+@mariadb:3306$/);
  });

  it('points the gateway at every subgraph by service name and port', () => {
    const gateway = compose.services.gateway;
    expect(sourceOf(gateway.command)).toBe(join(root, 'gateway', 'main.ts'));
    expect(existsSync(sourceOf(gateway.command))).toBe(true);
    for (const name of SUBGRAPH_NAMES) {
      expect(gateway.environment?.[`${name.toUpperCase()}_URL`]).toBe(`http://${name}:${DEFAULT_PORTS[name]}/graphql`);
    }
    expect(gateway.environment?.APOLLO_TELEMETRY_DISABLED).toBe('1');
    expect(gateway.ports).toEqual([`${DEFAULT_PORTS.gateway}:${DEFAULT_PORTS.gateway}`]);
  });

  it('lets repair ask the gateway by service name and port, without waiting for it (the gateway waits for repair)', () => {
    const repair = compose.services.repair;
    expect(repair.environment?.GATEWAY_URL).toBe(`http://gateway:${DEFAULT_PORTS.gateway}/graphql`);
    expect(Object.keys(repair.depends_on ?? {})).not.toContain('gateway');
    expect(Object.keys(compose.services.gateway.depends_on ?? {})).toContain('repair');
  });
});
