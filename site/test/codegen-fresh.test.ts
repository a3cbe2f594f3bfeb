/**
 * Fails when site/src/lib/graphql/generated/ no longer matches schema.graphql and the site's operations:
 * runs the same codegen config in memory and compares with the committed files. Fix: `npm run codegen`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen';

const root = path.resolve(import.meta.dirname, '../..');

describe('GraphQL codegen', () => {
  it('committed generated types are up to date (run `npm run codegen` if this fails)', async () => {
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outputs = (await generate({ ...config, silent: true, errorsOnly: true }, false)) as { filename: string; content: string }[];
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs) {
        const committed = readFileSync(path.resolve(root, output.filename), 'utf8');
        expect(committed, `${output.filename} is stale: run npm run codegen`).toBe(output.content);
      }
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
