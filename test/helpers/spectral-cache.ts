/**
 * Speed only: @asyncapi/parser validates through Spectral, whose `schema` function makes a fresh
 * Ajv instance for every parse, so the AsyncAPI JSON schema (hundreds of definitions) is compiled
 * again for each document: about 2 s of a 2.5 s parse. Here the compiled validators of the
 * AsyncAPI schemas themselves (the only schemas with an `http://asyncapi.com/` `$id`, fixed per
 * spec version) are shared between parses; every other schema (a document's payloads) still gets
 * Spectral's own per-parse instance. Diagnostics are unchanged: compiled Ajv validators hold no
 * state between calls.
 */
import { createRequire } from 'node:module';

type Validator = (schema: { $id?: unknown } | null, dialect: string, allErrors: boolean) => unknown;
interface AjvModule {
  createAjvInstances: () => Validator;
}

let installed = false;

export function shareAsyncApiSchemaValidators(): void {
  if (installed) return;
  installed = true;
  // The copy of spectral-functions the parser itself loads (require cache: one module object).
  const fromParser = createRequire(createRequire(import.meta.url).resolve('@asyncapi/parser'));
  const fromFunctions = createRequire(fromParser.resolve('@stoplight/spectral-functions'));
  const ajv = fromFunctions('./schema/ajv') as AjvModule;
  const create = ajv.createAjvInstances;
  const shared = create();
  ajv.createAjvInstances = () => {
    const own = create();
    return (schema, dialect, allErrors) =>
      typeof schema?.$id === 'string' && schema.$id.startsWith('http://asyncapi.com/')
        ? shared(schema, dialect, allErrors)
        : own(schema, dialect, allErrors);
  };
}
