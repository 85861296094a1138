import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

export interface QueryLimits {
  /** Fields nested in one another, the root field being 1; introspection (`__schema`, `__type`) is not counted. */
  maxDepth: number;
  /** Aliased fields in an operation, each fragment counted as often as it is spread. */
  maxAliases: number;
}

interface Measure {
  depth: number;
  aliases: number;
}

/**
 * Depth and alias count of a selection set, following fragment spreads. Each fragment is measured
 * once (a fragment spread twice in each of ten nested fragments is not walked 2^10 times), and a
 * fragment cycle, refused by graphql-js's NoFragmentCyclesRule, counts as nothing here.
 */
function createMeasurer(context: ValidationContext): (selectionSet: SelectionSetNode) => Measure {
  const fragments = new Map<string, Measure>();
  const measuring = new Set<string>();

  const measureFragment = (fragment: FragmentDefinitionNode | null | undefined): Measure => {
    if (!fragment) return { depth: 0, aliases: 0 };
    const name = fragment.name.value;
    const known = fragments.get(name);
    if (known) return known;
    if (measuring.has(name)) return { depth: 0, aliases: 0 };
    measuring.add(name);
    const measure = measureSelectionSet(fragment.selectionSet);
    measuring.delete(name);
    fragments.set(name, measure);
    return measure;
  };

  const measureSelectionSet = (selectionSet: SelectionSetNode): Measure => {
    let depth = 0;
    let aliases = 0;
    for (const selection of selectionSet.selections) {
      let inner: Measure;
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const below = selection.selectionSet ? measureSelectionSet(selection.selectionSet) : { depth: 0, aliases: 0 };
        inner = { depth: below.depth + 1, aliases: below.aliases + (selection.alias ? 1 : 0) };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = measureSelectionSet(selection.selectionSet);
      } else {
        inner = measureFragment(context.getFragment(selection.name.value));
      }
      depth = Math.max(depth, inner.depth);
      aliases += inner.aliases;
    }
    return { depth, aliases };
  };

  return measureSelectionSet;
}

/**
 * Refuses, before planning, an operation nested deeper than `maxDepth` or with more than
 * `maxAliases` aliases: the supergraph has cycles (a record's subject has records), so without a
 * bound one request could make the gateway ask the subgraphs without end (DESIGN.md §7).
 */
export function createQueryLimitsRule({ maxDepth, maxAliases }: QueryLimits): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const measure = createMeasurer(context);
    return {
      OperationDefinition(operation) {
        const { depth, aliases } = measure(operation.selectionSet);
        if (depth > maxDepth) {
          context.reportError(new GraphQLError(`the operation is nested ${depth} fields deep; at most ${maxDepth} are allowed`, { nodes: operation }));
        }
        if (aliases > maxAliases) {
          context.reportError(new GraphQLError(`the operation has ${aliases} aliases; at most ${maxAliases} are allowed`, { nodes: operation }));
        }
        return false;
      },
    };
  };
}
