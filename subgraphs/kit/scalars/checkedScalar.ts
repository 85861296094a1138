import { GraphQLScalarType, Kind } from 'graphql';
import { ScalarInputError } from '../errors';

/** A value as a scalar accepts it, or why it does not. */
export type CheckResult<T> = { ok: true; value: T } | { ok: false; reason: string };

interface CheckedScalarConfig<T> {
  name: string;
  description: string;
  check: (value: unknown) => CheckResult<T>;
  serialize?: (value: unknown) => string;
}

/**
 * A scalar that takes a string, from a variable or a literal, as far as `check` accepts it;
 * anything else is a ScalarInputError (BAD_USER_INPUT) naming the scalar and the reason.
 */
export function checkedScalar<T>({ name, description, check, serialize = (value) => String(value) }: CheckedScalarConfig<T>): GraphQLScalarType<T, string> {
  const parse = (value: unknown): T => {
    const result = check(value);
    if (!result.ok) throw new ScalarInputError(name, result.reason);
    return result.value;
  };
  return new GraphQLScalarType<T, string>({
    name,
    description,
    serialize,
    parseValue: parse,
    parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
  });
}
