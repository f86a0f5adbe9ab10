/**
 * The perspective a spec target's documents are written from (docs/classification.md,
 * "Perspective"): read as the specification says, or the other way round for documents written
 * from the client's side.
 */
import { InputError } from '../errors';
import { PERSPECTIVES, type Perspective, type SpecKind } from '../types';

export const DEFAULT_PERSPECTIVE: Perspective = 'application';

/**
 * The perspective a spec of `kind` is read from: AsyncAPI documents name their operations from
 * either side; OpenAPI's direction is fixed by HTTP (clients send requests), so OpenAPI specs have
 * none and their reports state none (docs/classification.md, "Perspective").
 */
export const perspectiveOf = (kind: SpecKind, asked: Perspective | undefined): Perspective | undefined =>
  kind === 'asyncapi' ? (asked ?? DEFAULT_PERSPECTIVE) : undefined;

/** What `diff --perspective` on two OpenAPI documents says (exit 2). */
export const perspectiveRefused = (files: readonly string[]): string =>
  `--perspective applies to AsyncAPI documents only; ${files.join(' and ')} are OpenAPI documents, ` +
  'read one way (clients send requests and receive responses)';

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
