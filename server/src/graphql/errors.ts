import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger.js';

/**
 * The whole API's error vocabulary; clients switch on `extensions.code`.
 * - BAD_USER_INPUT: an argument is invalid; `extensions.field` names it.
 * - NOT_FOUND: the addressed object does not exist (or is not visible to the caller).
 * - UNAUTHENTICATED: no valid session, or sign-in data failed verification; `extensions.reason` says why.
 * - FORBIDDEN: signed in, but not allowed.
 * - CONFLICT: the request clashes with the current state (duplicate, stale); `extensions.reason` says how
 *   where a client can act on it (orders: price_changed with the new `preview`, idempotency_key_reused,
 *   unpaid_order_limit with `limit`, illegal_transition).
 * - OUT_OF_STOCK: a variant cannot be ordered in the quantity asked (unknown, no longer sold, or not
 *   enough units); `extensions.variantId` names it and `extensions.available` says how many can be.
 * - RATE_LIMITED: too many attempts; `extensions.retryAfterSeconds` says when to retry.
 * - INTERNAL: anything unexpected; details are logged, never sent.
 */
export const ERROR_CODES = ['BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CONFLICT', 'OUT_OF_STOCK', 'RATE_LIMITED', 'INTERNAL'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...details } });
    this.name = 'AppError';
  }

  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }

  static badInput(field: string, message: string): AppError {
    return new AppError('BAD_USER_INPUT', message, { field });
  }

  static notFound(what: string, key: string): AppError {
    return new AppError('NOT_FOUND', `${what} "${key}" was not found`);
  }
}

/** Codes Apollo and graphql-js attach to errors they raise before our resolvers run. */
const REQUEST_ERROR_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: 'BAD_USER_INPUT',
  GRAPHQL_VALIDATION_FAILED: 'BAD_USER_INPUT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  BAD_REQUEST: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_FOUND: 'BAD_USER_INPUT',
  PERSISTED_QUERY_NOT_SUPPORTED: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'BAD_USER_INPUT',
};

/**
 * The one place errors leave the server: AppErrors and request errors pass with their code,
 * everything else is logged with its stack and replaced by a generic INTERNAL error.
 */
export function createErrorFormatter(logger: Logger, exposeDetails: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return { message: original.message, path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
    }
    // Parse, validation and variable errors come from graphql-js/Apollo as GraphQLErrors with their own code.
    const requestCode = REQUEST_ERROR_CODES[String(formatted.extensions?.code ?? '')];
    if (requestCode && original instanceof GraphQLError) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { ...extensions, code: requestCode } };
    }
    logger.error('unexpected error while serving GraphQL', { error: original, path: formatted.path });
    return {
      message: exposeDetails && original instanceof Error ? `Internal error: ${original.message}` : 'Internal server error',
      path: formatted.path,
      extensions: { code: 'INTERNAL' },
    };
  };
}
