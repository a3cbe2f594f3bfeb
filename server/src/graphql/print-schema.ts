/** Writes schema.graphql at the repo root from the resolver classes: `npm run schema`. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config.js';
import { createSchema } from './schema.js';
import { printSchemaFile } from './schema-file.js';

const file = path.join(repoRoot, 'schema.graphql');
writeFileSync(file, printSchemaFile(await createSchema()));
console.log(`wrote ${file}`);
