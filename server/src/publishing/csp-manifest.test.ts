import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CSP_MANIFEST, cspHash, inlineCode, readCspManifest, writeCspManifest } from './csp-manifest.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function build(pages: Record<string, string>): { dir: string; files: string[] } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 't1eup-csp-'));
  dirs.push(dir);
  const files = Object.entries(pages).map(([file, html]) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), html);
    return path.join(dir, file);
  });
  return { dir, files };
}

describe('inline code of a page', () => {
  it('collects inline scripts and styles, but not data blocks, external scripts or commented-out code', () => {
    const found = inlineCode(`<!doctype html><html><head>
      <style>h1{color:navy}</style>
      <script type="application/ld+json">{"@type":"Product","name":"a<b"}</script>
      <script type="module" src="/_astro/page.js"></script>
      <!-- <script>commented()</script> -->
      </head><body data-type="module">
      <script>(()=>{ if (1 < 2) self.Astro = {}; })()</script>
      <script type="module">import('/_astro/island.js')</script>
      <SCRIPT TYPE="Application/JSON">{"data":1}</SCRIPT>
      </body></html>`);
    expect(found.scripts).toEqual(['(()=>{ if (1 < 2) self.Astro = {}; })()', "import('/_astro/island.js')"]);
    expect(found.styles).toEqual(['h1{color:navy}']);
    expect(found.blocked).toEqual([]);
  });

  it('finds attribute code the policy blocks: style attributes, event handlers and javascript: URLs', () => {
    const found = inlineCode(`<p style="color:red">a</p><img src="/a.webp" onerror="alert(1)"><a href=" javascript:alert(1)">x</a><script onload="x()" src="/a.js"></script>`);
    expect(found.blocked).toEqual(['<p style="color:red">', '<img src="/a.webp" onerror="alert(1)">', '<a href=" javascript:alert(1)">', '<script onload="x()" src="/a.js">']);
  });

  it('does not mistake text in attribute values or in data for attribute code', () => {
    const found = inlineCode(`<meta name="description" content="Size one = 150 cm, style= classic"><img alt='on top=yes' src="/a.webp"><script type="application/ld+json">{"d":"<p style=\\"x\\">"}</script>`);
    expect(found.blocked).toEqual([]);
  });

  it('hashes as the browser does: SHA-256 of the text with newlines normalised', () => {
    expect(cspHash('a\r\nb\rc')).toBe(`sha256-${createHash('sha256').update('a\nb\nc').digest('base64')}`);
  });
});

describe('CSP manifest of a build', () => {
  it('lists each distinct inline script and style once, with the origins the build calls', async () => {
    const page = (script: string) => `<html><style>p{margin:0}</style><body><script>${script}</script></body></html>`;
    const { dir, files } = build({ 'ru/index.html': page('one()'), 'kk/index.html': page('one()'), 'ru/cart/index.html': page('two()'), '_astro/x.js': '<script>not a page</script>' });
    await writeCspManifest(dir, files, { apiUrl: 'https://api.t1eup.kz/graphql', mediaUrl: 'https://media.t1eup.kz' });
    const manifest = JSON.parse(readFileSync(path.join(dir, CSP_MANIFEST), 'utf8'));
    expect(manifest).toEqual({
      scriptHashes: [cspHash('one()'), cspHash('two()')].sort(),
      styleHashes: [cspHash('p{margin:0}')],
      apiOrigin: 'https://api.t1eup.kz',
      mediaOrigin: 'https://media.t1eup.kz',
    });
    expect(await readCspManifest(dir)).toEqual(manifest);
  });

  it('fails the build on attribute code, naming the page, instead of publishing a page that breaks', async () => {
    const { dir, files } = build({ 'ru/p/tie/index.html': '<html><body><span style="--swatch:#123">navy</span></body></html>' });
    await expect(writeCspManifest(dir, files, {})).rejects.toThrow(/ru\/p\/tie\/index\.html: <span style="--swatch:#123">/);
  });

  it('reads a build made before manifests existed as one with no inline code', async () => {
    const { dir } = build({ 'ru/index.html': '<html></html>' });
    expect(await readCspManifest(dir)).toEqual({ scriptHashes: [], styleHashes: [] });
  });
});
