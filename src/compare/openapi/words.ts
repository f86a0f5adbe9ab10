/**
 * How an OpenAPI schema place is named in messages (`the request body of POST '/pets'`), for
 * classify.ts subjectOf. Pure; `segs` are the segments of a pointer below `/paths` or `/webhooks`.
 */
const METHOD = /^(get|put|post|delete|options|head|patch|trace)$/;

/** The place's name and the index of the first segment inside its schema, or null when the pointer is no schema place. */
export function openApiPlace(segs: readonly string[]): { base: string; start: number } | null {
  const at = (i: number): string => segs[i] ?? '';
  if ((at(0) !== 'paths' && at(0) !== 'webhooks') || segs.length < 3) return null;
  const path = `'${at(1)}'`;
  const hasMethod = METHOD.test(at(2));
  const op = hasMethod
    ? `${at(2).toUpperCase()} ${at(0) === 'webhooks' ? `of webhook ${path}` : path}`
    : `${at(0) === 'webhooks' ? 'webhook' : 'path'} ${path}`;
  const i = hasMethod ? 3 : 2;
  const schemaAt = segs.indexOf('schema', i);
  if (schemaAt < 0) return null;
  const start = schemaAt + 1;
  if (at(i) === 'parameters') return { base: `a parameter of ${op}`, start };
  if (at(i) === 'requestBody') return { base: `the request body of ${op}`, start };
  if (at(i) === 'responses' && at(i + 2) === 'headers')
    return { base: `header '${at(i + 3)}' of the response ${at(i + 1)} of ${op}`, start };
  if (at(i) === 'responses') return { base: `the response ${at(i + 1)} of ${op}`, start };
  if (at(i) === 'callbacks') return { base: `a callback of ${op}`, start };
  return null;
}
