/**
 * One origin for tests and previews, wired the way `npm start` serves it: /graphql, /media/ and the
 * health checks go to the API, everything else to the storefront handler over sitesDir/current.
 */
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSiteHandler } from '../../../server/src/publishing/site-handler.js';

export interface FrontServer { url: string; server: Server; close(): Promise<void> }

const API_PREFIXES = ['/graphql', '/media/', '/healthz', '/readyz', '/graphql-assets'];

export async function startFrontServer(apiUrl: string, sitesDir: string, port = 0): Promise<FrontServer> {
  const site = createSiteHandler(sitesDir);
  const api = new URL(apiUrl);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (API_PREFIXES.some((p) => url.pathname.startsWith(p))) {
      const upstream = request({ host: api.hostname, port: api.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      });
      upstream.on('error', () => { res.statusCode = 502; res.end(); });
      req.pipe(upstream);
      return;
    }
    site(req, res, url)
      .then((handled) => {
        if (!handled) { res.statusCode = 404; res.end('no site build'); }
      })
      .catch(() => { res.statusCode = 500; res.end(); });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, server, close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }) };
}
