/** What the runner asks a subgraph process over IPC: start counting from zero, or the count so far. */
export type SubgraphRequest = { type: 'reset' } | { type: 'read' };

/** The answers: reset done, or the statements counted since the last reset. */
export type SubgraphReply = { type: 'reset' } | { type: 'statements'; count: number };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export const resetDone = (reply: unknown): true | undefined => (isObject(reply) && reply.type === 'reset' ? true : undefined);

export const statementCount = (reply: unknown): number | undefined =>
  isObject(reply) && reply.type === 'statements' && typeof reply.count === 'number' ? reply.count : undefined;

export const isSubgraphRequest = (message: unknown): message is SubgraphRequest =>
  isObject(message) && (message.type === 'reset' || message.type === 'read');
