import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

export interface ServeOptions {
  /** Cache-Control for the file: immutable for content-hashed assets, revalidate for HTML. */
  cacheControl: string;
}

async function fileInfo(file: string) {
  try {
    const info = await stat(file);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

/** Resolves a URL path inside root, refusing anything that escapes it. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  return file === root || file.startsWith(root + path.sep) ? file : undefined;
}

function acceptedEncodings(req: IncomingMessage): { br: boolean; gzip: boolean } {
  const header = String(req.headers['accept-encoding'] ?? '');
  return { br: /\bbr\b/.test(header), gzip: /\bgzip\b/.test(header) };
}

/**
 * Serves one file the way a CDN would: pre-compressed .br/.gz siblings when the client accepts them,
 * ETag and Last-Modified with 304 answers, HEAD, and the given Cache-Control.
 * Returns false when the file does not exist, so the caller can answer 404 its own way.
 */
export async function serveFile(req: IncomingMessage, res: ServerResponse, file: string, options: ServeOptions, status = 200): Promise<boolean> {
  const original = await fileInfo(file);
  if (!original) return false;
  const extension = path.extname(file).toLowerCase();
  let servedFile = file;
  let servedInfo = original;
  let encoding: string | undefined;
  if (COMPRESSIBLE.has(extension)) {
    const accepts = acceptedEncodings(req);
    for (const [name, suffix, accepted] of [['br', '.br', accepts.br], ['gzip', '.gz', accepts.gzip]] as const) {
      const info = accepted ? await fileInfo(file + suffix) : undefined;
      if (info) {
        servedFile = file + suffix;
        servedInfo = info;
        encoding = name;
        break;
      }
    }
  }
  const etag = `"${original.size.toString(36)}-${Math.floor(original.mtimeMs).toString(36)}${encoding ? '-' + encoding : ''}"`;
  const lastModified = new Date(Math.floor(original.mtimeMs / 1000) * 1000);
  res.setHeader('Content-Type', CONTENT_TYPES[extension] ?? 'application/octet-stream');
  res.setHeader('Cache-Control', options.cacheControl);
  res.setHeader('ETag', etag);
  res.setHeader('Last-Modified', lastModified.toUTCString());
  if (COMPRESSIBLE.has(extension)) res.setHeader('Vary', 'Accept-Encoding');
  if (encoding) res.setHeader('Content-Encoding', encoding);

  const ifNoneMatch = req.headers['if-none-match'];
  const ifModifiedSince = req.headers['if-modified-since'];
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)
    : ifModifiedSince !== undefined && Date.parse(ifModifiedSince) >= lastModified.getTime();
  if (status === 200 && notModified) {
    res.statusCode = 304;
    res.end();
    return true;
  }
  res.statusCode = status;
  res.setHeader('Content-Length', servedInfo.size);
  if (req.method === 'HEAD') {
    res.end();
    return true;
  }
  await new Promise<void>((resolve, reject) => {
    createReadStream(servedFile).on('error', reject).pipe(res).on('finish', resolve).on('error', reject);
  });
  return true;
}
