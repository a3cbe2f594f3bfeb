import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../config.js';
import { createSchema } from '../graphql/schema.js';
import { printSchemaFile } from '../graphql/schema-file.js';
import { startTestApp, type TestApp } from '../../test/support/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ GRAPHQL_MAX_BODY_BYTES: '20000' });
});
afterAll(() => app.close());

const post = (body: string, contentType = 'application/json') =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });

async function stillAnswers() {
  const result = await app.graphql<{ categories: unknown[] }>('{ categories { slug } }');
  expect(result.status).toBe(200);
  expect(result.data?.categories).toEqual([]);
}

describe('HTTP edge', () => {
  it('answers malformed JSON with 400 and a typed error, not a stack trace', async () => {
    const response = await post('{"query": "{ categories { slug }');
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('answers a wrong content type with 415 and an unknown method with 405', async () => {
    expect((await post('{ categories { slug } }', 'text/plain')).status).toBe(415);
    expect((await post('query=x', 'application/x-www-form-urlencoded')).status).toBe(415);
    expect((await fetch(`${app.url}/graphql`, { method: 'PUT' })).status).toBe(405);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await post(JSON.stringify({ query: `{ categories { slug } } # ${'x'.repeat(30_000)}` }));
    expect(response.status).toBe(413);
    await stillAnswers();
  });

  it('keeps Apollo CSRF prevention on for GET requests without a preflight header', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ categories { slug } }')}`);
    expect(response.status).toBe(400);
    const allowed = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ categories { slug } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
  });

  it('rejects syntax errors and unknown fields as BAD_USER_INPUT', async () => {
    expect((await app.graphql('{ categories { ')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await app.graphql('{ nope }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('rejects a too deep query and keeps answering', async () => {
    let selection = 'slug';
    for (let i = 0; i < 12; i++) selection = `parent { ${selection} }`;
    const result = await app.graphql(`{ categories { ${selection} } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'depth' });
    expect(result.data).toBeUndefined();
    await stillAnswers();
  });

  it('rejects alias flooding and keeps answering', async () => {
    const aliases = Array.from({ length: 200 }, (_, i) => `a${i}: categories { slug }`).join(' ');
    const result = await app.graphql(`{ ${aliases} }`);
    expect(result.errors?.some((e) => e.extensions?.limit === 'aliases')).toBe(true);
    await stillAnswers();
  });

  it('rejects a query whose page sizes multiply past the cost limit, even through fragments', async () => {
    const query = `fragment Deep on Product { related(first: 100) { variants { sku } related(first: 100) { slug } } }
      { products(first: 100) { nodes { ...Deep } } }`;
    const result = await app.graphql(query);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', limit: 'cost' });
    const affordable = await app.graphql(`{ products(first: 24) { nodes { slug variants { sku } related(first: 4) { slug } } } }`);
    expect(affordable.errors).toBeUndefined();
  });

  it('refuses NUL in any text, as a literal or a variable, as BAD_USER_INPUT (PostgreSQL text cannot hold it)', async () => {
    const attempts: [string, Record<string, unknown>?][] = [
      ['{ product(slug: "a\\u0000b") { id } }'],
      ['query($q: String!) { search(query: $q) { totalCount } }', { q: 'a\u0000b' }],
      ['query($f: ProductFilter) { products(filter: $f) { totalCount } }', { f: { category: 'x\u0000' } }],
    ];
    for (const [query, variables] of attempts) {
      const result = await app.graphql(query, variables);
      expect(result.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(result.data ?? null, query).toBeNull();
    }
    await stillAnswers();
  });

  it('refuses ids out of the key range as BAD_USER_INPUT, never INTERNAL', async () => {
    for (const id of ['2147483648', '99999999999999', '1e3', '0x1', '-1', '']) {
      const result = await app.graphql(`query($ids: [ID!]!) { variants(ids: $ids) { id } }`, { ids: [id] });
      expect(result.errors?.[0]?.extensions, id).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    }
  });

  it('answers persisted-query extensions as a request error, not INTERNAL', async () => {
    for (const persistedQuery of [{ version: 1, sha256Hash: 'x' }, { version: 2, sha256Hash: 'x' }, 5, { version: 1, sha256Hash: { toString: 1 } }]) {
      const response = await post(JSON.stringify({ query: '{ __typename }', extensions: { persistedQuery } }));
      const body = await response.json();
      expect(response.status, JSON.stringify(persistedQuery)).toBeLessThan(500);
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(persistedQuery)).toBe('BAD_USER_INPUT');
    }
  });

  it('reports liveness and readiness', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('opens the self-hosted GraphiQL for a browser, with no CDN', async () => {
    const page = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('/graphql/playground/graphiql.js');
    expect(html).not.toMatch(/https?:\/\//);
    const script = await fetch(`${app.url}/graphql/playground/graphiql.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
  });

  it('never serves files outside the media folder', async () => {
    const response = await fetch(`${app.url}/media/..%2f..%2fpackage.json`);
    expect(response.status).toBe(404);
  });
});

describe('schema.graphql', () => {
  it('is the print of the current resolver classes (run `npm run schema` when this fails)', async () => {
    const committed = readFileSync(path.join(repoRoot, 'schema.graphql'), 'utf8');
    expect(committed).toBe(printSchemaFile(await createSchema()));
  });
});
