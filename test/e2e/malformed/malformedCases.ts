import { badUscc, uscc } from '../../support/uscc';

/**
 * The corpus of malformed requests (issue 6, item 4): each family is a few lines that generate
 * its cases. A case is one raw HTTP request to the gateway; what it must get back is the same
 * for all (malformedRequests.test.ts): no 5xx, a JSON body, a code on every error, nothing stored.
 */
export interface MalformedCase {
  family: string;
  name: string;
  method?: 'GET' | 'POST';
  /** A raw body (sent as is); otherwise `operation` is sent as JSON. */
  body?: string;
  operation?: { query?: unknown; variables?: unknown; operationName?: unknown } | unknown[];
  /** GET: the query string parameters. */
  params?: Record<string, string>;
  contentType?: string;
  /** Who asks: the national regulator unless said (lead unit of Changsha, or the anonymous public). */
  as?: 'NATIONAL_REGULATOR' | 'LEAD_UNIT' | 'PUBLIC';
}

const GOOD_USCC = uscc('91430100MA4L0A001');
const SUBMIT = 'mutation Submit($input: SubmitComplaintInput!, $key: String!) { submitComplaint(input: $input, idempotencyKey: $key) { trackingNumber } }';
const complaint = { category: 'OTHER', region: '430102', subjectName: '某信用公司', content: '收费不透明' };
const REGISTER = 'mutation Register($input: RegisterInstitutionInput!) { registerInstitution(input: $input) { uscc } }';
const registration = { uscc: GOOD_USCC, name: '某信用公司', legalRepresentative: '张三', region: '430102' };
const CLUE = 'mutation Clue($input: RecordImpersonationClueInput!) { recordImpersonationClue(input: $input) { id } }';
const clue = { region: '430102', subjectName: '冒名公司', subjectIdentifiers: ['https://fake.example.com'], description: '假借名义', source: '监测' };
const LETTER = 'mutation Letter($input: IssueWarningLetterInput!) { issueWarningLetter(input: $input) { id } }';
const letter = { documentNumber: '湘信警〔2026〕1号', region: '430100', issuingUnit: '长沙市发改委', recipient: '某平台', recipientRegion: '430102', sector: '互联网', contactName: '李四', contactPhone: '0731-88888888', clueIds: ['999999'] };

/** A valid key; an invalid one makes a complaint refused after its texts were read. */
const KEY = 'corpus-key-00000001';
const BAD_KEY = 'bad key!';

export const INJECTIONS = [
  "'; DROP TABLE complaint; --",
  "' OR '1'='1",
  '1; DELETE FROM institution WHERE 1=1',
  "') UNION SELECT password FROM mysql.user --",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '${process.exit(1)}',
  '{{constructor.constructor("return process")().exit()}}',
  '\\"; }); process.exit(1); //',
  '%00%27%22%3Cscript%3E',
];

const ODD_UNICODE = [
  ['a lone high surrogate', 'abc\ud800def'],
  ['a lone low surrogate', '\udc00'],
  ['zero-width joiners', '某\u200d信\u200d用\u200b公司\ufeff'],
  ['an RTL override', '\u202e司公用信某\u202c'],
  ['a NUL', 'before\u0000after'],
  ['control characters', '\u0001\u0007\u001b[31m\u007f'],
  ['emoji', '🏦💳🔥👨‍👩‍👧‍👦'],
  ['combining marks', 'Z̸̢̛̗̪a̷̡̙l̶̰͝g̴̱̓o̵̬͠'],
] as const;

const FULL_WIDTH = (text: string) => text.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const BAD_USCCS: [string, string][] = [
  ['a bad check character', badUscc('91430100MA4L0A001')],
  ['17 characters', '91430100MA4L0A001'],
  ['19 characters', `${GOOD_USCC}0`],
  // Lower case and surrounding spaces are accepted (the scalar upper-cases and trims): not in the corpus.
  ['a lower-case bad check character', badUscc('91430100MA4L0A001').toLowerCase()],
  ['forbidden letters (I, O, S, V, Z)', '91430100IOSVZ0001'.padEnd(18, 'X')],
  ['full-width digits', FULL_WIDTH(GOOD_USCC)],
  ['a space inside', `${GOOD_USCC.slice(0, 9)} ${GOOD_USCC.slice(9, 17)}`],
  ['an injection', "91430100'; DROP --"],
  ['an empty string', ''],
];

