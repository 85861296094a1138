import { Kind, parse, type ConstDirectiveNode } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | undefined {
  const value = directive.arguments?.find((argument) => argument.name.value === name)?.value;
  return value?.kind === Kind.STRING ? value.value : undefined;
}

/** The subgraphs a supergraph routes to, with their routing URLs, from its `join__Graph` enum. */
export function readSupergraphSubgraphs(supergraphSdl: string): SubgraphEndpoint[] {
  const graphs = parse(supergraphSdl).definitions.find(
    (definition) => definition.kind === Kind.ENUM_TYPE_DEFINITION && definition.name.value === 'join__Graph',
  );
  if (graphs?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('not a supergraph: no join__Graph enum');
  return (graphs.values ?? []).map((value) => {
    const directive = value.directives?.find((d) => d.name.value === 'join__graph');
    const name = directive && stringArgument(directive, 'name');
    const url = directive && stringArgument(directive, 'url');
    if (!name || url === undefined) throw new Error(`supergraph graph ${value.name.value} has no name or url`);
    return { name, url };
  });
}
