/**
 * AsyncAPI 3.0.0 / 3.1.0 output (docs/generation.md, "AsyncAPI 3") for every generation case:
 * valid for the official parser, the same API as the 2.5.0 document element by element, stable
 * readable keys, deterministic text, and origins that resolve in the resources.
 */
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { ASYNCAPI_VERSIONS, generateAsyncApi, parseAsyncApiVersion } from '../../src/generate/asyncapi';
import { InputError } from '../../src/errors';
import { splitServerUrl } from '../../src/generate/asyncapi3';
import { serializeSpec } from '../../src/generate/serialize';
import { loadResources } from '../../src/resource/load';
import { asyncApiErrors, expectValidAsyncApi, type AsyncApiError } from '../helpers/asyncapi-valid';
import { generationCases } from './cases';
import { expectOriginsResolve } from './origins';

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const CASES = generationCases();
const VERSIONS = ['3.0.0', '3.1.0'] as const;

const deref = (doc: Obj, ref: string): Obj =>
  ref
    .slice(2)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node: Obj, seg) => node[seg], doc);

/**
 * Several cases (firestone's own history of one example) generate the same document: the parser,
 * by far the slowest step here, judges each distinct document once.
 */
const judged = new Map<string, Promise<AsyncApiError[]>>();
function errorsOnce(doc: Obj): Promise<AsyncApiError[]> {
  const key = JSON.stringify(doc);
  let errors = judged.get(key);
  if (!errors) judged.set(key, (errors = asyncApiErrors(doc)));
  return errors;
}

/** The 3.x document read back into 2.5.0 terms; parameters as 3.x has them. */
function backTo2(doc3: Obj): Obj {
  const channels: Obj = {};
  for (const [id, op] of Object.entries(doc3.operations as Obj)) {
    const channel = deref(doc3, op.channel.$ref);
    expect(op.messages).toHaveLength(1);
    const message = deref(doc3, op.messages[0].$ref);
    const word = op.action === 'send' ? 'subscribe' : 'publish';
    channels[channel.address] ??= { description: channel.description, parameters: channel.parameters };
    channels[channel.address][word] = {
      operationId: id,
      description: op.description,
      message,
      bindings: op.bindings,
      tags: op.tags,
    };
  }
  return channels;
}

/** The 2.5.0 channels with parameters reduced to what 3.x can hold. */
function paramsAs3(doc2: Obj): Obj {
  const out: Obj = {};
  for (const [address, ch] of Object.entries(doc2.channels as Obj)) {
    const parameters: Obj = {};
    for (const [name, p] of Object.entries(ch.parameters as Obj)) {
      const q: Obj = {};
      if (p.description !== undefined) q.description = p.description;
      for (const k of ['enum', 'default', 'examples']) if (p.schema?.[k] !== undefined) q[k] = p.schema[k];
      parameters[name] = q;
    }
    out[address] = { ...ch, parameters };
  }
  return out;
}

describe.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
  const resources = c.load();
  const v2 = generateAsyncApi(resources, c.info);

  it.each(VERSIONS)('AsyncAPI %s: valid, and the same API as the 2.5.0 document', async (version) => {
    const v3 = generateAsyncApi(resources, c.info, { asyncapi: version });
    const doc3 = v3.document as Obj;
    const doc2 = v2.document as Obj;
    expect(await errorsOnce(doc3)).toEqual([]);
    expect(doc3.asyncapi).toBe(version);
    expect(Object.keys(doc3)).toEqual([
      'asyncapi',
      'defaultContentType',
      'info',
      'servers',
      'components',
      'channels',
      'operations',
    ]);
    expect(doc3.info).toEqual(doc2.info);
    expect(doc3.defaultContentType).toBe(doc2.defaultContentType);
    expect(doc3.components).toEqual(doc2.components);
    // Operation keys are the 2.5.0 operationIds; subscribe → send, publish → receive.
    const ids2 = Object.values(doc2.channels as Obj).flatMap((ch) =>
      ['subscribe', 'publish'].map((w) => ch[w].operationId as string),
    );
    expect(Object.keys(doc3.operations)).toEqual(ids2);
    expect(backTo2(doc3)).toEqual(paramsAs3(doc2));
    for (const [name, server] of Object.entries(doc2.servers as Obj)) {
      const { url, ...rest } = server;
      expect(doc3.servers[name]).toEqual({ ...rest, ...splitServerUrl(url) });
    }
    expectOriginsResolve(v3, resources);
    for (const key of Object.keys(doc3.channels)) expect(v3.origins.has(`/channels/${key}`), key).toBe(true);
    for (const key of Object.keys(doc3.operations)) expect(v3.origins.has(`/operations/${key}`), key).toBe(true);
  });

  it('is deterministic: the same text every time', () => {
    const a = serializeSpec(generateAsyncApi(resources, c.info, { asyncapi: '3.0.0' }).document, 'yaml');
    const b = serializeSpec(generateAsyncApi(c.load(), c.info, { asyncapi: '3.0.0' }).document, 'yaml');
    expect(a).toBe(b);
    expect(YAML.parse(a)).toEqual(generateAsyncApi(resources, c.info, { asyncapi: '3.0.0' }).document);
  });
});

