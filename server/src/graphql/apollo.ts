import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, Lexer, Source, TokenKind, type GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RequestContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { queryLimitsRule } from './limits.js';
import { nulInTextPlugin } from './text-input.js';

/** Tells caches and clients which language the texts are in. */
const contentLanguagePlugin: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        response.http.headers.set('content-language', contextValue.locale);
      },
    };
  },
};

/** Whether the source has more than `max` tokens; reads at most max + 1 of them. */
function hasMoreTokens(source: string, max: number): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let count = 0; count <= max; count++) if (lexer.advance().kind === TokenKind.EOF) return false;
  } catch {
    return false;
  }
  return true;
}

/**
 * The parser itself stops at the token limit (parseOptions.maxTokens), before building a document;
 * this names the limit on its syntax error the way the other limits are named, as `extensions.limit`.
 */
function tokenLimitPlugin(maxTokens: number): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async parsingDidStart({ source }) {
          return async (error) => {
            if (error instanceof GraphQLError && source && hasMoreTokens(source, maxTokens)) error.extensions.limit = 'tokens';
          };
        },
      };
    },
  };
}

export function createApolloServer(schema: GraphQLSchema, config: Config, logger: Logger): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger, config.env === 'development'),
    parseOptions: { maxTokens: config.limits.maxTokens },
    validationRules: [queryLimitsRule(config.limits)],
    csrfPrevention: true,
    // No client of ours sends persisted-query hashes; off, the extension is one less input to parse.
    persistedQueries: false,
    // Apollo pretty-prints responses by default: larger bodies and 6% of the listing's CPU profile.
    stringifyResult: (result) => JSON.stringify(result),
    // Shutdown is ours (main.ts): Apollo's own signal handler would stop it mid-way and re-raise the signal.
    stopOnTerminationSignals: false,
    logger: { debug: () => undefined, info: (m) => logger.info(String(m)), warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
    // Cache-control hints are unused (HTTP caching happens at the static site), and the plugin hooks every field.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), contentLanguagePlugin, tokenLimitPlugin(config.limits.maxTokens), nulInTextPlugin],
  });
}
