import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_DIR, composeSupergraph } from '../../scripts/composeSupergraph';

describe('the composed supergraph', () => {
  it('composes from schema/*.graphql and matches the committed schema/supergraph.graphql (run `npm run compose`)', () => {
    const composed = composeSupergraph();
    const committed = readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
    expect(committed).toBe(composed);
  });

  it('lets every subgraph resolve the MarketEntity hub by USCC', () => {
    const committed = readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
    const hub = committed.slice(committed.indexOf('type MarketEntity'), committed.indexOf('{', committed.indexOf('type MarketEntity')));
    for (const graph of ['INSTITUTIONS', 'RECORDS', 'COMPLAINTS', 'REPAIR']) {
      expect(hub).toContain(`@join__type(graph: ${graph}, key: "uscc")`);
    }
  });
});
