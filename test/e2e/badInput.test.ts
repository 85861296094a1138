import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { badUscc, uscc } from '../support/uscc';

const GOOD = uscc('91430100MA4L0A001');
const BAD = badUscc('91430100MA4L0A002');

interface Case {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  field: string;
}

const REGISTER = `mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }`;
const registration = { uscc: GOOD, name: '某信用公司', legalRepresentative: '张三', region: '430102' };

const cases: Case[] = [
  { name: 'a bad USCC literal', query: `{ marketEntity(uscc: "${BAD}") { uscc } }`, field: 'uscc' },
  { name: 'a bad USCC variable', query: 'query ($u: USCC!) { institution(uscc: $u) { name } }', variables: { u: BAD }, field: 'u' },
  { name: 'a bad USCC inside an input variable', query: REGISTER, variables: { input: { ...registration, uscc: BAD } }, field: 'input.uscc' },
  { name: 'a bad region inside an input literal', query: `mutation { registerInstitution(input: { uscc: "${GOOD}", name: "x", legalRepresentative: "y", region: "43010" }) { uscc } }`, field: 'input.region' },
  { name: 'a bad Date literal', query: `mutation { recordDishonesty(input: { subjectUscc: "${GOOD}", subjectName: "x", region: "430102", kind: ADMINISTRATIVE_PENALTY, authority: "a", documentNumber: "d", decidedAt: "2021-02-30", summary: "s" }) { id } }`, field: 'input.decidedAt' },
];

describe.each(testDrivers())('bad input through the gateway on %s', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver);
  });

  afterAll(async () => {
    await system.close();
  });

  it.each(cases)('refuses $name as BAD_USER_INPUT naming the field, and stores nothing', async ({ query, variables, field }) => {
    const result = await system.query(query, variables);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(String(result.errors?.[0].extensions?.field)).toContain(field.replace(/^\$/, ''));
    const stored = await system.query<{ institutions: { totalCount: number }; dishonestyRecords: { totalCount: number } }>(
      '{ institutions { totalCount } dishonestyRecords { totalCount } }',
    );
    expect(stored.data).toEqual({ institutions: { totalCount: 0 }, dishonestyRecords: { totalCount: 0 } });
  });

  it('passes a subgraph BAD_USER_INPUT with its field through the gateway', async () => {
    const result = await system.query(REGISTER, { input: { ...registration, name: '   ' } });
    expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(result.errors?.[0].path).toEqual(['registerInstitution']);
  });
});
