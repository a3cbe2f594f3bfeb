/**
 * Browser GraphQL over fetch for the small plain scripts: no client library, the session cookie rides
 * along (same origin; with PUBLIC_API_URL set, credentials are sent cross-origin and the API must allow them).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

/** An operation's text with its result and variables types attached (types only; no runtime cost). */
export interface Operation<TResult, TVariables> {
  readonly query: string;
  readonly __types?: (variables: TVariables) => TResult;
}

/**
 * Ties an operation string to the type codegen generated for it: `operation<typeof FooDocument>(text)`.
 * The text carries a GraphQL magic comment so codegen finds it; the document object itself is never bundled.
 */
export const operation = <D>(query: string) => ({ query }) as D extends TypedDocumentNode<infer R, infer V> ? Operation<R, V> : never;

export interface GraphQLErrorLike {
  message: string;
  extensions?: { code?: string; reason?: string; retryAfterSeconds?: number };
}

export interface OperationResult<T> {
  data?: T | null;
  errors?: GraphQLErrorLike[];
}

/** A failed request: the GraphQL error code (UNAUTHENTICATED, RATE_LIMITED, …) or NETWORK, and the reason. */
export class RequestFailed extends Error {
  constructor(
    readonly code: string,
    readonly reason: string | undefined,
  ) {
    super(reason ? `${code}: ${reason}` : code);
  }
}

function endpoint(): { url: string; credentials: RequestCredentials } {
  const base = (import.meta.env.PUBLIC_API_URL ?? '').replace(/\/+$/, '');
  return base ? { url: `${base}/graphql`, credentials: 'include' } : { url: '/graphql', credentials: 'same-origin' };
}

/** Runs an operation; network failures and non-JSON answers throw RequestFailed('NETWORK'). */
export async function runOperation<T, V>(operation: Operation<T, V>, variables?: V): Promise<OperationResult<T>> {
  const { url, credentials } = endpoint();
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: operation.query, variables }),
    });
    return (await response.json()) as OperationResult<T>;
  } catch {
    throw new RequestFailed('NETWORK', undefined);
  }
}

/** The data of a successful operation; the first error as RequestFailed otherwise. */
export async function requireData<T, V>(operation: Operation<T, V>, variables?: V): Promise<T> {
  const result = await runOperation(operation, variables);
  const error = result.errors?.[0];
  if (error || !result.data) throw new RequestFailed(error?.extensions?.code ?? 'INTERNAL', error?.extensions?.reason);
  return result.data;
}
