import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { createFormatGatewayError } from '../../gateway/createFormatGatewayError';
import { queryLimitError } from '../../gateway/limits/queryLimitError';
import { SubgraphUnavailableError } from '../../gateway/SubgraphUnavailableError';
import { recordingLogger } from './recordingLogger';

const logger = recordingLogger();
const format = createFormatGatewayError(logger);

test('a client code keeps message, path and field; response body, service name and stack are dropped', () => {
  const formatted: GraphQLFormattedError = {
    message: 'complaint 7 not found',
    path: ['complaint'],
    extensions: {
      code: 'NOT_FOUND',
      field: 'id',
      serviceName: 'complaints',
      response: { url: 'http://10.0.0.7:4003/graphql', body: 'secret' },
      stacktrace: ['at x'],
    },
  };
  expect(format(formatted, new GraphQLError(formatted.message))).toEqual({
    message: 'complaint 7 not found',
    path: ['complaint'],
    extensions: { code: 'NOT_FOUND', field: 'id' },
  });
});

test('addresses in a message meant for the client are redacted, times are not', () => {
  const formatted = format(
    { message: 'storage at 10.0.0.9 and mysql://db.internal:3306/records, records:4000, closed at 17:30', extensions: { code: 'SERVICE_UNAVAILABLE' } },
    undefined,
  );
  expect(formatted.message).toBe('storage at [address] and [address], [address], closed at 17:30');
});

test('a code the client is not meant to see becomes an internal error, logged with its detail', () => {
  const formatted = format({ message: 'connect ECONNREFUSED 10.0.0.5:3306', path: ['x'], extensions: { code: 'DOWNSTREAM_SERVICE_ERROR' } }, undefined);
  expect(formatted).toEqual({ message: 'Internal server error', path: ['x'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  expect(logger.lines.at(-1)).toContain('ECONNREFUSED 10.0.0.5:3306');
});

test("a validation rule's BAD_USER_INPUT, relabelled GRAPHQL_VALIDATION_FAILED by Apollo Server, is restored", () => {
  const original = new GraphQLError('uscc: USCC bad', { extensions: { code: 'BAD_USER_INPUT', field: 'uscc' } });
  const wrapped = new GraphQLError(original.message, { originalError: original, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', field: 'uscc' } });
  expect(format({ message: wrapped.message, extensions: wrapped.extensions }, wrapped).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'uscc' });
});

test('other validation failures keep their code', () => {
  const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
  expect(format({ message: error.message, extensions: error.extensions }, error).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
});

test("a subgraph the gateway could not ask is named in extensions.service; a subgraph's own `service` is dropped", () => {
  const unavailable = new SubgraphUnavailableError('records');
  expect(format({ message: unavailable.message, extensions: unavailable.extensions }, unavailable)).toEqual({
    message: 'the records service is unavailable',
    extensions: { code: 'SERVICE_UNAVAILABLE', service: 'records' },
  });
  const fromSubgraph = { message: 'storage unavailable', path: ['x'], extensions: { code: 'SERVICE_UNAVAILABLE', service: '10.0.0.9:3306' } };
  expect(format(fromSubgraph, new GraphQLError(fromSubgraph.message)).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
});

test("a query limit's refusal, relabelled GRAPHQL_VALIDATION_FAILED by Apollo Server, is restored with the limit and its value", () => {
  const original = queryLimitError('maxDepth', 10, 'Syntax Error: Query depth limit of 10 exceeded, found 11.');
  const wrapped = new GraphQLError(original.message, { originalError: original, extensions: { ...original.extensions, code: 'GRAPHQL_VALIDATION_FAILED' } });
  expect(format({ message: wrapped.message, extensions: wrapped.extensions }, wrapped)).toEqual({
    message: 'Query depth limit of 10 exceeded, found 11 (GRAPHQL_MAX_DEPTH).',
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxDepth', max: 10 },
  });
});

test("graphql-js's token limit (a parse failure) is reported as the query limit it is", () => {
  const error = new GraphQLError('Syntax Error: Document contains more that 2000 tokens. Parsing aborted.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  const formatted = createFormatGatewayError(logger, { maxTokens: 2000 })({ message: error.message, locations: [{ line: 1, column: 9000 }], extensions: error.extensions }, error);
  expect(formatted).toEqual({
    message: 'Token limit of 2000 exceeded; parsing stopped at token 2001 (GRAPHQL_MAX_TOKENS).',
    locations: [{ line: 1, column: 9000 }],
    extensions: { code: 'QUERY_LIMIT_EXCEEDED', limit: 'maxTokens', max: 2000 },
  });
  const other = new GraphQLError('Syntax Error: Unexpected "}".', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
  expect(createFormatGatewayError(logger, { maxTokens: 2000 })({ message: other.message, extensions: other.extensions }, other).extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
});

test('RATE_LIMITED keeps its retryAfterSeconds; limit details of other codes are dropped', () => {
  expect(format({ message: 'too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42, http: { status: 429 } } }, undefined).extensions).toEqual({
    code: 'RATE_LIMITED',
    retryAfterSeconds: 42,
  });
  expect(format({ message: 'no', extensions: { code: 'FORBIDDEN', limit: 'x', max: 1, retryAfterSeconds: 3 } }, undefined).extensions).toEqual({ code: 'FORBIDDEN' });
});

test('a refused ledger exit keeps its unmet criteria (code, record, description), nothing else; other codes never carry them', () => {
  const unmet = [{ code: 'PENALTY_REPAIRED', recordId: '12', description: '行政处罚 京市监罚〔2021〕12号 尚未完成信用修复', extra: 'dropped' }, { code: 'CLUES_SENT_ON', recordId: null, description: '招摇撞骗线索：尚有线索未发送监管提示函' }];
  const refused = format({ message: 'ledger entry 3 may not exit', path: ['decideLedgerExit'], extensions: { code: 'CONFLICT', unmetCriteria: unmet } }, undefined);
  expect(refused.extensions).toEqual({ code: 'CONFLICT', unmetCriteria: unmet.map(({ code, recordId, description }) => ({ code, recordId, description })) });
  expect(format({ message: 'x', extensions: { code: 'CONFLICT', unmetCriteria: [{ code: 1 }] } }, undefined).extensions).toEqual({ code: 'CONFLICT' });
  expect(format({ message: 'x', extensions: { code: 'NOT_FOUND', unmetCriteria: unmet } }, undefined).extensions).toEqual({ code: 'NOT_FOUND' });
});
