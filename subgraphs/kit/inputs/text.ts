import { badUserInput } from '../errors';

interface TextRule {
  max: number;
  /** Also refuse values that do not match. */
  pattern?: { test: RegExp; description: string };
}

/** A required text input, trimmed; empty or too long is BAD_USER_INPUT naming the field. */
export function requiredText(field: string, value: string, rule: TextRule = { max: 200 }): string {
  const trimmed = value.trim();
  if (!trimmed) throw badUserInput(field, 'must not be empty');
  if ([...trimmed].length > rule.max) throw badUserInput(field, `must be at most ${rule.max} characters`);
  if (rule.pattern && !rule.pattern.test.test(trimmed)) throw badUserInput(field, rule.pattern.description);
  return trimmed;
}

/** An optional text input: null when absent or blank, else checked as `requiredText`. */
export function optionalText(field: string, value: string | null | undefined, rule: TextRule = { max: 200 }): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  return requiredText(field, value, rule);
}

/** A list of short texts (identifiers), each checked, blanks dropped. */
export function textList(field: string, values: readonly string[] | null | undefined, rule: TextRule = { max: 200 }, maxItems = 20): string[] {
  const list = (values ?? []).map((value, i) => optionalText(`${field}[${i}]`, value, rule)).filter((v): v is string => v !== null);
  if (list.length > maxItems) throw badUserInput(field, `must have at most ${maxItems} items`);
  return list;
}
