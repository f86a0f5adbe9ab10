/**
 * The words a report uses for each kind of spec (docs/architecture.md, "Spec kinds"): the
 * renderers have no format-specific branch beyond looking up this table by `SpecReport.kind`.
 */
import type { ClientDirection, SpecKind } from '../types';

export interface Vocabulary {
  /** The spec's name for people: `AsyncAPI`, `OpenAPI`. */
  name: string;
  /** A location's place (an AsyncAPI channel, an OpenAPI `METHOD /path`), singular and plural. */
  place: readonly [string, string];
  /** What travels in each direction, as a list item says it next to a place. */
  direction: Readonly<Record<ClientDirection, string>>;
  /** Who uses what travels in each direction ("clients that send these messages"). */
  users: Readonly<Record<ClientDirection, string>>;
}

export const VOCABULARY: Readonly<Record<SpecKind, Vocabulary>> = {
  asyncapi: {
    name: 'AsyncAPI',
    place: ['channel', 'channels'],
    direction: { 'client-receives': 'clients receive', 'client-sends': 'clients send' },
    users: {
      'client-receives': 'clients that receive these messages',
      'client-sends': 'clients that send these messages',
    },
  },
  openapi: {
    name: 'OpenAPI',
    place: ['operation', 'operations'],
    direction: { 'client-receives': 'response', 'client-sends': 'request' },
    users: {
      'client-receives': 'clients that read these responses',
      'client-sends': 'clients that send these requests',
    },
  },
};

/** The words for a spec of this kind; reports of earlier versions have no kind and were AsyncAPI. */
export const vocabularyOf = (kind: SpecKind | undefined): Vocabulary => VOCABULARY[kind ?? 'asyncapi'];
