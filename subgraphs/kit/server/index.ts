export * from './context';
export * from './createSubgraph';
export * from './formatError';
export * from './listen';
export * from './readSchema';
export * from './startSubgraph';
export * from './subgraphDefinition';
