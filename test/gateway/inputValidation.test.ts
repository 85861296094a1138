import { startTestGateway, type GraphQLAnswer, type TestGateway } from './startTestGateway';
import { startTestSubgraphs, type TestSubgraphs } from './startTestSubgraphs';
import { testUsccs } from './testUsccs';
import { writeTestSupergraph } from './writeTestSupergraph';

/** The registered USCC with its check character changed. */
const BAD_USCC = `${testUsccs.registered.slice(0, 17)}${testUsccs.registered.endsWith('0') ? '1' : '0'}`;

let subgraphs: TestSubgraphs;
let gateway: TestGateway;

beforeAll(async () => {
  subgraphs = await startTestSubgraphs();
  gateway = await startTestGateway({ supergraphPath: writeTestSupergraph(), subgraphUrls: subgraphs.urls });
});

afterAll(async () => {
  await gateway.close();
  await subgraphs.close();
});

/** Posts an operation that must be refused, and checks that no subgraph heard of it. */
async function refused(query: string, variables?: Record<string, unknown>): Promise<GraphQLAnswer> {
  const before = subgraphs.requests();
  const answer = await gateway.post(query, variables);
  expect(subgraphs.requests()).toBe(before);
  expect(answer.status).toBe(400);
  expect(answer.body.data).toBeUndefined();
  return answer;
}

describe('a bad USCC', () => {
  test('as a literal argument is BAD_USER_INPUT naming the argument, and never reaches a subgraph', async () => {
    const answer = await refused(`{ marketEntity(uscc: "${BAD_USCC}") { uscc institution { name } } }`);
    expect(answer.body.errors).toEqual([
      {
        message: 'uscc: USCC check character does not match (GB 32100-2015)',
        locations: [{ line: 1, column: 22 }],
        extensions: { code: 'BAD_USER_INPUT', field: 'uscc' },
      },
    ]);
    expect(subgraphs.calls.marketEntity).toBe(0);
  });

  test('as a variable is BAD_USER_INPUT naming the variable, and never reaches a subgraph', async () => {
    const answer = await refused('query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc } }', { uscc: 'not-a-uscc' });
    expect(answer.body.errors).toEqual([
      {
        message: '$uscc: USCC must be 18 characters, got 10',
        locations: [{ line: 1, column: 8 }],
        extensions: { code: 'BAD_USER_INPUT', field: '$uscc' },
      },
    ]);
    expect(subgraphs.calls.marketEntity).toBe(0);
  });

  test("as a variable's default value is BAD_USER_INPUT naming the variable", async () => {
    const answer = await refused(`query ($uscc: USCC = "${BAD_USCC}") { institutions(usccs: [$uscc]) { name } }`);
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: '$uscc' });
  });

  test('in a list variable names its position', async () => {
    const answer = await refused('query ($usccs: [USCC!]) { institutions(usccs: $usccs) { name } }', {
      usccs: [testUsccs.registered, BAD_USCC],
    });
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: '$usccs[1]' });
    expect(subgraphs.calls.institutions).toBe(0);
  });
});

describe('literals inside input objects and lists', () => {
  test('a bad region in an input object names the input field', async () => {
    const answer = await refused(
      `mutation { registerInstitution(input: { uscc: "${testUsccs.registered}", name: "x", region: "43010" }) { uscc } }`,
    );
    expect(answer.body.errors).toEqual([
      expect.objectContaining({
        message: 'input.region: RegionCode must be a 6-digit GB/T 2260 administrative division code',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.region' },
      }),
    ]);
    expect(subgraphs.calls.registerInstitution).toBe(0);
  });

  test('a bad region in a list inside an input object names its position', async () => {
    const answer = await refused('{ institutions(filter: { regions: ["430000", "4301"] }) { name } }');
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.regions[1]' });
  });

  test('a date that does not exist names the field and says why', async () => {
    const answer = await refused('{ institutions(filter: { registeredSince: "2021-02-30" }) { name } }');
    expect(answer.body.errors?.[0]).toMatchObject({
      message: 'filter.registeredSince: Date "2021-02-30" is not a real date',
      extensions: { code: 'BAD_USER_INPUT', field: 'filter.registeredSince' },
    });
  });

  test('a list given where one USCC is expected is refused', async () => {
    const answer = await refused(`{ marketEntity(uscc: ["${testUsccs.registered}"]) { uscc } }`);
    expect(answer.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'uscc' });
  });

  test('every bad literal is reported, not only the first', async () => {
    const answer = await refused(`mutation { registerInstitution(input: { uscc: "${BAD_USCC}", name: "x", region: "0" }) { uscc } }`);
    expect(answer.body.errors?.map((error) => error.extensions?.field)).toEqual(['input.uscc', 'input.region']);
  });
});

