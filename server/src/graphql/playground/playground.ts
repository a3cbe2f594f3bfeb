import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { repoRoot } from '../../config.js';
import { resolveInside, serveFile } from '../../http/static-files.js';

export const PLAYGROUND_ASSETS_DIR = path.join(repoRoot, 'server', 'dist', 'playground');
export const PLAYGROUND_ASSETS_PATH = '/graphql/playground/';

const INLINE_STYLE = 'html, body, #graphiql { height: 100%; margin: 0; }';
/** For the playground's Content-Security-Policy, which allows this one inline style. */
export const PLAYGROUND_STYLE_HASH = `sha256-${createHash('sha256').update(INLINE_STYLE).digest('base64')}`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>T1EUP GraphQL playground</title>
<link rel="stylesheet" href="${PLAYGROUND_ASSETS_PATH}graphiql.css">
<style>${INLINE_STYLE}</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script type="module" src="${PLAYGROUND_ASSETS_PATH}graphiql.js"></script>
</body>
</html>
`;

/** A browser asking for a page (not a GraphQL client) gets the playground. */
export function wantsPlayground(req: IncomingMessage, url: URL): boolean {
  return req.method === 'GET' && !url.searchParams.has('query') && String(req.headers.accept ?? '').includes('text/html');
}

export function servePlaygroundPage(res: ServerResponse, contentSecurityPolicy: string): void {
  if (!existsSync(path.join(PLAYGROUND_ASSETS_DIR, 'graphiql.js'))) {
    res.statusCode = 503;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('The playground is not built; run `npm run build --workspace server`.');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Security-Policy', contentSecurityPolicy);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.end(PAGE);
}

export async function servePlaygroundAsset(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const file = resolveInside(PLAYGROUND_ASSETS_DIR, url.pathname.slice(PLAYGROUND_ASSETS_PATH.length));
  return file ? serveFile(req, res, file, { cacheControl: 'public, max-age=3600' }) : false;
}
