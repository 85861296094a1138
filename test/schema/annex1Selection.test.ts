import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { parse, validate } from 'graphql';
import { SCHEMA_DIR } from '../../scripts/composeSupergraph';
import { ANNEX1_LEDGER_QUERY, ANNEX1_REPORT_QUERY } from '../../subgraphs/kit/ledger';

describe('the Annex 1 selection', () => {
  it('is valid against the API of the committed supergraph (the ledger contract’s field names)', () => {
    const sdl = readFileSync(join(SCHEMA_DIR, 'supergraph.graphql'), 'utf8');
    // @apollo/federation-internals comes with @apollo/composition (same pinned version): it gives the clients' view of the supergraph.
    const api = Supergraph.build(sdl).apiSchema().toGraphQLJSSchema();
    expect(validate(api, parse(ANNEX1_LEDGER_QUERY)).map((error) => error.message)).toEqual([]);
    // A submitted monthly report's rows (records' ledgerReport), exported as they were reported.
    expect(validate(api, parse(ANNEX1_REPORT_QUERY)).map((error) => error.message)).toEqual([]);
  });
});
