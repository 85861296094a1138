import type { IncomingHttpHeaders } from 'node:http';
import express from 'express';
import { buildSchema, graphql } from 'graphql';
import { listen, type Listening } from '../../subgraphs/kit/server/listen';

export interface FakeGatewayRequest {
  headers: IncomingHttpHeaders;
  query: string;
  variables: Record<string, unknown>;
}

export interface FakeGateway {
  url: string;
  /** What it was asked, oldest first. */
  requests: FakeGatewayRequest[];
  /** Stops listening (the gateway is down); `resume` listens again on the same port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

function operationOf(body: unknown): { query: string; variables: Record<string, unknown> } | null {
  if (typeof body !== 'object' || body === null || !('query' in body) || typeof body.query !== 'string') return null;
  const variables: Record<string, unknown> = {};
  if ('variables' in body && typeof body.variables === 'object' && body.variables !== null) Object.assign(variables, body.variables);
  return { query: body.query, variables };
}

/**
 * A stand-in for the gateway, for a subgraph tested alone: it runs what it is sent against
 * `typeDefs` (the slice of the supergraph the subgraph asks about), with `rootValue` answering
 * the root fields (a function is called with the field's arguments; throwing gives an error).
 */
export async function startFakeGateway(typeDefs: string, rootValue: Record<string, unknown>): Promise<FakeGateway> {
  const schema = buildSchema(typeDefs);
  const requests: FakeGatewayRequest[] = [];
  const app = express();
  app.post('/graphql', express.json(), async (req, res) => {
    const operation = operationOf(req.body);
    if (!operation) {
      res.status(400).json({ errors: [{ message: 'no query', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    requests.push({ headers: req.headers, ...operation });
    res.json(await graphql({ schema, source: operation.query, variableValues: operation.variables, rootValue }));
  });
  let listening: Listening | null = await listen(app, 0, '127.0.0.1');
  const { url, port } = listening;
  const pause = async () => {
    await listening?.close();
    listening = null;
  };
  return {
    url,
    requests,
    pause,
    resume: async () => {
      listening ??= await listen(app, port, '127.0.0.1');
    },
    close: pause,
  };
}
