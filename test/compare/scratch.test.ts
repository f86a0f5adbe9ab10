import { readFileSync } from 'node:fs';
import jsyaml from 'js-yaml';
import { test } from 'vitest';
import { compareSpecs } from '../../src/compare/index';

const load = (c: string) => jsyaml.load(readFileSync(`test/fixtures/generate/${c}/expected.asyncapi.yaml`, 'utf8')) as Record<string, any>;
test('scratch', () => {
  for (const c of ['addressbook', 'book', 'chat']) console.log(c, compareSpecs(load(c), load(c)).length);
  const a = load('addressbook');
  const b = structuredClone(a);
  const ab = b.components.schemas.addressbook;
  delete ab.properties.is_valid;
  ab.properties.zip = { type: 'string', description: 'zip' };
  ab.required.push('zip');
  ab.properties.addrtype.enum = ['work'];
  delete b.channels['/addressbook/{address_key}/is_valid'];
  b.channels['/addressbook/{address_key}/zip'] = structuredClone(b.channels['/addressbook/{address_key}/city']);
  console.log(JSON.stringify(compareSpecs(a, b).map(c => ({ ...c, before: undefined, after: undefined })), null, 1));
  console.log(JSON.stringify(compareSpecs({ asyncapi: '2.5.0', channels: {} }, load('chat')).map(c => [c.rule, c.type, c.path, c.message])));
});
