/**
 * Compatibility modes (docs/rules.md, "Compatibility modes"): which side must keep working, said in
 * one sentence for the people who decide who upgrades first.
 */
import { InputError } from '../errors';
import { COMPATIBILITIES, type Compatibility } from '../types';

export const DEFAULT_COMPATIBILITY: Compatibility = 'backward';

export const COMPATIBILITY_MEANING: Readonly<Record<Compatibility, string>> = {
  backward: 'the server upgrades first: clients built on the old spec must keep working with the new one.',
  forward: 'clients upgrade first: clients built on the new spec must keep working with the old server.',
  full: 'either side may upgrade first: old and new clients must work with old and new servers.',
  none: 'no upgrade order is promised: breaking changes are listed but never fail the check.',
};

/** A `--compatibility` flag or `compatibility` input; `option` names it in the error. */
export function parseCompatibility(value: string, option: string): Compatibility {
  const word = value.trim().toLowerCase();
  if ((COMPATIBILITIES as readonly string[]).includes(word)) return word as Compatibility;
  throw new InputError({
    message: `${option} must be one of ${COMPATIBILITIES.join(', ')} (got ${JSON.stringify(value)})`,
  });
}
