import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { RequestContext } from '../graphql/context.js';
import { localeFromAcceptLanguage, isLocale, DEFAULT_LOCALE, type Locale } from '../i18n/locale.js';
import { sendJsonError, HttpError, readBody } from './http-utils.js';

export interface GraphqlEndpointOptions {
  maxBodyBytes: number;
  createContext(locale: Locale, req: IncomingMessage, res: ServerResponse): Promise<RequestContext>;
}

function requestLocale(req: IncomingMessage): Locale {
  const explicit = req.headers['x-locale'];
  if (typeof explicit === 'string' && isLocale(explicit)) return explicit;
  return localeFromAcceptLanguage(req.headers['accept-language']) ?? DEFAULT_LOCALE;
}

const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

/** Bridges node:http to Apollo: enforces the body limit and JSON content type, and answers malformed JSON with 400. */
export function createGraphqlEndpoint(apollo: ApolloServer<RequestContext>, options: GraphqlEndpointOptions) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    try {
      let body: unknown;
      if (req.method === 'POST') {
        const contentType = String(req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (!JSON_TYPES.includes(contentType)) {
          throw new HttpError(415, 'POST /graphql needs Content-Type: application/json');
        }
        const raw = await readBody(req, options.maxBodyBytes);
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          throw new HttpError(400, 'The request body is not valid JSON');
        }
      } else if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, POST');
        throw new HttpError(405, 'Use GET or POST for /graphql');
      }
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const locale = requestLocale(req);
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method!.toUpperCase(), headers, search: url.search, body },
        context: () => options.createContext(locale, req, res),
      });
      for (const [key, value] of response.headers) res.setHeader(key, value);
      res.statusCode = response.status ?? 200;
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
        return;
      }
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    } catch (error) {
      if (error instanceof HttpError) return sendJsonError(res, error.status, error.message);
      throw error;
    }
  };
}
