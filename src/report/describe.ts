/**
 * The words shared by every renderer (markdown, text, annotations), as data, so the PR comment,
 * the terminal and the annotations describe a change the same way. Returns plain, unescaped text:
 * each renderer escapes for its own medium.
 */
import {
  CHANGE_TYPES,
  type Change,
  type ChangeLocation,
  isAsyncApiLocation,
  type ChangeType,
  type ClientDirection,
} from '../types';
import { VOCABULARY, type Vocabulary } from '../kinds/vocabulary';
import { hasUnknownImpact } from '../compare/rules';

export interface TypeInfo {
  icon: string;
  /** Group heading. */
  title: string;
  noun: readonly [string, string];
  /** Whom this kind of change breaks (docs/classification.md). */
  meaning: string;
}

/** Order of the groups in every report: what needs action first. */
export const REPORT_ORDER: readonly ChangeType[] = CHANGE_TYPES;

export const TYPE_INFO: Readonly<Record<ChangeType, TypeInfo>> = {
  breaking: {
    icon: '❌',
    title: 'Breaking changes',
    noun: ['breaking change', 'breaking changes'],
    meaning: 'an existing client or server built on the old spec fails on the new one.',
  },
  warning: {
    icon: '⚠️',
    title: 'Warnings',
    noun: ['warning', 'warnings'],
    meaning: 'these break only clients that validate strictly (closed enums, generated types).',
  },
  'non-breaking': {
    icon: '✅',
    title: 'Non-breaking changes',
    noun: ['non-breaking change', 'non-breaking changes'],
    meaning: 'compatible; listed so reviewers see the API moved.',
  },
  unclassified: {
    icon: '❔',
    title: 'Unclassified changes',
    noun: ['unclassified change', 'unclassified changes'],
    meaning: 'no rule matched these changes; review them by hand (and please report them, the goal is zero).',
  },
};

export const countOf = (n: number, [one, many]: readonly [string, string]): string => `${n} ${n === 1 ? one : many}`;

export interface ChannelUse {
  channel: string;
  /** Who moves the messages there, in client terms ("clients receive", "clients send"); none for the channel itself. */
  directions: string[];
}

/** Direction words, whatever the AsyncAPI version (docs/rules.md, "Direction"). */
export const DIRECTION_WORDS: Readonly<Record<ClientDirection, string>> = VOCABULARY.asyncapi.direction;

/** What a reader calls the place of a location: an AsyncAPI channel's address, an OpenAPI `METHOD /path`. */
export const placeOf = (l: ChangeLocation): string =>
  isAsyncApiLocation(l) ? l.channel : l.method === null ? l.path : `${l.method.toUpperCase()} ${l.path}`;

/** Locations grouped by place, first-seen order, each place's directions sorted and unique, in the kind's words. */
export function channelsOf(
  locations: readonly ChangeLocation[],
  words: Vocabulary = VOCABULARY.asyncapi,
): ChannelUse[] {
  const byChannel = new Map<string, Set<ClientDirection>>();
  for (const location of locations) {
    const channel = placeOf(location);
    const { direction } = location;
    const dirs = byChannel.get(channel) ?? new Set<ClientDirection>();
    if (direction !== null) dirs.add(direction);
    byChannel.set(channel, dirs);
  }
  return [...byChannel].map(([channel, dirs]) => ({
    channel,
    directions: [...dirs].sort().map((d) => words.direction[d]),
  }));
}

/** "3 channels", "2 operations": how many places a change is used at, in the kind's words. */
export const placesCount = (n: number, words: Vocabulary = VOCABULARY.asyncapi): string => countOf(n, words.place);

/**
 * Whom the change breaks, or null when it breaks no one. The direction is named only when every
 * location has the same one: a schema used both ways carries the worst verdict of either. A
 * warning whose rule says it cannot tell what the change means names no one.
 */
export function impact(change: Change, words: Vocabulary = VOCABULARY.asyncapi): string | null {
  if (change.type !== 'breaking' && change.type !== 'warning') return null;
  if (change.type === 'warning' && hasUnknownImpact(change.rule)) return 'whom it affects cannot be told: read it';
  const dirs = new Set(change.locations.map((l) => l.direction));
  const only = dirs.size === 1 ? [...dirs][0] : undefined;
  const strict = change.type === 'warning' ? ' and validate strictly' : '';
  if (only === undefined || only === null)
    return change.type === 'warning' ? 'breaks clients that validate strictly' : 'breaks existing clients';
  return `breaks ${words.users[only]}${strict}`;
}

/** A commit id shortened the way GitHub shows it; any other ref as given. */
export const shortRef = (ref: string): string => (/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(ref) ? ref.slice(0, 12) : ref);

export { baselineState, type BaselineState } from '../changes';

export const DEFAULT_FIX_COMMAND = 'npx firestone-spec update';
