import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { LRUCache } from 'lru-cache';
import {
  Kind,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  type GraphQLError,
  type GraphQLSchema,
  type IntValueNode,
  type OperationDefinitionNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { queryLimitError } from './queryLimitError';

const PAGE_ARGUMENTS = new Set(['first', 'last']);

const intValue = (value: number): IntValueNode => ({ kind: Kind.INT, value: String(value) });

/** Page sizes remembered within the limit per operation; a client paging with many sizes is priced afresh beyond them. */
const PRICED_SIZES_PER_OPERATION = 64;

/** An operation's price depends on its document and, of the variables, only on those written as a page size. */
interface OperationPrices {
  schema: GraphQLSchema;
  pageVariables: string[];
  /** Keys (pageSizeKey) of the page sizes found within the limit. */
  withinLimit: LRUCache<string, true>;
}

/** The variables written as `first:` or `last:` anywhere in the operation or the document's fragments. */
function pageVariablesOf(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const names = new Set<string>();
  const definitions = document.definitions.filter((definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION);
  visit({ ...document, definitions }, {
    Argument(argument) {
      if (PAGE_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names];
}

/** What pricedDocument makes of each page variable: a whole number is written in, a missing one takes its default, anything else stays. */
function pageSizeKey(pageVariables: string[], variables: Record<string, unknown>): string {
  return JSON.stringify(
    pageVariables.map((name) => {
      const value = variables[name];
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      return value === undefined ? 'default' : 'as-is';
    }),
  );
}

/**
 * The operation (with the document's fragments) as graphql-armor should price it. Armor multiplies
 * by a page size written as a literal only, and would count `first: $first` or a `first` left to
 * its default as one item: a variable's value (or its default) and the schema's default
 * (`first: Int = 20`) are written in as literals.
 */
function pricedDocument(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): DocumentNode {
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) variableDefaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const literal = (value: ValueNode): ValueNode => {
    if (value.kind !== Kind.VARIABLE) return value;
    const given = variables[value.name.value];
    if (typeof given === 'number' && Number.isInteger(given)) return intValue(given);
    return (given === undefined && variableDefaults.get(value.name.value)) || value;
  };
  const typeInfo = new TypeInfo(schema);
  const definitions = document.definitions.filter((definition) => definition === operation || definition.kind === Kind.FRAGMENT_DEFINITION);
  return visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(field): FieldNode | undefined {
        const pageArguments = typeInfo.getFieldDef()?.args.filter((argument) => PAGE_ARGUMENTS.has(argument.name)) ?? [];
        if (pageArguments.length === 0) return undefined;
        const given = field.arguments ?? [];
        const written = given.map((argument) => (PAGE_ARGUMENTS.has(argument.name.value) ? { ...argument, value: literal(argument.value) } : argument));
        const schemaDefault = pageArguments.find((argument) => typeof argument.defaultValue === 'number');
        const defaulted: ArgumentNode[] =
          schemaDefault && !given.some((argument) => PAGE_ARGUMENTS.has(argument.name.value))
            ? [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: schemaDefault.name }, value: intValue(Number(schemaDefault.defaultValue)) }]
            : [];
        return { ...field, arguments: [...written, ...defaulted] };
      },
    }),
  );
}

/**
 * graphql-armor's cost limit, run for each request once its variables are known (in
 * didResolveOperation, before the gateway plans): as a validation rule it would run once per
 * document, without them. Page sizes are priced as written, from the variables or by default.
 * An operation over `maxCost` is refused with QUERY_LIMIT_EXCEEDED. An operation found within the
 * limit with the same page sizes before is not priced again.
 */
export function createCostLimitPlugin<TContext extends BaseContext>(maxCost: number): ApolloServerPlugin<TContext> {
  const { validationRules } = new ApolloArmor({
    costLimit: {
      maxCost,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [(context: ValidationContext | null, error: GraphQLError) => context?.reportError(queryLimitError('maxCost', maxCost, error.message))],
    },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // By operation node: Apollo Server keeps each parsed document (and so its nodes) in its document
  // store, so a repeated operation is the same object, and a forgotten one takes its prices with it.
  const prices = new WeakMap<OperationDefinitionNode, OperationPrices>();
  const pricesOf = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): OperationPrices => {
    const known = prices.get(operation);
    if (known && known.schema === schema) return known;
    const fresh = { schema, pageVariables: pageVariablesOf(document, operation), withinLimit: new LRUCache<string, true>({ max: PRICED_SIZES_PER_OPERATION }) };
    prices.set(operation, fresh);
    return fresh;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const variables = request.variables ?? {};
          const operationPrices = pricesOf(schema, document, operation);
          const key = pageSizeKey(operationPrices.pageVariables, variables);
          if (operationPrices.withinLimit.get(key)) return;
          const [refusal] = validate(schema, pricedDocument(schema, document, operation, variables), validationRules);
          if (refusal) throw refusal;
          // Only a price within the limit is remembered: a refusal is priced again (and refused) each time.
          operationPrices.withinLimit.set(key, true);
        },
      };
    },
  };
}
