/**
 * A handful of realistic edits to an OpenAPI 3.x document (parsed), for timing `diff` on a large
 * real-world document against a changed copy: a property removed, a property made required, an
 * enum value added, an operation deprecated, a query parameter added. Each edit takes the first
 * place in document order where it fits, so the same document always gets the same edits.
 */
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Component schemas and the schemas nested in them, in document order, without following `$ref`s. */
function schemas(doc) {
  const out = [];
  const stack = Object.values(doc.components?.schemas ?? {}).reverse();
  while (stack.length > 0) {
    const s = stack.pop();
    if (!isObject(s)) continue;
    out.push(s);
    const children = [
      s.items,
      ...Object.values(s.properties ?? {}),
      ...['allOf', 'anyOf', 'oneOf'].flatMap((k) => s[k] ?? []),
    ];
    stack.push(...children.reverse());
  }
  return out;
}

function operations(doc) {
  return Object.entries(doc.paths ?? {}).flatMap(([p, item]) =>
    METHODS.filter((m) => isObject(item?.[m])).map((m) => ({ where: `${m.toUpperCase()} ${p}`, op: item[m] })),
  );
}

const optional = (s) => Object.keys(s.properties ?? {}).filter((n) => !s.required?.includes(n));

/** Edits `doc` in place; returns what was done, one line per edit (an edit with no place to go is left out). */
export function editOpenApi(doc) {
  const done = [];
  const all = schemas(doc);
  const [shrink, tighten] = all.filter((s) => Object.keys(s.properties ?? {}).length >= 3 && optional(s).length > 0);
  if (shrink) {
    const name = optional(shrink).pop();
    delete shrink.properties[name];
    done.push(`removed property '${name}'`);
  }
  if (tighten) {
    const name = optional(tighten)[0];
    tighten.required = [...(tighten.required ?? []), name];
    done.push(`made property '${name}' required`);
  }
  const withEnum = all.find((s) => Array.isArray(s.enum) && s.enum.length > 0);
  if (withEnum) {
    const value = typeof withEnum.enum[0] === 'number' ? Math.max(...withEnum.enum) + 1 : `${withEnum.enum[0]}_new`;
    withEnum.enum.push(value);
    done.push(`added enum value ${JSON.stringify(value)}`);
  }
  const ops = operations(doc);
  const live = ops.find(({ op }) => !op.deprecated);
  if (live) {
    live.op.deprecated = true;
    done.push(`deprecated ${live.where}`);
  }
  const last = ops[ops.length - 1];
  if (last) {
    last.op.parameters = [
      ...(last.op.parameters ?? []),
      { name: 'bench_filter', in: 'query', required: false, schema: { type: 'string' } },
    ];
    done.push(`added query parameter 'bench_filter' to ${last.where}`);
  }
  return done;
}
