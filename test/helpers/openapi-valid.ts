/**
 * Whether a document is valid OpenAPI by two independent validators: @apidevtools/swagger-parser and
 * @readme/openapi-parser (schema and its extra rules: unique parameters and operationIds, arrays
 * with items, …). Both get a copy: they dereference what they are given.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { compileErrors, validate } from '@readme/openapi-parser';
import { expect } from 'vitest';

/** Every error either validator reports (empty when both accept the document). */
export async function openApiErrors(doc: unknown): Promise<string[]> {
  const errors: string[] = [];
  try {
    await SwaggerParser.validate(structuredClone(doc) as never);
  } catch (e) {
    errors.push(`swagger-parser: ${e instanceof Error ? e.message : String(e)}`);
  }
  const result = await validate(structuredClone(doc) as never);
  if (!result.valid) errors.push(`@readme/openapi-parser: ${compileErrors(result)}`);
  return errors;
}

export async function expectValidOpenApi(doc: unknown): Promise<void> {
  expect(await openApiErrors(doc)).toEqual([]);
}
