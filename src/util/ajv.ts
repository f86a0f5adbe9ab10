/**
 * Compiling the JSON schemas this tool ships (resource files, config file). One Ajv serves them
 * all, and it does not check a schema against the JSON Schema meta-schema when compiling it:
 * that compiles the meta-schema first, which costs more than a whole `check` spends validating.
 * Ours are checked once, by test/util/ajv.test.ts.
 */
import Ajv, { type AnySchema, type ValidateFunction } from 'ajv';

export const OWN_SCHEMA_OPTIONS = { allErrors: true, strict: false, verbose: true } as const;

let ajv: Ajv | undefined;

/** A validator for one of the tool's own schemas; compile once per schema (callers keep it). */
export function compileOwnSchema(schema: AnySchema): ValidateFunction {
  ajv ??= new Ajv({ ...OWN_SCHEMA_OPTIONS, validateSchema: false });
  return ajv.compile(schema);
}
