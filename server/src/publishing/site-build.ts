/**
 * Builds the storefront from the live API into a fresh directory and only on success makes it the
 * served one by an atomic symlink swap of sitesDir/current. The admin issue will drive this; `npm start`
 * runs it once after seeding.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { mkdir, readdir, readlink, rename, rm, stat, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { constants as zlib, createBrotliCompress, createGzip } from 'node:zlib';
import { repoRoot } from '../config.js';
import { writeCspManifest } from './csp-manifest.js';

export interface BuildLogger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface BuildSiteOptions {
  /** Origin of the GraphQL API the pages are built from, e.g. http://127.0.0.1:4000. */
  apiUrl: string;
  /** Holds builds/<buildId>/ and the `current` symlink. */
  sitesDir: string;
  /** Public origin for canonical, hreflang, sitemap and Open Graph URLs; defaults to apiUrl (one origin). */
  siteUrl?: string;
  /** Origin the browser calls for /graphql when the API is not on the site's origin; default same origin. */
  publicApiUrl?: string;
  logger?: BuildLogger;
  /** Builds kept for rollback, the live one included. */
  keep?: number;
  /** Kill a hung build after this long. */
  timeoutMs?: number;
}

export type BuildSiteResult =
  | { ok: true; buildId: string; dir: string; pages: number; durationMs: number }
  | { ok: false; error: string; durationMs: number };

export const SITE_DIR = path.join(repoRoot, 'site');
export const CURRENT = 'current';
export const BUILDS = 'builds';
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.xml', '.svg', '.txt', '.webmanifest']);
const silent: BuildLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** One build at a time per process: Astro writes shared files (site/.astro types) while it builds. */
let queue: Promise<unknown> = Promise.resolve();

export function buildSite(options: BuildSiteOptions): Promise<BuildSiteResult> {
  const run = queue.then(() => buildOnce(options));
  queue = run.catch(() => undefined);
  return run;
}

async function buildOnce({ apiUrl, sitesDir, siteUrl, publicApiUrl, logger = silent, keep = 3, timeoutMs = 10 * 60_000 }: BuildSiteOptions): Promise<BuildSiteResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const buildId = `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*$/, '')}-${randomBytes(3).toString('hex')}`;
  const buildsDir = path.join(path.resolve(sitesDir), BUILDS);
  const dir = path.join(buildsDir, buildId);
  await mkdir(dir, { recursive: true });
  logger.info('site build started', { buildId, apiUrl });
  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      SITE_API_URL: apiUrl.replace(/\/+$/, ''),
      SITE_URL: (siteUrl ?? apiUrl).replace(/\/+$/, ''),
      PUBLIC_API_URL: publicApiUrl ?? '',
      SITE_OUT_DIR: dir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
    };
    // Astro writes its intermediate prerender chunks to <cwd>/.astro when outDir lies outside the cwd;
    // a per-build cwd under site/ keeps concurrent builds apart and lets those chunks resolve node_modules.
    const workDir = path.join(SITE_DIR, '.builds', buildId);
    await mkdir(workDir, { recursive: true });
    const steps: Record<string, number> = {};
    const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
      const t0 = performance.now();
      try {
        return await work();
      } finally {
        steps[name] = Math.round(performance.now() - t0);
      }
    };
    await step('astroMs', async () => {
      try {
        await run(process.execPath, [resolveBin('astro', 'bin/astro.mjs'), 'build', '--root', SITE_DIR], { cwd: workDir, env, timeoutMs, logger });
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    });
    await step('pagefindMs', () => run(process.execPath, [resolveBin('pagefind', 'lib/runner/bin.cjs'), '--site', dir, '--silent'], { cwd: SITE_DIR, env, timeoutMs, logger }));
    await step('cspMs', () => writeCspManifest(dir, walk(dir), { apiUrl: env.PUBLIC_API_URL, mediaUrl: env.PUBLIC_MEDIA_URL }));
    const pages = await step('compressMs', () => compressTree(dir));
    logger.info('site build steps', { buildId, ...steps });
    await switchCurrent(sitesDir, buildId);
    await pruneBuilds(sitesDir, keep);
    const durationMs = elapsed();
    logger.info('site build published', { buildId, pages, durationMs });
    return { ok: true, buildId, dir, pages, durationMs };
  } catch (error) {
    await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    logger.error('site build failed; the live site is unchanged', { buildId, error: message });
    return { ok: false, error: message, durationMs: elapsed() };
  }
}

