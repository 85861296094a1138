import type { ValueTransformer } from 'typeorm';

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * A list of strings stored as JSON text; first in a transformer chain whose later steps work on
 * text (`[stringListAsJson, personalData]` stores the list encrypted).
 */
export const stringListAsJson: ValueTransformer = {
  to: (value: unknown) => (isStringList(value) ? JSON.stringify(value) : value),
  from: (value: unknown) => {
    if (typeof value !== 'string') return value;
    const list: unknown = JSON.parse(value);
    if (!isStringList(list)) throw new Error('a stored list of strings is not one');
    return list;
  },
};