const BAD_REGIONS: [string, string][] = [
  ['5 digits', '43010'],
  ['7 digits', '4301020'],
  ['letters', '43010A'],
  ['full-width digits', FULL_WIDTH('430102')],
  ['a leading zero', '012345'],
  ['a number-like string with sign', '-43010'],
  ['an injection', "4301' OR 1=1 --"],
  ['spaces around', ' 430102 '],
];

function badJsonBodies(): MalformedCase[] {
  const family = 'bad JSON bodies';
  const bodies: [string, string][] = [
    ['an empty body', ''],
    ['a truncated object', '{"query": "{ institutions { totalCount } }"'],
    ['single quotes', "{'query': '{ __typename }'}"],
    ['a trailing comma', '{"query": "{ __typename }",}'],
    ['a bare string', '"{ __typename }"'],
    ['a number', '42'],
    ['null', 'null'],
    ['true', 'true'],
    ['an empty object', '{}'],
    ['an empty array', '[]'],
    ['query as a number', '{"query": 42}'],
    ['query as an object', '{"query": {"kind": "Document"}}'],
    ['query as null', '{"query": null}'],
    ['variables as a string', '{"query": "{ __typename }", "variables": "{}"}'],
    ['variables as an array', '{"query": "{ __typename }", "variables": [1, 2]}'],
    ['operationName as a number', '{"query": "{ __typename }", "operationName": 7}'],
    ['extensions as a string', '{"query": "{ __typename }", "extensions": "x"}'],
    ['a persisted-query hash that is unknown', '{"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "00"}}}'],
    ['a BOM before the JSON', '\ufeff{"query": "{ __typename }"}'],
    ['invalid UTF-8 escape', '{"query": "\\ud800"}'],
    ['a duplicated key', '{"query": "{ __typename }", "query": "mutation { x }"}'],
    ['__proto__ pollution', '{"query": "{ __typename }", "__proto__": {"polluted": true}, "variables": {"__proto__": {"admin": true}}}'],
    ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['a body over the 1 MB limit', JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1_100_000) } })],
    ['binary garbage', '\u0000\u0001\u0002\u00ff\u00fe'],
  ];
  return bodies.map(([name, body]) => ({ family, name, body }));
}