describe('keys and values in detail', () => {
  const chat = CASES.find((c) => c.name === 'chat');
  if (!chat) throw new Error('fixture chat is missing');
  const doc = generateAsyncApi(chat.load(), chat.info, { asyncapi: '3.0.0' }).document as Obj;

  it('channel keys are the operationId stems, operations point at their channel and message', () => {
    expect(doc.channels.v2_rooms_room_id.address).toBe('/v2/rooms/{room_id}');
    expect(doc.operations.v2_rooms_room_id_subscribe).toMatchObject({
      action: 'send',
      channel: { $ref: '#/channels/v2_rooms_room_id' },
      messages: [{ $ref: '#/channels/v2_rooms_room_id/messages/v2_rooms_room_id_subscribe.message' }],
    });
    expect(doc.operations.v2_rooms_room_id_publish.action).toBe('receive');
  });

  it('splits server URLs into host and pathname', () => {
    expect(splitServerUrl('ws://localhost:8080')).toEqual({ host: 'localhost:8080' });
    expect(splitServerUrl('wss://api.example.com/v2/ws')).toEqual({ host: 'api.example.com', pathname: '/v2/ws' });
    expect(splitServerUrl('localhost')).toEqual({ host: 'localhost' });
  });

  it('a parameter keeps description, enum, default and examples; its other schema keywords have no place in 3.x', async () => {
    const data = {
      kind: 'doc',
      asyncapi: { channels: { instances: true } },
      schema: {
        type: 'array',
        key: {
          name: 'doc_id',
          description: 'The id',
          schema: { type: 'string', enum: ['a', 'b'], default: 'a', examples: ['b'], pattern: '^[ab]$' },
        },
        items: { type: 'object', properties: { t: { type: 'string' } } },
      },
    };
    const spec = generateAsyncApi(
      [{ file: 'doc.yaml', data }],
      { title: 'T', description: '', version: '1' },
      {
        asyncapi: '3.1.0',
      },
    );
    await expectValidAsyncApi(spec.document);
    expect((spec.document as Obj).channels.doc_doc_id.parameters).toEqual({
      doc_id: { description: 'The id', enum: ['a', 'b'], default: 'a', examples: ['b'] },
    });
  });

  it('an unknown version is refused', () => {
    expect(() => generateAsyncApi([], { title: 'T', description: '', version: '1' }, { asyncapi: '3.2.0' })).toThrow(
      /3\.2\.0.*2\.5\.0, 3\.0\.0, 3\.1\.0/,
    );
  });

  it('a version asked for by an input or a flag: one of the list (spaces trimmed), else bad input naming both', () => {
    for (const v of ASYNCAPI_VERSIONS) expect(parseAsyncApiVersion(` ${v}\n`, '--asyncapi-version')).toBe(v);
    for (const bad of ['', '3.2.0', '2.6.0', '3', 'latest']) {
      const attempt = () => parseAsyncApiVersion(bad, "input 'asyncapi-version'");
      expect(attempt).toThrow(InputError);
      expect(attempt).toThrow(`input 'asyncapi-version' must be one of 2.5.0, 3.0.0, 3.1.0 (got '${bad}')`);
    }
  });

  it('a resource line is the origin of its 3.x operation, message payload and query', () => {
    const library = CASES.find((c) => c.name === 'library');
    if (!library) throw new Error('fixture library is missing');
    const resources = loadResources(library.dir, ['shelves.yaml', 'loans.yaml', 'members.yaml']);
    const spec = generateAsyncApi(resources, library.info, { asyncapi: '3.0.0' });
    expect(spec.origins.get('/operations/shelves_subscribe/bindings/ws/query')).toEqual({
      file: 'shelves.yaml',
      path: ['schema', 'query_params'],
    });
    expect(spec.origins.get('/channels/shelves/messages/shelves_publish.message/payload')).toEqual({
      file: 'shelves.yaml',
      path: ['schema', 'items'],
    });
  });
});
