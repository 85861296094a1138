import { startTestSystem, type TestSystem } from '../support/startTestSystem';
import { testDrivers } from '../support/testStorage';
import { callers, type MatrixCase } from './matrix/matrixCase';
import { complaintsCases } from './matrix/complaintsCases';
import { institutionsCases } from './matrix/institutionsCases';
import { recordsCases } from './matrix/recordsCases';
import { repairCases } from './matrix/repairCases';

const cases: MatrixCase[] = [...institutionsCases, ...recordsCases, ...complaintsCases, ...repairCases];

const label = (c: MatrixCase) => `${c.operation} as ${c.caller} (${c.scope}) → ${c.expect}`;

describe.each(testDrivers())('authorization matrix through the gateway on %s (docs/authorization.md)', (driver) => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await startTestSystem(driver, { demo: true });
  });

  afterAll(async () => {
    await system.close();
  });

  it.each(cases.map((c) => [label(c), c] as const))('%s', async (_label, c) => {
    const result = await system.query(c.query, c.variables, { as: callers[c.caller] });
    if (c.expect === 'allowed' || c.expect === 'hidden') {
      expect(result.errors).toBeUndefined();
      c.check?.(result.data ?? {});
    } else {
      expect(result.errors?.map((error) => error.extensions?.code)).toContain(c.expect);
    }
  });
});
