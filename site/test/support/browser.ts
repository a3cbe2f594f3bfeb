/**
 * Debian's /usr/bin/chromium driven by playwright-core; never a downloaded browser. Every browser
 * records Content-Security-Policy violations (the page's securitypolicyviolation events and Chromium's
 * console reports), and every test in a file that imports this module fails when one was recorded.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterEach, expect } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Whether a browser suite can run: without Chromium it is skipped with a warning, except under CI=true,
 * where a missing browser fails the run instead of passing it silently.
 */
export function chromiumForSuite(suite: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const message = `Browser tests need Chromium at ${CHROMIUM} (apt-get install -y chromium); none found.`;
  if (process.env.CI === 'true') throw new Error(`${message} CI=true, so this is a failure.`);
  console.warn(`SKIPPING ${suite} browser tests: ${message}`);
  return false;
}

export interface Browser { context: BrowserContext; close(): Promise<void> }

/** Violations from every browser of the test file, closed ones included, not yet checked. */
let violations: string[] = [];
/** Open browsers that run scripts, whose pages may still have a violation event queued. */
const scripted = new Set<BrowserContext>();

/** The CSP violations recorded since the last call (by any browser of this test file), and forgets them. */
export async function takeCspViolations(): Promise<string[]> {
  // A violation event is dispatched in a task of its own; a round trip through each page's task queue lets it arrive.
  const pages = [...scripted].flatMap((context) => context.pages());
  await Promise.all(pages.map((page) => page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0))).catch(() => undefined)));
  const taken = violations;
  violations = [];
  return taken;
}

afterEach(async () => {
  expect(await takeCspViolations(), 'Content-Security-Policy violations').toEqual([]);
});

const REPORT_BINDING = '__t1eupCspViolation';

/** A persistent context on a fresh user-data-dir, so no profile leaks between runs. */
export async function launchChromium(options: { viewport?: { width: number; height: number }; isMobile?: boolean; javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 't1eup-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    isMobile: options.isMobile,
    hasTouch: options.isMobile,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });

  await context.exposeBinding(REPORT_BINDING, ({ frame }, report: string) => {
    violations.push(`${frame.url()}: ${report}`);
  });
  // Init scripts and bindings are installed by the browser's debugging protocol, which the page's CSP does not govern.
  await context.addInitScript((binding) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as Record<string, (report: string) => void>)[binding];
      report?.(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile || 'page'}:${event.lineNumber})`);
    });
  }, REPORT_BINDING);
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });

  if (options.javaScriptEnabled !== false) scripted.add(context);
  return {
    context,
    async close() {
      scripted.delete(context);
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
