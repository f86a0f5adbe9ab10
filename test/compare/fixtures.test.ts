/**
 * Realistic multi-change pairs: the generation fixtures' expected documents, edited the way
 * regenerating them from edited resources would edit them. Exact sets of findings, none unclassified.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import type { Change } from '../../src/types';
import { clone, fixtureDoc } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the documents are edited freely below
type Doc = any;

const table = (changes: readonly Change[]): [string, string, string][] => changes.map((c) => [c.rule, c.type, c.path]);
const pubSub = (...channels: string[]) =>
  channels.flatMap((channel) => [
    { channel, direction: 'client-sends', operation: 'publish' },
    { channel, direction: 'client-receives', operation: 'subscribe' },
  ]);

describe('library: one property removed, a required property added, an enum narrowed', () => {
  const before: Doc = fixtureDoc('library');
  const after: Doc = clone(before);
  const shelf = after.components.schemas.shelves;
  delete shelf.properties.full;
  shelf.properties.aisle = { description: 'The aisle the shelf stands in', type: 'string' };
  shelf.required.push('aisle');
  shelf.properties.section.enum = ['fiction', 'science'];
  // Regeneration also moves the attribute channels along with the properties.
  delete after.channels['/shelves/{shelf_id}/full'];
  const aisleChannel = clone(after.channels['/shelves/{shelf_id}/label']);
  aisleChannel.description = 'Channel for /shelves/{shelf_id}/aisle';
  for (const op of ['publish', 'subscribe']) {
    aisleChannel[op].operationId = `shelves_shelf_id_aisle_${op}`;
    aisleChannel[op].message.payload = { $ref: '#/components/schemas/shelves/properties/aisle' };
  }
  after.channels['/shelves/{shelf_id}/aisle'] = aisleChannel;
  const changes = compareSpecs(before, after);

  it('finds exactly these changes, none unclassified', () => {
    expect(table(changes)).toEqual([
      ['channel.removed', 'breaking', '/channels/~1shelves~1{shelf_id}~1full'],
      ['payload.property.required-added', 'breaking', '/components/schemas/shelves/properties/aisle'],
      ['payload.enum.value-removed', 'breaking', '/components/schemas/shelves/properties/section/enum'],
      ['payload.property.removed-optional', 'warning', '/components/schemas/shelves/properties/full'],
      ['channel.added', 'non-breaking', '/channels/~1shelves~1{shelf_id}~1aisle'],
    ]);
  });

  it('reports each component change once, with every channel and operation it reaches', () => {
    const enumChange = changes.find((c) => c.rule === 'payload.enum.value-removed');
    expect(enumChange?.locations).toEqual(pubSub('/shelves', '/shelves/{shelf_id}', '/shelves/{shelf_id}/section'));
    expect(enumChange?.message).toBe(
      "The enum of 'shelves.section' lost 'children' in messages clients send and receive",
    );
    const aisle = changes.find((c) => c.rule === 'payload.property.required-added');
    expect(aisle?.locations).toEqual(pubSub('/shelves', '/shelves/{shelf_id}'));
    expect(aisle?.after).toEqual({ description: 'The aisle the shelf stands in', type: 'string' });
  });
});

describe('library: the embedded loan sub-resource loses a property', () => {
  const before: Doc = fixtureDoc('library');
  const after: Doc = clone(before);
  // loans.yaml is shared: its component, the loans resource and the shelves' nested copy all change.
  delete after.components.schemas.loan.properties.renewals;
  delete after.components.schemas.loans.properties.renewals;
  delete after.components.schemas.shelves.properties.loan.schema.items.properties.renewals;
  delete after.channels['/shelves/{shelf_id}/loan/{loan_id}/renewals'];

  it('judges the component, reports the nested copy as firestone data and the unused loans as such', () => {
    expect(table(compareSpecs(before, after))).toEqual([
      ['channel.removed', 'breaking', '/channels/~1shelves~1{shelf_id}~1loan~1{loan_id}~1renewals'],
      ['payload.property.removed-optional', 'warning', '/components/schemas/loan/properties/renewals'],
      ['component.unused.changed', 'non-breaking', '/components/schemas/loans/properties/renewals'],
      ['payload.firestone-keyword.changed', 'non-breaking', '/components/schemas/shelves/properties/loan/schema'],
    ]);
  });
});

describe('chat: bounds on both sides, a query parameter, the nested copy and an unused component', () => {
  const before: Doc = fixtureDoc('chat');
  const after: Doc = clone(before);
  after.components.schemas.messages.properties.body.minLength = 2;
  after.components.schemas.rooms.properties.messages.schema.items.properties.body.minLength = 2;
  after.components.schemas.rooms.properties.topic.maxLength = 200;
  after.channels['/v2/rooms'].subscribe.bindings.ws.query.properties.limit.maximum = 100;
  after.components.schemas.typing.properties.user = { type: 'string' };
  const changes = compareSpecs(before, after);

  it('finds exactly these changes, none unclassified', () => {
    expect(table(changes)).toEqual([
      [
        'query.bound.tightened',
        'breaking',
        '/channels/~1v2~1rooms/subscribe/bindings/ws/query/properties/limit/maximum',
      ],
      ['payload.bound.tightened', 'breaking', '/components/schemas/messages/properties/body/minLength'],
      ['payload.bound.loosened', 'warning', '/components/schemas/rooms/properties/topic/maxLength'],
      ['payload.firestone-keyword.changed', 'non-breaking', '/components/schemas/rooms/properties/messages/schema'],
      ['component.unused.changed', 'non-breaking', '/components/schemas/typing/properties/user'],
    ]);
  });

  it('words each one for people', () => {
    expect(changes.map((c) => c.message)).toEqual([
      "The maximum of 'limit' in the query of '/v2/rooms' (clients receive) was tightened from 500 to 100 in query parameters clients send",
      "The minLength of 'messages.body' was tightened from 1 to 2 in messages clients send and receive",
      "The maxLength of 'rooms.topic' was loosened from 140 to 200 in messages clients send and receive",
      "The firestone keyword schema of 'rooms.messages' changed; it is not message content (its effect shows as channel, parameter or binding changes)",
      "Optional property 'user' was added to 'typing' (nothing in the spec uses it)",
    ]);
  });

  it('locates the attribute channels that use a single property', () => {
    expect(changes.find((c) => c.rule === 'payload.bound.tightened')?.locations).toEqual(
      pubSub(
        '/v2/rooms/{room_id}/messages',
        '/v2/rooms/{room_id}/messages/{message_id}',
        '/v2/rooms/{room_id}/messages/{message_id}/body',
      ),
    );
  });
});

describe('book: the smallest case', () => {
  it('a new required isbn and a version bump', () => {
    const before: Doc = fixtureDoc('book');
    const after: Doc = clone(before);
    after.components.schemas.book.properties.isbn = { type: 'string' };
    after.components.schemas.book.required = ['isbn'];
    after.info.version = '1.1.0';
    after.servers.dev.url = 'ws://books.example.com';
    const changes = compareSpecs(before, after);
    expect(table(changes)).toEqual([
      ['payload.property.required-added', 'breaking', '/components/schemas/book/properties/isbn'],
      ['server.url.changed', 'breaking', '/servers/dev/url'],
      ['info.changed', 'non-breaking', '/info/version'],
    ]);
    expect(changes[0]?.message).toBe("Property 'isbn' of 'book' is now required in messages clients send and receive");
    expect(changes[1]?.message).toBe(
      "The url of server 'dev' changed from 'ws://127.0.0.1:9000' to 'ws://books.example.com'",
    );
  });
});

describe("firestone's inline copies (query and key parameters) group into one finding", () => {
  it('a default query parameter tightened everywhere: one finding, every operation', () => {
    const before: Doc = fixtureDoc('library');
    const after: Doc = clone(before);
    const ops: { channel: string; direction: string; operation: string }[] = [];
    for (const [channel, def] of Object.entries<Doc>(after.channels)) {
      for (const operation of ['publish', 'subscribe']) {
        const size = def[operation]?.bindings?.ws?.query?.properties?.page_size;
        if (!size) continue;
        // A fresh object each time: the way the generator writes it, no shared nodes.
        def[operation].bindings.ws.query.properties.page_size = { ...size, maximum: 100 };
        ops.push({ channel, direction: operation === 'publish' ? 'client-sends' : 'client-receives', operation });
      }
    }
    expect(ops.length).toBeGreaterThan(4);
    const changes = compareSpecs(before, after);
    expect(changes.map((c) => [c.rule, c.type])).toEqual([['query.bound.tightened', 'breaking']]);
    expect(changes[0]?.locations).toEqual(
      [...ops].sort((a, b) =>
        a.channel === b.channel ? (a.operation < b.operation ? -1 : 1) : a.channel < b.channel ? -1 : 1,
      ),
    );
    expect(changes[0]?.message).toBe(
      `The maximum of 'page_size' in the query of ${ops.length} operations was tightened from (none) to 100 in query parameters clients send`,
    );
    expect(changes[0]?.path).toBe('/channels/~1shelves/publish/bindings/ws/query/properties/page_size/maximum');
  });

  it("a resource key's schema changed: one finding per parameter, every channel", () => {
    const before: Doc = fixtureDoc('chat');
    const after: Doc = clone(before);
    let channels = 0;
    for (const def of Object.values<Doc>(after.channels)) {
      if (!def.parameters?.room_id) continue;
      def.parameters.room_id = { ...def.parameters.room_id, schema: { type: 'string', pattern: '^[a-z]{3,32}$' } };
      channels++;
    }
    const changes = compareSpecs(before, after);
    expect(changes.map((c) => [c.rule, c.type, c.locations.length])).toEqual([
      ['parameter.pattern.changed', 'breaking', channels],
    ]);
    expect(changes[0]?.message).toBe(
      `The pattern of parameter 'room_id' of ${channels} channels changed from '^[a-z0-9-]{3,32}$' to '^[a-z]{3,32}$' in parameters clients send`,
    );
  });
});
