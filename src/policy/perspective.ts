/**
 * The perspective a spec target's documents are written from (docs/classification.md,
 * "Perspective"): read as the specification says, or the other way round for documents written
 * from the client's side.
 */
import { InputError } from '../errors';
import { PERSPECTIVES, type Perspective } from '../types';

export const DEFAULT_PERSPECTIVE: Perspective = 'application';

export const PERSPECTIVE_MEANING: Readonly<Record<Perspective, string>> = {
  application: 'operations read as the AsyncAPI specification says (2.x `subscribe`, 3.x `send`: clients receive).',
  client: "operations read from the client's side, the other way round (2.x `subscribe`, 3.x `send`: clients send).",
};

/** A `--perspective` flag or `perspective` input; `option` names it in the error. */
export function parsePerspective(value: string, option: string): Perspective {
  const word = value.trim().toLowerCase();
  if ((PERSPECTIVES as readonly string[]).includes(word)) return word as Perspective;
  throw new InputError({
    message: `${option} must be one of ${PERSPECTIVES.join(', ')} (got ${JSON.stringify(value)})`,
  });
}