describe('variables inside input objects and lists', () => {
  const input = {
    uscc: testUsccs.registered,
    name: '湖南示例征信有限公司',
    region: '430100',
    representatives: [{ name: '张三', since: '2021-03-01T09:00:00+08:00' }],
  };
  const register = 'mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc region } }';

  test('a date-time without offset deep in the input names its path', async () => {
    const answer = await refused(register, { input: { ...input, representatives: [input.representatives[0], { name: '李四', since: '2021-03-01T09:00:00' }] } });
    expect(answer.body.errors?.[0]).toMatchObject({
      message: '$input.representatives[1].since: DateTime must carry a UTC offset (Z or +08:00)',
      extensions: { code: 'BAD_USER_INPUT', field: '$input.representatives[1].since' },
    });
    expect(subgraphs.calls.registerInstitution).toBe(0);
  });

  test('valid values pass the checks and reach the subgraph', async () => {
    const answer = await gateway.post(register, { input });
    expect(answer.body).toEqual({ data: { registerInstitution: { uscc: testUsccs.registered, region: '430100' } } });
    expect(subgraphs.calls.registerInstitution).toBe(1);
  });
});

describe('every value of the wrong type, missing required field or unknown enum value', () => {
  const registered = testUsccs.registered;
  const filterQuery = 'query ($filter: InstitutionFilter) { institutions(filter: $filter) { name } }';
  const register = 'mutation ($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }';
  const input = { uscc: registered, name: '湖南示例征信有限公司', region: '430100' };

  const cases: Array<{ name: string; query: string; variables?: Record<string, unknown>; field: string }> = [
    { name: 'an unknown enum literal in a list', query: '{ institutions(filter: { statuses: [OPERATING, OPERATNG] }) { name } }', field: 'filter.statuses[1]' },
    { name: 'an enum given as a string literal', query: '{ institutions(filter: { statuses: ["OPERATING"] }) { name } }', field: 'filter.statuses[0]' },
    { name: 'an Int literal out of range', query: '{ institutions(first: 9999999999) { name } }', field: 'first' },
    { name: 'a string literal for an Int', query: '{ institutions(first: "ten") { name } }', field: 'first' },
    { name: 'an object literal for an Int', query: '{ institutions(first: { n: 1 }) { name } }', field: 'first' },
    { name: 'a missing required input field', query: `mutation { registerInstitution(input: { uscc: "${registered}", region: "430100" }) { uscc } }`, field: 'input.name' },
    { name: 'null for a required input field', query: `mutation { registerInstitution(input: { uscc: "${registered}", name: null, region: "430100" }) { uscc } }`, field: 'input.name' },
    { name: 'a number literal for a String field', query: `mutation { registerInstitution(input: { uscc: "${registered}", name: 5, region: "430100" }) { uscc } }`, field: 'input.name' },
    { name: 'an unknown input field literal', query: '{ institutions(filter: { regionz: ["430100"] }) { name } }', field: 'filter.regionz' },
    { name: 'null for a required argument', query: '{ marketEntity(uscc: null) { uscc } }', field: 'uscc' },
    { name: "a variable's default of the wrong type", query: 'query ($first: Int = "ten") { institutions(first: $first) { name } }', field: '$first' },
    { name: 'an unknown enum value in an input variable', query: filterQuery, variables: { filter: { statuses: ['OPERATNG'] } }, field: '$filter.statuses[0]' },
    { name: 'an unknown enum value in a list variable', query: 'query ($s: [BusinessStatus!]) { institutions(filter: { statuses: $s }) { name } }', variables: { s: ['OPERATING', 'X'] }, field: '$s[1]' },
    { name: 'an Int variable out of range', query: 'query ($first: Int) { institutions(first: $first) { name } }', variables: { first: 9999999999 }, field: '$first' },
    { name: 'a missing required field in an input variable', query: register, variables: { input: { uscc: registered, region: '430100' } }, field: '$input.name' },
    { name: 'null for a required field in an input variable', query: register, variables: { input: { ...input, name: null } }, field: '$input.name' },
    { name: 'an unknown field in an input variable', query: register, variables: { input: { ...input, nmae: 'x' } }, field: '$input.nmae' },
    { name: 'a string for an input-object variable', query: filterQuery, variables: { filter: 'x' }, field: '$filter' },
    { name: 'a required variable not given', query: 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc } }', field: '$uscc' },
    { name: 'a required variable given as null', query: 'query ($uscc: USCC!) { marketEntity(uscc: $uscc) { uscc } }', variables: { uscc: null }, field: '$uscc' },
    { name: 'null in a list of non-null items', query: 'query ($usccs: [USCC!]) { institutions(usccs: $usccs) { name } }', variables: { usccs: [null] }, field: '$usccs[0]' },
  ];

  test.each(cases)('$name is one BAD_USER_INPUT naming $field, before any subgraph is asked', async ({ query, variables, field }) => {
    const answer = await refused(query, variables);
    expect(answer.body.errors).toEqual([expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field } })]);
    expect(answer.body.errors?.[0].message.startsWith(`${field}: `)).toBe(true);
  });

  test('a literal and a variable get the same message', async () => {
    const literal = await refused('{ institutions(first: 9999999999) { name } }');
    const variable = await refused('query ($first: Int) { institutions(first: $first) { name } }', { first: 9999999999 });
    expect(literal.body.errors?.[0].message).toBe('first: Int cannot represent non 32-bit signed integer value: 9999999999');
    expect(variable.body.errors?.[0].message).toBe('$first: Int cannot represent non 32-bit signed integer value: 9999999999');
    const missing = 'Field "RegisterInstitutionInput.name" of required type "String!" was not provided.';
    const literalMissing = await refused(`mutation { registerInstitution(input: { uscc: "${registered}", region: "430100" }) { uscc } }`);
    const variableMissing = await refused(register, { input: { uscc: registered, region: '430100' } });
    expect(literalMissing.body.errors?.[0].message).toBe(`input.name: ${missing}`);
    expect(variableMissing.body.errors?.[0].message).toBe(`$input.name: ${missing}`);
  });

  test('several bad literals are each reported once', async () => {
    const answer = await refused(
      `mutation { registerInstitution(input: { uscc: "${BAD_USCC}", region: "0", representatives: [{ name: "张三" }] }) { uscc } }`,
    );
    expect(answer.body.errors?.map((error) => [error.extensions?.code, error.extensions?.field])).toEqual([
      ['BAD_USER_INPUT', 'input.name'],
      ['BAD_USER_INPUT', 'input.uscc'],
      ['BAD_USER_INPUT', 'input.region'],
      ['BAD_USER_INPUT', 'input.representatives[0].since'],
    ]);
  });
});

