import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RequestContext } from './context.js';
import { createErrorFormatter } from './errors.js';
import { queryLimitsRule } from './limits.js';

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

export function createApolloServer(schema: GraphQLSchema, config: Config, logger: Logger): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    schema,
    introspection: config.introspection,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(logger, config.env === 'development'),
    validationRules: [queryLimitsRule(config.limits)],
    csrfPrevention: true,
    // Apollo pretty-prints responses by default: larger bodies and 6% of the listing's CPU profile.
    stringifyResult: (result) => JSON.stringify(result),
    // Shutdown is ours (main.ts): Apollo's own signal handler would stop it mid-way and re-raise the signal.
    stopOnTerminationSignals: false,
    logger: { debug: () => undefined, info: (m) => logger.info(String(m)), warn: (m) => logger.warn(String(m)), error: (m) => logger.error(String(m)) },
    // Cache-control hints are unused (HTTP caching happens at the static site), and the plugin hooks every field.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), contentLanguagePlugin],
  });
}
