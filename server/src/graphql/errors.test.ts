import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { Logger } from '../logger.js';
import { AppError, createErrorFormatter } from './errors.js';

function recordingLogger() {
  const errors: unknown[] = [];
  const logger: Logger = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: (_m, fields) => errors.push(fields) };
  return { logger, errors };
}

describe('error formatting', () => {
  it('masks an unexpected error as INTERNAL, without message or stack, and logs it', () => {
    const { logger, errors } = recordingLogger();
    const format = createErrorFormatter(logger, false);
    const leaked = new Error('relation "secret_table" does not exist');
    const wrapped = new GraphQLError(leaked.message, { originalError: leaked, path: ['products'] });
    const result = format({ message: leaked.message, path: ['products'], extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, wrapped);
    expect(result).toEqual({ message: 'Internal server error', path: ['products'], extensions: { code: 'INTERNAL' } });
    expect(errors).toHaveLength(1);
  });

  it('passes AppErrors with their code and details', () => {
    const format = createErrorFormatter(recordingLogger().logger, false);
    const error = AppError.badInput('first', 'first must be between 1 and 100');
    expect(format({ message: error.message }, error)).toMatchObject({ message: error.message, extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('maps graphql-js request errors to BAD_USER_INPUT and drops stack traces', () => {
    const format = createErrorFormatter(recordingLogger().logger, false);
    const error = new GraphQLError('Cannot query field "nope" on type "Query".');
    const result = format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at y'] } }, error);
    expect(result.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });
});
