/**
 * Writes `schema/design.schema.json`, the JSON Schema (draft 2020-12) of the design document,
 * generated from the zod schema in src/io/designSchema.ts with `z.toJSONSchema`.
 * `src/io/designSchema.test.ts` asserts the committed file equals the generated one.
 *
 * Run: `npx tsx scripts/generate-schema.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { designJsonSchemaText } from '../src/io/designSchema';

/** Path of the committed schema file. */
export const SCHEMA_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'design.schema.json');

/** Writes the schema file; returns its path. */
export function writeSchema(path = SCHEMA_PATH): string {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, designJsonSchemaText());
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(`wrote ${writeSchema()}`);
}