describe('problems with the document itself keep their codes', () => {
  test.each([
    ['an unknown field', 'GRAPHQL_VALIDATION_FAILED', '{ institutions { name phone } }'],
    ['an unknown argument', 'GRAPHQL_VALIDATION_FAILED', '{ institutions(last: 1) { name } }'],
    ['a missing required argument', 'GRAPHQL_VALIDATION_FAILED', '{ marketEntity { uscc } }'],
    ['an undefined variable', 'GRAPHQL_VALIDATION_FAILED', '{ marketEntity(uscc: $nope) { uscc } }'],
    ['a variable in a position of another type', 'GRAPHQL_VALIDATION_FAILED', 'query ($n: Int) { marketEntity(uscc: $n) { uscc } }'],
    ['a syntax error', 'GRAPHQL_PARSE_FAILED', '{ institutions(first: ) { name } }'],
  ])('%s is %s, without a field', async (_name, code, query) => {
    const answer = await refused(query);
    expect(answer.body.errors?.map((error) => error.extensions)).toEqual([{ code }]);
  });
});

describe('in production, where introspection is off', () => {
  let production: TestGateway;

  beforeAll(async () => {
    production = await startTestGateway({ supergraphPath: writeTestSupergraph(), subgraphUrls: subgraphs.urls, production: true });
  });

  afterAll(() => production.close());

  test.each([
    ['an enum literal', '{ institutions(filter: { statuses: [OPERATNG] }) { name } }', undefined],
    ['an enum variable', 'query ($s: [BusinessStatus!]) { institutions(filter: { statuses: $s }) { name } }', { s: ['OPERATNG'] }],
    ['a field', '{ institutions { nam } }', undefined],
    ['an input field', '{ institutions(filter: { region: ["430100"] }) { name } }', undefined],
  ])('%s misspelt gets no suggestion that would show the schema', async (_what, query, variables) => {
    const answer = await production.post(query, variables);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.text).not.toMatch(/Did you mean|OPERATING|regions/);
  });
});
