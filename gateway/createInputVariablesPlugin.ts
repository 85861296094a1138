import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  GraphQLError,
  isInputObjectType,
  isEnumType,
  isInputType,
  isListType,
  isNonNullType,
  isRequiredInputField,
  typeFromAST,
  type GraphQLInputType,
} from 'graphql';
import { scalarChecks } from '../subgraphs/kit/scalars';
import { badInputError } from './badInputError';

interface Failure {
  field: string;
  message: string;
}

function isObjectLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function describe(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

export interface InputVariablesOptions {
  checks?: typeof scalarChecks;
  /** No "Did you mean …?" naming other enum values (production, where introspection is off). */
  hideSuggestions?: boolean;
}

/** A leaf value: our custom scalars by the kit's checks, graphql-js's scalars and enums by their own parseValue. */
function leafFailure(value: unknown, type: GraphQLInputType, field: string, options: Required<InputVariablesOptions>): Failure | undefined {
  if (isNonNullType(type) || isListType(type) || isInputObjectType(type)) return undefined;
  const check = options.checks[type.name];
  if (check) {
    const result = check(value);
    return result.ok ? undefined : { field, message: `${type.name} ${result.reason}` };
  }
  try {
    const parsed = isEnumType(type) ? type.parseValue(value, options.hideSuggestions) : type.parseValue(value);
    return parsed === undefined ? { field, message: `Expected value of type "${type.name}", found ${describe(value)}.` } : undefined;
  } catch (error) {
    return { field, message: error instanceof GraphQLError ? error.message : `Expected value of type "${type.name}", found ${describe(value)}.` };
  }
}

/**
 * The first problem in `value` for `type`, walking lists and input objects as graphql-js's
 * coerceInputValue does: null where a value is required, a missing required field, an unknown
 * field, an enum value that does not exist, a value a scalar refuses.
 */
function findFailure(value: unknown, type: GraphQLInputType, field: string, options: Required<InputVariablesOptions>): Failure | undefined {
  if (isNonNullType(type)) {
    if (value === null || value === undefined) return { field, message: `Expected value of type "${type}", found null.` };
    return findFailure(value, type.ofType, field, options);
  }
  if (value === null || value === undefined) return undefined;
  if (isListType(type)) {
    if (!Array.isArray(value)) return findFailure(value, type.ofType, field, options);
    for (const [index, item] of value.entries()) {
      const failure = findFailure(item, type.ofType, `${field}[${index}]`, options);
      if (failure) return failure;
    }
    return undefined;
  }
  if (isInputObjectType(type)) {
    if (!isObjectLike(value)) return { field, message: `Expected value of type "${type.name}", found ${describe(value)}.` };
    const fields = type.getFields();
    for (const inputField of Object.values(fields)) {
      const fieldValue = value[inputField.name];
      if (fieldValue === undefined && isRequiredInputField(inputField)) {
        return { field: `${field}.${inputField.name}`, message: `Field "${type.name}.${inputField.name}" of required type "${inputField.type}" was not provided.` };
      }
      const failure = findFailure(fieldValue, inputField.type, `${field}.${inputField.name}`, options);
      if (failure) return failure;
    }
    const unknown = Object.keys(value).find((name) => !(name in fields));
    if (unknown !== undefined) return { field: `${field}.${unknown}`, message: `Field "${unknown}" is not defined by type "${type.name}".` };
    if (type.isOneOf && Object.values(value).filter((item) => item !== null && item !== undefined).length !== 1) {
      return { field, message: `Exactly one key must be specified for OneOf type "${type.name}".` };
    }
    return undefined;
  }
  return leafFailure(value, type, field, options);
}

/**
 * Checks the request's variables against the operation's variable definitions before the
 * gateway plans the query: the counterpart of createInputLiteralsRule for values sent apart from
 * the document. The first bad value is BAD_USER_INPUT naming it with `$` (`$uscc`, `$input.region`);
 * without this the gateway's own coercion would refuse it later, without naming the field.
 */
export function createInputVariablesPlugin<TContext extends BaseContext>(
  { checks = scalarChecks, hideSuggestions = false }: InputVariablesOptions = {},
): ApolloServerPlugin<TContext> {
  const options = { checks, hideSuggestions };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, schema, request }) {
          const variables: Record<string, unknown> = request.variables ?? {};
          for (const definition of operation?.variableDefinitions ?? []) {
            const name = definition.variable.name.value;
            const type = typeFromAST(schema, definition.type);
            if (!type || !isInputType(type)) continue;
            const value = variables[name];
            if (value === undefined && definition.defaultValue) continue;
            const failure =
              value === undefined && isNonNullType(type)
                ? { field: `$${name}`, message: `Variable "$${name}" of required type "${type}" was not provided.` }
                : findFailure(value, type, `$${name}`, options);
            if (failure) throw badInputError(failure.field, failure.message, definition);
          }
        },
      };
    },
  };
}
