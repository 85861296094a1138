import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { isInputObjectType, isInputType, isListType, isNonNullType, typeFromAST, type GraphQLInputType } from 'graphql';
import { scalarChecks } from '../subgraphs/kit/scalars';
import { scalarInputError } from './scalarInputError';

interface Failure {
  field: string;
  scalar: string;
  reason: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The first custom-scalar value in `value` that fails its check, walking lists and input objects. */
function findFailure(value: unknown, type: GraphQLInputType, field: string, checks: typeof scalarChecks): Failure | undefined {
  if (value === null || value === undefined) return undefined;
  const nullable = isNonNullType(type) ? type.ofType : type;
  if (isListType(nullable)) {
    if (!Array.isArray(value)) return findFailure(value, nullable.ofType, field, checks);
    for (const [index, item] of value.entries()) {
      const failure = findFailure(item, nullable.ofType, `${field}[${index}]`, checks);
      if (failure) return failure;
    }
    return undefined;
  }
  if (isInputObjectType(nullable)) {
    if (!isRecord(value)) return undefined;
    for (const inputField of Object.values(nullable.getFields())) {
      const failure = findFailure(value[inputField.name], inputField.type, `${field}.${inputField.name}`, checks);
      if (failure) return failure;
    }
    return undefined;
  }
  const check = checks[nullable.name];
  const result = check?.(value);
  return result && !result.ok ? { field, scalar: nullable.name, reason: result.reason } : undefined;
}

/**
 * Checks the request's variables against the operation's variable definitions before the
 * gateway plans the query: the counterpart of createScalarLiteralsRule for values sent apart
 * from the document. Variables are named with `$` (`$uscc`, `$input.region`).
 */
export function createScalarVariablesPlugin<TContext extends BaseContext>(
  checks: typeof scalarChecks = scalarChecks,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          const variables: Record<string, unknown> = request.variables ?? {};
          for (const definition of operation?.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            const type = typeFromAST(schema, definition.type);
            if (!type || !isInputType(type)) continue;
            const failure = findFailure(variables[name], type, `$${name}`, checks);
            if (failure) throw scalarInputError(failure.field, failure.scalar, failure.reason, definition);
          }
        },
      };
    },
  };
}
