/**
 * The JSON Schemas dondoc publishes, generated from the zod schemas in @dondoc/core so that they can
 * never drift: `npm run schemas` writes them, and schemas.test.ts fails when a file is out of date.
 */
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { configJsonSchema } from '@dondoc/cli';
import { findingsJsonSchema, packJsonSchema } from '@dondoc/core';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface SchemaFile {
  /** Path from the repository root. */
  readonly file: string;
  readonly content: () => string;
}

export const SCHEMA_FILES: readonly SchemaFile[] = [
  {
    file: 'docs/findings.schema.json',
    content: () => JSON.stringify(findingsJsonSchema(), null, 2) + '\n',
  },
  {
    file: 'docs/pack.schema.json',
    content: () => JSON.stringify(packJsonSchema(), null, 2) + '\n',
  },
  {
    file: 'docs/config.schema.json',
    content: () => JSON.stringify(configJsonSchema(), null, 2) + '\n',
  },
];

/**
 * The files whose schema on disk differs from what the zod schemas give now (compared as JSON, so
 * the formatter's layout of the file does not matter).
 */
export function staleSchemaFiles(): string[] {
  return SCHEMA_FILES.filter((s) => {
    try {
      const onDisk: unknown = JSON.parse(readFileSync(path.join(repoRoot, s.file), 'utf8'));
      return !isDeepStrictEqual(onDisk, JSON.parse(s.content()));
    } catch {
      return true;
    }
  }).map((s) => s.file);
}

export async function writeSchemaFiles(): Promise<string[]> {
  for (const s of SCHEMA_FILES) await writeFile(path.join(repoRoot, s.file), s.content(), 'utf8');
  return SCHEMA_FILES.map((s) => s.file);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  for (const file of await writeSchemaFiles()) process.stdout.write(`wrote ${file}\n`);
}
