/**
 * Synthetic AsyncAPI documents whose `$ref`s make shared and recursive structures once
 * dereferenced (issue 9): written for these tests, not taken from any project. Each is small as
 * text; walked as a tree, some are 3^64 or 2^25 nodes.
 */

type Doc = Record<string, unknown>;

const info = { title: 't', version: '1' };
const ref = (pointer: string): Doc => ({ $ref: `#${pointer}` });

/** `Tree` refers to itself from each of `branches` properties; the payload of one 2.x channel (or 3.0 message). */
export function recursiveTree(description: string, version: '2.6.0' | '3.0.0' = '2.6.0', branches = 3): Doc {
  const names = ['left', 'right', 'mid'].slice(0, branches);
  const tree = {
    type: 'object',
    description,
    properties: Object.fromEntries(names.map((n) => [n, ref('/components/schemas/Tree')])),
  };
  const payload = ref('/components/schemas/Tree');
  if (version === '2.6.0')
    return {
      asyncapi: version,
      info,
      channels: { '/x': { subscribe: { message: { payload } } } },
      components: { schemas: { Tree: tree } },
    };
  return {
    asyncapi: version,
    info,
    channels: { x: { address: 'x', messages: { m: { payload } } } },
    operations: { o: { action: 'send', channel: ref('/channels/x') } },
    components: { schemas: { Tree: tree } },
  };
}

/** The channels map refers to itself twice: `{a: {$ref: '#/channels'}, b: {$ref: '#/channels'}}`. */
export function selfReferencingChannels(): Doc {
  return {
    asyncapi: '2.0.0',
    info,
    channels: { 'user/signedup': ref('/channels'), copy: ref('/channels') },
    components: { messages: { UserSignedUp: {} } },
  };
}

/** The same document before: one channel whose message is a component. */
export function plainChannel(): Doc {
  return {
    asyncapi: '2.0.0',
    info,
    channels: {
      'user/signedup': { subscribe: { operationId: 'subscribe', message: ref('/components/messages/UserSignedUp') } },
    },
    components: { messages: { UserSignedUp: { payload: { type: 'object' } } } },
  };
}

/**
 * "Billion laughs by `$ref`", no cycle: `depth` nodes each refer twice to the next; the last one
 * holds `last`. `via` is where the chain lives: component schemas (the payload refers to the
 * first), message payloads (`#/components/messages/Mi/payload`), channel bindings (outside
 * schemas, so the skeleton would have to spell them out), or the payload of one of two unnamed
 * messages of an operation (paired by payload text). `touch` changes the channel's description
 * too, so no fast path skips the channel.
 */
export function refChain(
  via: 'schemas' | 'messages' | 'bindings' | 'unnamed',
  last: unknown,
  opts: { depth?: number; touch?: string } = {},
): Doc {
  const depth = opts.depth ?? 25;
  const at = (i: number): string =>
    via === 'messages'
      ? `/components/messages/M${i}/payload`
      : via === 'bindings'
        ? `/components/channelBindings/B${i}`
        : `/components/schemas/L${i}`;
  const node = (i: number): Doc =>
    i === depth
      ? (last as Doc)
      : via === 'bindings'
        ? { a: ref(at(i + 1)), b: ref(at(i + 1)) }
        : { type: 'object', properties: { a: ref(at(i + 1)), b: ref(at(i + 1)) } };
  const section: Doc = {};
  for (let i = 0; i <= depth; i++) {
    if (via === 'messages') section[`M${i}`] = { payload: node(i) };
    else section[via === 'bindings' ? `B${i}` : `L${i}`] = node(i);
  }
  const channel: Doc =
    via === 'messages'
      ? { subscribe: { message: ref('/components/messages/M0') } }
      : via === 'bindings'
        ? { bindings: ref(at(0)), subscribe: { message: { payload: { type: 'string' } } } }
        : via === 'unnamed'
          ? { subscribe: { message: { oneOf: [{ payload: ref(at(0)) }, { payload: { type: 'boolean' } }] } } }
          : { subscribe: { message: { payload: ref(at(0)) } } };
  if (opts.touch !== undefined) channel.description = opts.touch;
  const sectionName = via === 'messages' ? 'messages' : via === 'bindings' ? 'channelBindings' : 'schemas';
  return { asyncapi: '2.6.0', info, channels: { '/x': channel }, components: { [sectionName]: section } };
}
