import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

/** The committed output. */
export const SCHEMA_FILE = fileURLToPath(new URL('../src/schema.ts', import.meta.url));

export const REGENERATE_COMMAND = 'npm run generate -w @schoolbridge/api-client';

const HEADER = `/**
 * The core API's types, generated from its OpenAPI document (GET /api/docs-json, core routes only)
 * by \`${REGENERATE_COMMAND}\`. Do not edit: a test fails when this file is stale.
 */

`;

/** A copy with every object's keys sorted (arrays keep their order), so the output never depends on registration order. */
export function sortKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(sortKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    ) as T;
  }
  return value;
}

/** The TypeScript source of `src/schema.ts` for an OpenAPI document (a plugin's client passes its own header). */
export async function renderSchema(document: unknown, header: string = HEADER): Promise<string> {
  const ast = await openapiTS(sortKeys(document) as OpenAPI3, { alphabetize: true, silent: true });
  return header + astToString(ast);
}
