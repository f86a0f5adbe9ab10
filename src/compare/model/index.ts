/** One adapter per major version, one model (docs/architecture.md, "Compare"). */
import type { Perspective } from '../../types';
import type { NormalizedDoc } from '../normalize';
import type { Model } from './model';
import { readV2 } from './v2';
import { readV3 } from './v3';

export * from './model';

/**
 * The model of a normalized document of major version `major`. `cross`: the other document is of
 * the other major version, so names one version has and the other lacks (2.x operationId and
 * messageId, 3.x keys) are left out and only what both can say is compared. `perspective`: whose
 * side the operations are written from (model.ts `readAs`).
 */
export function buildModel(
  doc: NormalizedDoc,
  major: 2 | 3,
  cross: boolean,
  perspective: Perspective = 'application',
): Model {
  const version = String(doc.root.asyncapi);
  return major === 2 ? readV2(doc, version, cross, perspective) : readV3(doc, version, cross, perspective);
}
