import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/config';
import { resourceJsonSchema } from '../../src/resource/resource-schema';
import { compileOwnSchema, OWN_SCHEMA_OPTIONS } from '../../src/util/ajv';

// Runs skip the meta-schema check when compiling the tool's own schemas (src/util/ajv.ts); this is that check.
describe('the schemas the tool ships', () => {
  const meta = new Ajv(OWN_SCHEMA_OPTIONS);

  it.each([
    ['resource', resourceJsonSchema],
    ['config', configJsonSchema],
  ])('the %s schema is a valid JSON Schema', (_name, schema) => {
    expect(meta.validateSchema(schema), meta.errorsText(meta.errors)).toBe(true);
  });

  it('the check would catch a broken schema', () => {
    expect(meta.validateSchema({ type: 'objekt', required: 'name' })).toBe(false);
  });

  it('compiled validators share one Ajv and still validate', () => {
    const validate = compileOwnSchema({ type: 'object', required: ['kind'] });
    expect(validate({ kind: 'x' })).toBe(true);
    expect(validate({})).toBe(false);
    expect(validate.errors?.[0]?.params).toEqual({ missingProperty: 'kind' });
  });
});
