import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
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
 * An operation over `maxCost` is refused with QUERY_LIMIT_EXCEEDED.
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
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const [refusal] = validate(schema, pricedDocument(schema, document, operation, request.variables ?? {}), validationRules);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
