import { createGateway, type GatewayOptions } from '../../gateway/createGateway';
import { listen } from '../../subgraphs/kit/server/listen';
import { recordingLogger } from './recordingLogger';

export interface GraphQLAnswer {
  status: number;
  headers: Headers;
  /** The raw response body, to search for what must never be shown. */
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export interface TestGateway {
  base: string;
  logged: string[];
  post(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLAnswer>;
  get(path: string, headers?: Record<string, string>): Promise<Response>;
  close(): Promise<void>;
}

/** createGateway listening on a free port, logging into `logged`. */
export async function startTestGateway(options: GatewayOptions): Promise<TestGateway> {
  const logger = recordingLogger();
  const gateway = await createGateway({ logger, ...options });
  const listening = await listen(gateway.app, 0, '127.0.0.1');
  const base = `http://127.0.0.1:${listening.port}`;
  return {
    base,
    logged: logger.lines,
    post: async (query, variables, headers = {}) => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
    },
    get: (path, headers = {}) => fetch(`${base}${path}`, { headers }),
    close: async () => {
      await listening.close();
      await gateway.stop();
    },
  };
}