function resolveBin(pkg: string, bin: string): string {
  // Looked up as directories: pagefind's "exports" hide its package.json from require.resolve.
  const require = createRequire(path.join(SITE_DIR, 'package.json'));
  const dir = (require.resolve.paths(pkg) ?? []).map((p) => path.join(p, pkg)).find((p) => existsSync(path.join(p, 'package.json')));
  if (!dir) throw new Error(`${pkg} is not installed (run npm install in the repository root)`);
  return path.join(dir, bin);
}

/** Runs a child process; rejects with the tail of its output when it fails or times out. */
function run(command: string, args: string[], { cwd, env, timeoutMs, logger }: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs: number; logger: BuildLogger }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-8_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(args[0] ?? command)} timed out after ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) return resolve();
      const tail = output.replace(/\u001b\[[0-9;]*m/g, '').trim().split('\n').slice(-15).join('\n');
      logger.warn('site build step failed', { step: path.basename(args[0] ?? command), code });
      reject(new Error(`${path.basename(path.dirname(path.dirname(args[0] ?? command)))} exited with ${code}: ${tail}`));
    });
  });
}

async function* walk(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile()) yield full;
  }
}

/**
 * Writes .br and .gz next to every compressible file (brotli at maximum quality for the few shared
 * assets, quality 7 for the thousands of pages) and returns the number of HTML pages.
 */
export async function compressTree(dir: string): Promise<number> {
  const files: string[] = [];
  let pages = 0;
  for await (const file of walk(dir)) {
    const ext = path.extname(file).toLowerCase();
    if (ext === '.html') pages++;
    if (COMPRESSIBLE.has(ext)) files.push(file);
  }
  const compressOne = async (file: string) => {
    const size = (await stat(file)).size;
    // Quality 11 costs ~20 ms per page (a minute for 3,000 pages) for ~8 % smaller HTML than quality 7;
    // it is kept for the few shared, immutable assets that every visitor downloads.
    const shared = file.includes(`${path.sep}_astro${path.sep}`) || file.includes(`${path.sep}pagefind${path.sep}`);
    const quality = shared ? 11 : 7;
    await pipeline(createReadStream(file), createBrotliCompress({ params: { [zlib.BROTLI_PARAM_QUALITY]: quality, [zlib.BROTLI_PARAM_SIZE_HINT]: size, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }), createWriteStream(file + '.br'));
    await pipeline(createReadStream(file), createGzip({ level: 9 }), createWriteStream(file + '.gz'));
  };
  let next = 0;
  const workers = Array.from({ length: Math.max(2, os.availableParallelism()) * 2 }, async () => {
    while (next < files.length) await compressOne(files[next++]!);
  });
  await Promise.all(workers);
  return pages;
}

/** Points sitesDir/current at builds/<buildId> atomically: a new symlink under a temporary name renamed over the old. */
export async function switchCurrent(sitesDir: string, buildId: string): Promise<void> {
  const temp = path.join(sitesDir, `.${CURRENT}-${buildId}`);
  await rm(temp, { force: true });
  await symlink(path.join(BUILDS, buildId), temp, 'dir');
  await rename(temp, path.join(sitesDir, CURRENT));
}

/** The build `current` points at, if any. */
export async function currentBuildId(sitesDir: string): Promise<string | undefined> {
  try {
    return path.basename(await readlink(path.join(sitesDir, CURRENT)));
  } catch {
    return undefined;
  }
}

/** Deletes all but the newest `keep` builds, never the live one. Build ids sort by time. */
export async function pruneBuilds(sitesDir: string, keep: number): Promise<string[]> {
  const live = await currentBuildId(sitesDir);
  const ids = (await readdir(path.join(sitesDir, BUILDS))).sort().reverse();
  const doomed = ids.slice(Math.max(1, keep)).filter((id) => id !== live);
  await Promise.all(doomed.map((id) => rm(path.join(sitesDir, BUILDS, id), { recursive: true, force: true })));
  return doomed;
}
