import { GraphQLScalarType, Kind } from 'graphql';
import { DateTime } from 'luxon';
import { ScalarInputError } from '../errors';

export function checkDate(value: unknown): { ok: true; value: string } | { ok: false; reason: string } {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return { ok: false, reason: 'must be a calendar date YYYY-MM-DD' };
  }
  if (!DateTime.fromISO(value).isValid) return { ok: false, reason: `"${value}" is not a real date` };
  return { ok: true, value };
}

export function parseDate(value: unknown): string {
  const result = checkDate(value);
  if (!result.ok) throw new ScalarInputError('Date', result.reason);
  return result.value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date YYYY-MM-DD (Asia/Shanghai).',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : undefined),
});