function wrongContentTypes(): MalformedCase[] {
  const family = 'wrong content types';
  const body = JSON.stringify({ query: '{ institutions { totalCount } }' });
  const mutation = JSON.stringify({ query: SUBMIT, variables: { input: complaint, key: KEY } });
  const types = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/graphql', 'application/json; charset=utf-16', 'application/octet-stream', 'image/png', '*/*', ''];
  return [
    ...types.map((contentType) => ({ family, name: `a query as ${contentType || 'no type'}`, body, contentType })),
    ...types.map((contentType) => ({ family, name: `a mutation as ${contentType || 'no type'}`, body: mutation, contentType })),
  ];
}

/** Values of the wrong-type grid that are in fact right (an optional list or object may be null; one string is a list of one). */
const VALID: Record<string, (value: unknown) => boolean> = {
  subjectIdentifiers: (value) => value === null || Array.isArray(value),
  complainant: (value) => value === null,
};

function wrongVariableTypes(): MalformedCase[] {
  const family = 'wrong variable types';
  const values: [string, unknown][] = [['a number', 42], ['a boolean', true], ['an object', { a: 1 }], ['an array', ['x']], ['null', null], ['a float', 1.5]];
  const fields = ['category', 'region', 'subjectName', 'content', 'subjectIdentifiers', 'complainant'];
  return [
    ...fields.flatMap((field) => values.filter(([, value]) => !VALID[field]?.(value)).map(([name, value]) => ({ family, name: `input.${field} as ${name}`, operation: { query: SUBMIT, variables: { input: { ...complaint, [field]: value }, key: KEY } } }))),
    ...values.map(([name, value]) => ({ family, name: `idempotencyKey as ${name}`, operation: { query: SUBMIT, variables: { input: complaint, key: value } } })),
    ...values.map(([name, value]) => ({ family, name: `first as ${name}`, operation: { query: 'query ($n: Int) { institutions(first: $n) { totalCount } }', variables: { n: value } } })),
    { family, name: 'first as 2^53', operation: { query: 'query ($n: Int) { institutions(first: $n) { totalCount } }', variables: { n: 2 ** 53 } } },
    { family, name: 'first negative', operation: { query: '{ institutions(first: -1) { totalCount } }' } },
    { family, name: 'an unknown enum value', operation: { query: SUBMIT, variables: { input: { ...complaint, category: 'DROP_TABLE' }, key: KEY } } },
    { family, name: 'a variable declared with an unknown type', operation: { query: 'query ($x: NoSuchType) { __typename }', variables: { x: 1 } } },
  ];
}

function missingAndExtraVariables(): MalformedCase[] {
  const family = 'missing and extra variables';
  const required = ['category', 'region', 'subjectName', 'content'];
  return [
    ...required.map((field) => {
      const input: Record<string, unknown> = { ...complaint };
      delete input[field];
      return { family, name: `input.${field} missing`, operation: { query: SUBMIT, variables: { input, key: KEY } } };
    }),
    { family, name: 'no variables at all', operation: { query: SUBMIT } },
    { family, name: 'the key missing', operation: { query: SUBMIT, variables: { input: complaint } } },
    { family, name: 'an unknown input field', operation: { query: SUBMIT, variables: { input: { ...complaint, status: 'CONCLUDED' }, key: KEY } } },
    { family, name: 'an unknown nested field', operation: { query: SUBMIT, variables: { input: { ...complaint, complainant: { name: '王五', id: 1 } }, key: KEY } } },
    { family, name: 'an undeclared variable used', operation: { query: 'mutation { submitComplaint(input: $input, idempotencyKey: "corpus-key-00000001") { trackingNumber } }', variables: { input: complaint } } },
    { family, name: 'an extra variable not declared', operation: { query: SUBMIT, variables: { input: { ...complaint, region: '43010' }, key: KEY, role: 'NATIONAL_REGULATOR' } } },
    { family, name: 'an unknown argument', operation: { query: `mutation { registerInstitution(input: { uscc: "${GOOD_USCC}", name: "x", legalRepresentative: "y", region: "430102" }, force: true) { uscc } }` } },
    { family, name: 'an unknown field', operation: { query: '{ institutions { totalCount password } }' } },
    { family, name: 'a missing required argument', operation: { query: '{ institution { name } }' } },
    { family, name: 'an operationName that is not in the document', operation: { query: SUBMIT, variables: { input: complaint, key: KEY }, operationName: 'Other' } },
    { family, name: 'two operations without operationName', operation: { query: `${SUBMIT} query Q { __typename }`, variables: { input: complaint, key: KEY } } },
    { family, name: 'an empty document', operation: { query: '' } },
    { family, name: 'a document of whitespace', operation: { query: '   \n\t ' } },
    { family, name: 'a syntax error', operation: { query: 'mutation { submitComplaint(input: { ) }' } },
    { family, name: 'a fragment only', operation: { query: 'fragment F on Query { __typename }' } },
  ];
}

function hugeStrings(): MalformedCase[] {
  const family = 'huge strings';
  const mb = '信'.repeat(350_000); // about 1 MB as UTF-8
  const k100 = 'x'.repeat(100_000);
  return [
    { family, name: '1 MB of content', operation: { query: SUBMIT, variables: { input: { ...complaint, content: mb }, key: KEY } } },
    { family, name: 'a 100k-character subject name', operation: { query: SUBMIT, variables: { input: { ...complaint, subjectName: k100 }, key: KEY } } },
    { family, name: 'a 100k-character complainant name', operation: { query: SUBMIT, variables: { input: { ...complaint, complainant: { name: k100 } }, key: KEY } } },
    { family, name: '10k identifiers', operation: { query: SUBMIT, variables: { input: { ...complaint, subjectIdentifiers: Array.from({ length: 10_000 }, (_, i) => `id${i}`) }, key: KEY } } },
    { family, name: 'a 100k-character idempotency key', operation: { query: SUBMIT, variables: { input: complaint, key: k100 } } },
    { family, name: 'a 100k-character institution name', operation: { query: REGISTER, variables: { input: { ...registration, name: k100 } } } },
    { family, name: 'a 100k-character clue description', operation: { query: CLUE, variables: { input: { ...clue, description: k100 } } } },
    { family, name: 'a 100k-character directory search', operation: { query: 'query ($q: String) { directory(query: $q) { totalCount } }', variables: { q: k100 } } },
    { family, name: 'a 100k-character string literal', operation: { query: `{ directory(query: "${k100}") { totalCount } }` } },
    { family, name: 'a 100k-character USCC', operation: { query: 'query ($u: USCC!) { institution(uscc: $u) { name } }', variables: { u: k100 } } },
    { family, name: 'a 100k-character tracking number', operation: { query: 'query ($t: String!) { complaintStatus(trackingNumber: $t, token: $t) { status } }', variables: { t: k100 } } },
    { family, name: 'a 100k-character ID', operation: { query: 'query ($id: ID!) { complaint(id: $id) { id } }', variables: { id: k100 } } },
  ];
}

function deepNesting(): MalformedCase[] {
  const family = 'deep nesting';
  const nested = (depth: number) => `{ ${'institutions { nodes { '.repeat(1)}${'records { nodes { subject { '.repeat(depth)}uscc${' } } }'.repeat(depth)} } } }`;
  const nestedValue = (depth: number): unknown => (depth === 0 ? 'x' : { a: nestedValue(depth - 1) });
  const nestedList = (depth: number): unknown => (depth === 0 ? 'x' : [nestedList(depth - 1)]);
  return [
    ...[4, 20, 200].map((depth) => ({ family, name: `fields nested ${depth * 3} deep`, operation: { query: nested(depth) } })),
    { family, name: 'selections nested 3000 deep', operation: { query: `{ ${'a { '.repeat(3000)}b${' }'.repeat(3000)} }` } },
    { family, name: 'an input literal nested 500 deep', operation: { query: `{ directory(query: ${'['.repeat(500)}"x"${']'.repeat(500)}) { totalCount } }` } },
    { family, name: 'a variable object nested 2000 deep', operation: { query: SUBMIT, variables: { input: { ...complaint, complainant: nestedValue(2000) }, key: KEY } } },
    { family, name: 'a variable list nested 2000 deep', operation: { query: SUBMIT, variables: { input: { ...complaint, subjectIdentifiers: nestedList(2000) }, key: KEY } } },
    { family, name: 'inline fragments nested 1000 deep', operation: { query: `{ ${'... on Query { '.repeat(1000)}__typename${' }'.repeat(1000)} }` } },
  ];
}

function aliasAndFragmentBombs(): MalformedCase[] {
  const family = 'alias and fragment bombs';
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: institutions { totalCount }`).join(' ')} }`;
  const mutations = (n: number) => `mutation { ${Array.from({ length: n }, (_, i) => `m${i}: submitComplaint(input: { category: OTHER, region: "43010", subjectName: "x", content: "y" }, idempotencyKey: "corpus-key-${String(i).padStart(8, '0')}") { trackingNumber }`).join(' ')} }`;
  const multiply = (levels: number) => {
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i === levels - 1 ? 'institutions { totalCount }' : `...F${i + 1} ...F${i + 1} ...F${i + 1} ...F${i + 1}`} }`);
    return `{ ...F0 } ${fragments.join(' ')}`;
  };
  return [
    ...[51, 500, 5000].map((n) => ({ family, name: `${n} aliases`, operation: { query: aliases(n) } })),
    ...[51, 200].map((n) => ({ family, name: `${n} aliased mutations`, operation: { query: mutations(n) } })),
    { family, name: 'a fragment spreading itself', operation: { query: '{ ...F } fragment F on Query { __typename ...F }' } },
    { family, name: 'two fragments spreading each other', operation: { query: '{ ...A } fragment A on Query { __typename ...B } fragment B on Query { __typename ...A }' } },
    { family, name: 'a cycle through a nested selection', operation: { query: '{ institutions { nodes { ...A } } } fragment A on Institution { uscc records { nodes { subject { institution { ...A } } } } }' } },
    ...[4, 8, 12].map((levels) => ({ family, name: `fragments multiplying fields 4^${levels}`, operation: { query: multiply(levels) } })),
    { family, name: 'an unused fragment', operation: { query: '{ __typename } fragment F on Query { __typename }' } },
    { family, name: 'a fragment on an unknown type', operation: { query: '{ ...F } fragment F on Nope { x }' } },
    { family, name: '1000 copies of one field', operation: { query: `{ ${'__typename '.repeat(1000)}}` } },
    { family, name: 'aliases of __schema', operation: { query: `{ ${Array.from({ length: 100 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }` } },
  ];
}

function directiveFloods(): MalformedCase[] {
  const family = 'directive floods';
  return [
    ...[21, 500, 10_000].map((n) => ({ family, name: `${n} @include on one field`, operation: { query: `{ institutions ${'@include(if: true) '.repeat(n)}{ totalCount } }` } })),
    { family, name: 'an unknown directive', operation: { query: '{ institutions @nope { totalCount } }' } },
    { family, name: '100 unknown directives', operation: { query: `{ institutions ${'@nope '.repeat(100)}{ totalCount } }` } },
    { family, name: '@skip with a string argument', operation: { query: '{ institutions @skip(if: "yes") { totalCount } }' } },
    { family, name: 'a federation directive in an operation', operation: { query: '{ institutions @key(fields: "id") { totalCount } }' } },
    { family, name: '@include with a variable of the wrong type', operation: { query: 'query ($b: Boolean!) { institutions @include(if: $b) { totalCount } }', variables: { b: 'true' } } },
    { family, name: '@include on a mutation', operation: { query: `mutation ${'@include(if: true) '.repeat(30)}{ __typename }` } },
  ];
}

function badCodes(): MalformedCase[] {
  const family = 'invalid USCC and region codes';
  return [
    ...BAD_USCCS.map(([name, value]) => ({ family, name: `a USCC with ${name} (complaint variable)`, operation: { query: SUBMIT, variables: { input: { ...complaint, subjectUscc: value }, key: KEY } } })),
    ...BAD_USCCS.map(([name, value]) => ({ family, name: `a USCC with ${name} (registration)`, operation: { query: REGISTER, variables: { input: { ...registration, uscc: value } } } })),
    ...BAD_USCCS.map(([name, value]) => ({ family, name: `a USCC with ${name} (literal)`, operation: { query: `{ institution(uscc: ${JSON.stringify(value)}) { name } }` } })),
    ...BAD_REGIONS.map(([name, value]) => ({ family, name: `a region with ${name} (complaint)`, operation: { query: SUBMIT, variables: { input: { ...complaint, region: value }, key: KEY } } })),
    ...BAD_REGIONS.map(([name, value]) => ({ family, name: `a region with ${name} (clue)`, operation: { query: CLUE, variables: { input: { ...clue, region: value } } } })),
    ...BAD_REGIONS.map(([name, value]) => ({ family, name: `a region with ${name} (directory literal)`, operation: { query: `{ directory(region: ${JSON.stringify(value)}) { totalCount } }` } })),
    { family, name: 'a region as a number literal', operation: { query: '{ directory(region: 430102) { totalCount } }' } },
    { family, name: 'a USCC as a number literal', operation: { query: '{ institution(uscc: 914301000000000000) { name } }' } },
  ];
}

/** Every text input reached by a resolver that then refuses, so each text is read and nothing is stored. */
function injections(): MalformedCase[] {
  const family = 'SQL and script fragments';
  return INJECTIONS.flatMap((text): MalformedCase[] => [
    ...['subjectName', 'content'].map((field) => ({ family, name: `${text} in submitComplaint ${field}`, operation: { query: SUBMIT, variables: { input: { ...complaint, [field]: text }, key: BAD_KEY } } })),
    { family, name: `${text} in submitComplaint subjectIdentifiers`, operation: { query: SUBMIT, variables: { input: { ...complaint, subjectIdentifiers: [text] }, key: BAD_KEY } } },
    { family, name: `${text} in submitComplaint complainant`, operation: { query: SUBMIT, variables: { input: { ...complaint, complainant: { name: text, phone: text, email: text } }, key: KEY } } },
    { family, name: `${text} as the idempotency key`, operation: { query: SUBMIT, variables: { input: complaint, key: text } } },
    { family, name: `${text} in refuseComplaint`, operation: { query: 'mutation ($id: ID!, $r: String!) { refuseComplaint(id: $id, reason: $r) { id } }', variables: { id: text, r: text } } },
    { family, name: `${text} in addComplaintProgress`, operation: { query: 'mutation ($id: ID!, $n: String!) { addComplaintProgress(id: $id, note: $n, public: true) { id } }', variables: { id: text, n: text } } },
    { family, name: `${text} in a clue of another region (lead unit)`, as: 'LEAD_UNIT', operation: { query: CLUE, variables: { input: { ...clue, region: '110101', subjectName: text, description: text, source: text, subjectIdentifiers: [text] } } } },
    { family, name: `${text} in a warning letter citing no clue`, as: 'LEAD_UNIT', operation: { query: LETTER, variables: { input: { ...letter, documentNumber: text, issuingUnit: text, recipient: text, sector: text, contactName: text, clueIds: [text] } } } },
    { family, name: `${text} in a registration of another region (lead unit)`, as: 'LEAD_UNIT', operation: { query: REGISTER, variables: { input: { ...registration, region: '110101', name: text, legalRepresentative: text, websites: [text], phones: [text] } } } },
    { family, name: `${text} in a directory search`, as: 'PUBLIC', operation: { query: 'query ($q: String) { directory(query: $q) { totalCount } }', variables: { q: text } } },
    { family, name: `${text} in a status lookup`, operation: { query: 'query ($t: String!) { complaintStatus(trackingNumber: $t, token: $t) { status } }', variables: { t: text } } },
  ]);
}

function oddUnicode(): MalformedCase[] {
  const family = 'odd Unicode';
  return [
    ...ODD_UNICODE.map(([name, text]) => ({ family, name: `${name} in a refused complaint`, operation: { query: SUBMIT, variables: { input: { ...complaint, subjectName: text, content: text }, key: BAD_KEY } } })),
    ...ODD_UNICODE.map(([name, text]) => ({ family, name: `${name} as the idempotency key`, operation: { query: SUBMIT, variables: { input: complaint, key: text } } })),
    ...ODD_UNICODE.map(([name, text]) => ({ family, name: `${name} in a directory search`, operation: { query: 'query ($q: String) { directory(query: $q) { totalCount } }', variables: { q: text } } })),
    ...ODD_UNICODE.map(([name, text]) => ({ family, name: `${name} in a USCC`, operation: { query: 'query ($u: USCC!) { institution(uscc: $u) { name } }', variables: { u: `${GOOD_USCC.slice(0, 17)}${text}` } } })),
    ...ODD_UNICODE.map(([name, text]) => ({ family, name: `${name} in the document`, operation: { query: `{ directory(query: ${JSON.stringify(text)}) { totalCount } } # ${text}` } })),
    { family, name: 'an RTL override around a region', operation: { query: SUBMIT, variables: { input: { ...complaint, region: '\u202e430102\u202c' }, key: KEY } } },
    { family, name: 'a zero-width space in a region', operation: { query: SUBMIT, variables: { input: { ...complaint, region: '430\u200b102' }, key: KEY } } },
    { family, name: 'Arabic-Indic digits in a region', operation: { query: SUBMIT, variables: { input: { ...complaint, region: '٤٣٠١٠٢' }, key: KEY } } },
    { family, name: 'a raw lone surrogate in the JSON body', body: `{"query": "{ directory(query: \\"\ud800\\") { totalCount } }"}` },
    { family, name: 'a NUL in a field name', operation: { query: '{ institu\u0000tions { totalCount } }' } },
  ];
}

function batchedOperations(): MalformedCase[] {
  const family = 'batched operations';
  const one = { query: SUBMIT, variables: { input: complaint, key: KEY } };
  return [
    { family, name: 'a batch of two mutations', operation: [one, one] },
    { family, name: 'a batch of 100 queries', operation: Array.from({ length: 100 }, () => ({ query: '{ __typename }' })) },
    { family, name: 'a batch of one', operation: [one] },
    { family, name: 'a batch with a non-object', operation: [1, 'x', null] },
    { family, name: 'a nested batch', operation: [[one]] },
  ];
}

function getRequests(): MalformedCase[] {
  const family = 'GET with mutations';
  const mutation = `mutation { registerInstitution(input: { uscc: "${GOOD_USCC}", name: "x", legalRepresentative: "y", region: "430102" }) { uscc } }`;
  return [
    { family, name: 'a mutation by GET', method: 'GET', params: { query: mutation } },
    { family, name: 'a mutation by GET with variables', method: 'GET', params: { query: SUBMIT, variables: JSON.stringify({ input: complaint, key: KEY }) } },
    { family, name: 'a mutation by GET with the preflight header', method: 'GET', params: { query: mutation }, contentType: 'application/json' },
    { family, name: 'a mutation by GET choosing it by name', method: 'GET', params: { query: `query Q { __typename } ${SUBMIT}`, operationName: 'Submit', variables: JSON.stringify({ input: complaint, key: KEY }) } },
    { family, name: 'a GET with variables that are not JSON', method: 'GET', params: { query: '{ __typename }', variables: '{nope' } },
    { family, name: 'a GET with extensions that are not JSON', method: 'GET', params: { query: '{ __typename }', extensions: '{nope' } },
    { family, name: 'a GET without a query', method: 'GET', params: { variables: '{}' } },
    { family, name: 'a GET with a syntax error', method: 'GET', params: { query: '{ ' } },
  ];
}

function longOperationNames(): MalformedCase[] {
  const family = 'very long operation names';
  const name = (n: number) => `Op${'x'.repeat(n)}`;
  return [
    ...[1_000, 100_000].map((n) => ({ family, name: `a query named by ${n} characters`, operation: { query: `query ${name(n)} { __typename }`, operationName: name(n) } })),
    { family, name: 'a mutation named by 100k characters', operation: { query: SUBMIT.replace('Submit', name(100_000)), variables: { input: { ...complaint, region: '43010' }, key: KEY }, operationName: name(100_000) } },
    { family, name: 'an operationName of 100k characters not in the document', operation: { query: '{ __typename }', operationName: name(100_000) } },
    { family, name: 'an operation name that is not a name', operation: { query: "query '; DROP TABLE complaint; -- { __typename }" } },
    { family, name: 'an operationName with an injection', operation: { query: '{ __typename }', operationName: "'; DROP TABLE complaint; --" } },
    { family, name: 'a 100k-character variable name', operation: { query: `query ($${'v'.repeat(100_000)}: String) { __typename }` } },
    { family, name: 'a 100k-character alias', operation: { query: `{ ${'a'.repeat(100_000)}: __typename }` } },
  ];
}

export const FAMILIES: Record<string, () => MalformedCase[]> = {
  badJsonBodies,
  wrongContentTypes,
  wrongVariableTypes,
  missingAndExtraVariables,
  hugeStrings,
  deepNesting,
  aliasAndFragmentBombs,
  directiveFloods,
  badCodes,
  injections,
  oddUnicode,
  batchedOperations,
  getRequests,
  longOperationNames,
};

export const MALFORMED_CASES: MalformedCase[] = Object.values(FAMILIES).flatMap((family) => family());
