import type { IncomingMessage, ServerResponse } from 'node:http';
import type httpTransport from '@graphql-mesh/transport-http';
import type { DocumentNode } from 'graphql';

/** The part of Hive Gateway's runtime configuration the peer sets (GatewayConfigSupergraph upstream). */
export interface HiveGatewayConfig {
  supergraph: DocumentNode;
  transports: { http: typeof httpTransport };
  transportEntries: Record<string, { location: string }>;
  propagateHeaders: {
    fromClientToSubgraphs(payload: {
      /** The client's request (a WHATWG Request). */
      request: { headers: { get(name: string): string | null } };
      /** Hive's context, which holds what node:http handed its server adapter. */
      context: { req?: IncomingMessage };
      subgraphName: string;
    }): Promise<Record<string, string>>;
  };
}

/** The runtime: a node:http request listener that can be disposed of. */
export interface HiveGatewayRuntime {
  (request: IncomingMessage, response: ServerResponse): void;
  dispose(): Promise<void> | void;
}

interface HiveGatewayRuntimeModule {
  createGatewayRuntime(config: HiveGatewayConfig): HiveGatewayRuntime;
}

function isRuntimeModule(module: unknown): module is HiveGatewayRuntimeModule {
  return typeof module === 'object' && module !== null && 'createGatewayRuntime' in module && typeof module.createGatewayRuntime === 'function';
}

// A variable, not a literal: the compiler then does not read the package's declarations, which
// reference lib "dom" (through @whatwg-node/fetch) and so would retype fetch, BodyInit and Buffer
// for the whole program and break the product's type check. The types above are the upstream
// ones (@graphql-hive/gateway-runtime 2.12 dist/index.d.ts), narrowed to what the peer uses.
const RUNTIME_PACKAGE: string = '@graphql-hive/gateway-runtime';

/** @graphql-hive/gateway-runtime, loaded at run time. */
export async function loadHiveGatewayRuntime(): Promise<HiveGatewayRuntimeModule> {
  const module: unknown = await import(RUNTIME_PACKAGE);
  if (!isRuntimeModule(module)) throw new Error(`${RUNTIME_PACKAGE} exports no createGatewayRuntime`);
  return module;
}
