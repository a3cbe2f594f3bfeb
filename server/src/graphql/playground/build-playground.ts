/** Bundles GraphiQL from npm into dist/playground so GET /graphql needs no CDN. */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { PLAYGROUND_ASSETS_DIR } from './playground.js';

mkdirSync(PLAYGROUND_ASSETS_DIR, { recursive: true });
await build({
  entryPoints: { graphiql: new URL('./graphiql-entry.tsx', import.meta.url).pathname },
  bundle: true,
  minify: true,
  format: 'esm',
  jsx: 'automatic',
  outdir: PLAYGROUND_ASSETS_DIR,
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff2': 'file', '.woff': 'file', '.ttf': 'file' },
  logLevel: 'warning',
});
console.log(`GraphiQL bundled into ${PLAYGROUND_ASSETS_DIR}`);
