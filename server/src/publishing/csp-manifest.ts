/**
 * What a storefront build needs from the Content-Security-Policy beyond its own origin: the sha256 of
 * every inline script and <style> Astro emitted (the island bootstrap on the cart page, the inlined CSS)
 * and the API and media origins the build was made for. site-build writes it into the build directory;
 * site-handler reads it from the build it serves, so a page always travels with its own build's hashes.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { StorefrontSources } from '../http/security-headers.js';

export const CSP_MANIFEST = 'csp-manifest.json';

/** Script types the browser never runs (JSON-LD and other data blocks), so they need no hash. */
const DATA_BLOCK_TYPES = new Set(['application/ld+json', 'application/json']);

/** One left-to-right pass: a comment, a raw-text element (whose content is not markup), or a start tag. */
const TOKEN = /<!--[\s\S]*?-->|<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>|<[a-zA-Z][^>]*>/gi;
/** Attribute code that only 'unsafe-inline' or 'unsafe-hashes' would allow, which this policy never grants. */
const CODE_ATTRIBUTE = /\s(?:style|on[a-z]+)\s*=/i;
const JAVASCRIPT_URL = /\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i;
const QUOTED_VALUE = /"[^"]*"|'[^']*'/g;

function hasAttributeCode(tag: string): boolean {
  return CODE_ATTRIBUTE.test(tag.replace(QUOTED_VALUE, '""')) || JAVASCRIPT_URL.test(tag);
}

export interface InlineCode {
  scripts: string[];
  styles: string[];
  /** Tags whose attribute code the policy blocks (style="…", onclick="…", javascript: URLs). */
  blocked: string[];
}

export function inlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], blocked: [] };
  for (const [token, element, attributes = '', content = ''] of html.matchAll(TOKEN)) {
    if (token.startsWith('<!--')) continue;
    const tag = element ? `<${element}${attributes}>` : token;
    if (hasAttributeCode(tag)) found.blocked.push(tag);
    if (!element) continue;
    if (element.toLowerCase() === 'style') {
      found.styles.push(content);
      continue;
    }
    const type = /(?:^|\s)type\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    const external = /(?:^|\s)src\s*=/i.test(attributes);
    if (!external && !(type && DATA_BLOCK_TYPES.has(type))) found.scripts.push(content);
  }
  return found;
}

/** The CSP hash source of an inline element's text, as the browser computes it (after newline normalisation). */
export function cspHash(text: string): string {
  return `sha256-${createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('base64')}`;
}

export interface BuildOrigins {
  /** PUBLIC_API_URL of the build, empty when the pages call their own origin. */
  apiUrl?: string;
  /** PUBLIC_MEDIA_URL of the build. */
  mediaUrl?: string;
}

const originOf = (url: string | undefined) => (url ? new URL(url).origin : undefined);

/**
 * Hashes the inline code of every page in `files` and writes the manifest into dir. Fails the build when
 * a page carries attribute code the policy would block, naming the first one, rather than publishing a
 * page that breaks silently.
 */
export async function writeCspManifest(dir: string, files: AsyncIterable<string> | Iterable<string>, origins: BuildOrigins): Promise<StorefrontSources> {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const blocked: string[] = [];
  for await (const file of files) {
    if (path.extname(file) !== '.html') continue;
    const found = inlineCode(await readFile(file, 'utf8'));
    for (const script of found.scripts) scripts.add(cspHash(script));
    for (const style of found.styles) styles.add(cspHash(style));
    blocked.push(...found.blocked.map((tag) => `${path.relative(dir, file)}: ${tag}`));
  }
  if (blocked.length > 0) {
    throw new Error(`${blocked.length} tags carry inline style, event handler or javascript: attributes that the Content-Security-Policy blocks; use a class or a script file instead. First: ${blocked[0]}`);
  }
  const manifest: StorefrontSources = {
    scriptHashes: [...scripts].sort(),
    styleHashes: [...styles].sort(),
    apiOrigin: originOf(origins.apiUrl),
    mediaOrigin: originOf(origins.mediaUrl),
  };
  await writeFile(path.join(dir, CSP_MANIFEST), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** The manifest of the build at root; a build without one (made before manifests existed) gets no inline code. */
export async function readCspManifest(root: string): Promise<StorefrontSources> {
  try {
    return JSON.parse(await readFile(path.join(root, CSP_MANIFEST), 'utf8')) as StorefrontSources;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { scriptHashes: [], styleHashes: [] };
    throw error;
  }
}
