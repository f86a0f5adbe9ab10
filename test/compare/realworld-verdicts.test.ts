/**
 * Verdicts on real change pairs (test/fixtures/realworld, provenance in its PROVENANCE.md). The
 * corpus carries no expected verdicts: each pair below was read and judged by the rules of
 * docs/classification.md, with the reason in one line. A pair asserts its key findings (type and
 * path, and the rule id where that id exists), that nothing is unclassified, and which changes
 * may be breaking: none, or only the listed ones.
 */
import { describe, expect, it } from 'vitest';
import { compareSpecs } from '../../src/compare/index';
import type { Change, ChangeType } from '../../src/types';
import { listCorpus, readCorpusFile, SUBSET_DIR } from '../corpus/corpus';

interface Finding {
  type: ChangeType;
  /** The JSON pointer of the change; a RegExp where the element, not the exact key, is judged. */
  path: string | RegExp;
  rule?: string;
}

interface Judged {
  id: string;
  why: string;
  findings: Finding[];
  /** `none`: no breaking change at all; `listed`: the breaking findings are the only ones. */
  breaking: 'none' | 'listed';
}

const JUDGED: Judged[] = [
  // ---- AsyncAPI 2.x ----
  {
    id: 'p008',
    why: '`additionalProperties: false` on a string property constrains nothing',
    findings: [{ type: 'non-breaking', path: '/components/schemas/objectWithKey/properties/key/additionalProperties' }],
    breaking: 'none',
  },
  {
    id: 'p081',
    why: 'paymentType no longer required in PaymentRequest, which clients also receive',
    findings: [
      {
        type: 'breaking',
        path: '/components/schemas/PaymentRequest/properties/paymentType',
        rule: 'payload.property.became-optional',
      },
    ],
    breaking: 'listed',
  },
  {
    id: 'p082',
    why: 'PaymentType minimum 0 → 1, in messages clients send',
    findings: [{ type: 'breaking', path: '/components/schemas/PaymentType/minimum', rule: 'payload.bound.tightened' }],
    breaking: 'listed',
  },
  {
    id: 'p048',
    why: 'only `x-pi` extensions added to payload properties',
    findings: [
      { type: 'non-breaking', path: '/components/schemas/lightMeasuredPayload/properties/lumens/x-pi' },
      { type: 'non-breaking', path: '/components/schemas/turnOnOffPayload/properties/command/x-pi' },
    ],
    breaking: 'none',
  },
  {
    id: 'p059',
    why: 'prop2 and prop1 became required in payloads clients send',
    findings: [
      {
        type: 'breaking',
        path: '/components/schemas/dummyCreated/properties/prop2',
        rule: 'payload.property.became-required',
      },
      {
        type: 'breaking',
        path: '/components/schemas/dummyInfo/properties/prop1',
        rule: 'payload.property.became-required',
      },
    ],
    breaking: 'listed',
  },
  {
    id: 'p083',
    why: 'optional paymentType added to PaymentRequest (its new component schema is that property)',
    findings: [
      {
        type: 'non-breaking',
        path: '/components/schemas/PaymentRequest/properties/paymentType',
        rule: 'payload.property.added-optional',
      },
    ],
    breaking: 'none',
  },
  {
    id: 'p094',
    why: 'a component schema no message uses was removed',
    findings: [{ type: 'non-breaking', path: '/components/schemas/MessagePayload' }],
    breaking: 'none',
  },
  {
    id: 'p095',
    why: 'the oneOf of an unused component schema now points at schemas instead of messages',
    findings: [{ type: 'non-breaking', path: /^\/components\/schemas\/MessagePayload(\/|$)/ }],
    breaking: 'none',
  },
  {
    id: 'p024',
    why: 'server `test` replaced by two servers with other urls; the new `certs` scheme is only used by a new server',
    findings: [
      { type: 'breaking', path: '/servers/test', rule: 'server.removed' },
      { type: 'non-breaking', path: '/servers/scram-connections', rule: 'server.added' },
      { type: 'non-breaking', path: '/servers/mtls-connections', rule: 'server.added' },
    ],
    breaking: 'listed',
  },
  {
    id: 'p026',
    why: 'server tags added',
    findings: [{ type: 'non-breaking', path: /^\/servers\/production\/tags/ }],
    breaking: 'none',
  },
  {
    id: 'p051',
    why: 'server url changed and its port variable removed; its security list emptied',
    findings: [
      { type: 'breaking', path: '/servers/production/url', rule: 'server.url.changed' },
      { type: 'breaking', path: '/servers/production/variables/port', rule: 'server.variable.removed' },
      { type: 'non-breaking', path: '/servers/production/security', rule: 'security.removed' },
    ],
    breaking: 'listed',
  },
  {
    id: 'p061',
    why: 'the only enum value of the heartbeat clients send changed from "\\r\\n" to "\\n"',
    findings: [
      { type: 'breaking', path: '/components/messages/heartbeat/payload/enum', rule: 'payload.enum.value-removed' },
      { type: 'non-breaking', path: '/components/messages/heartbeat/payload/enum', rule: 'payload.enum.value-added' },
    ],
    breaking: 'listed',
  },
  // ---- AsyncAPI 3.x ----
  {
    id: 'p145',
    why: 'an operation description added',
    findings: [
      {
        type: 'non-breaking',
        path: '/operations/mixedMessageExamples/description',
        rule: 'operation.description.changed',
      },
    ],
    breaking: 'none',
  },
  {
    id: 'p137',
    why: 'operation summaries reworded',
    findings: [
      { type: 'non-breaking', path: '/operations/handleEchoMessage/summary' },
      { type: 'non-breaking', path: '/operations/sendTimeStampMessage/summary' },
    ],
    breaking: 'none',
  },
  {
    id: 'p178',
    why: 'a server gained a pathname: its url changed',
    findings: [{ type: 'breaking', path: '/servers/testServer/pathname' }],
    breaking: 'listed',
  },
  {
    id: 'p176',
    why: 'a first server added',
    findings: [{ type: 'non-breaking', path: '/servers/production', rule: 'server.added' }],
    breaking: 'none',
  },
  {
    id: 'p175',
    why: 'an optional ws query parameter added (clients send the query)',
    findings: [
      {
        type: 'non-breaking',
        path: '/channels/testChannel/bindings/ws/query/properties/sessionId',
        rule: 'query.property.added-optional',
      },
    ],
    breaking: 'none',
  },
  {
    id: 'p164',
    why: '`action: send` message (clients receive it): optional timestamp removed, optional messageId added',
    findings: [
      {
        type: 'warning',
        path: '/components/messages/hello/payload/properties/timestamp',
        rule: 'payload.property.removed-optional',
      },
      {
        type: 'non-breaking',
        path: '/components/messages/hello/payload/properties/messageId',
        rule: 'payload.property.added-optional',
      },
    ],
    breaking: 'none',
  },
  {
    id: 'p007',
    why: 'the production server pathname changed (its url); info title edited',
    findings: [
      { type: 'breaking', path: '/servers/production/pathname' },
      { type: 'non-breaking', path: '/info/title', rule: 'info.changed' },
    ],
    breaking: 'listed',
  },
  {
    id: 'p002',
    why: 'server port and protocolVersion changed; channel address changed (the channel, with its operation, is replaced); contact edited',
    findings: [
      { type: 'breaking', path: '/servers/production/host' },
      { type: 'breaking', path: '/servers/production/protocolVersion' },
      { type: 'breaking', path: /^\/channels\/user(\/address)?$/ },
      { type: 'non-breaking', path: /^\/info\/contact/, rule: 'info.changed' },
    ],
    breaking: 'listed',
  },
  {
    id: 'p114',
    why: 'channel address `hello` → `/hello`: the channel and its operations are replaced',
    findings: [{ type: 'breaking', path: /^\/channels\/hello(\/address)?$/ }],
    breaking: 'listed',
  },
  {
    id: 'p144',
    why: 'two operations flipped from `receive` to `send`: clients can no longer send there',
    findings: [
      { type: 'breaking', path: /^\/operations\/noMessage(\/|$)/ },
      { type: 'breaking', path: /^\/operations\/mixedMessageExamples(\/|$)/ },
    ],
    breaking: 'listed',
  },
  {
    id: 'p121',
    why: 'a server security alternative added to a non-empty list, with its new scheme',
    findings: [{ type: 'non-breaking', path: /^\/servers\/production\/security/ }],
    breaking: 'none',
  },
  {
    id: 'p099',
    why: 'channel address gained a second parameter: the old address is gone',
    findings: [{ type: 'breaking', path: /^\/channels\/lightingMeasured~1\{parameter\}($|\/)/ }],
    breaking: 'listed',
  },
  {
    id: 'p115',
    why: 'address quoting only; a channel message key renamed (same message; `TestOpp` lists none, so it sends all of them)',
    findings: [{ type: 'warning', path: /^\/channels\/test\/messages\// }],
    breaking: 'none',
  },
];

const pairs = new Map(listCorpus(SUBSET_DIR).pairs.map((p) => [p.id, p]));
const brief = (c: Change) => `${c.type} ${c.rule} ${c.path}`;
const describeFinding = (f: Finding) => `${f.type} ${f.rule ?? '*'} ${String(f.path)}`;

function matches(c: Change, f: Finding): boolean {
  const pathOk = typeof f.path === 'string' ? c.path === f.path : f.path.test(c.path);
  return pathOk && c.type === f.type && (f.rule === undefined || c.rule === f.rule);
}

describe('verdicts on real pairs, judged by docs/classification.md', () => {
  it('judges 15 to 25 pairs of the subset, each once, in both major versions', () => {
    const ids = JUDGED.map((j) => j.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !pairs.has(id))).toEqual([]);
    expect(ids.length).toBeGreaterThanOrEqual(15);
    expect(ids.length).toBeLessThanOrEqual(25);
  });

  it.each(JUDGED.map((j) => [`${j.id}: ${j.why}`, j] as const))('%s', (_, j) => {
    const pair = pairs.get(j.id)!;
    const changes = compareSpecs(readCorpusFile(SUBSET_DIR, pair.old), readCorpusFile(SUBSET_DIR, pair.new));
    const allowedBreaking = j.findings.filter((f) => f.type === 'breaking');
    expect(
      {
        missing: j.findings.filter((f) => !changes.some((c) => matches(c, f))).map(describeFinding),
        unclassified: changes.filter((c) => c.type === 'unclassified').map(brief),
        unexpectedBreaking: changes
          .filter((c) => c.type === 'breaking')
          .filter((c) => j.breaking === 'none' || !allowedBreaking.some((f) => matches(c, f)))
          .map(brief),
      },
      `all changes:\n${changes.map(brief).join('\n')}`,
    ).toEqual({ missing: [], unclassified: [], unexpectedBreaking: [] });
  });
});
