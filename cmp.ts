import { readFileSync } from 'node:fs';
import { parseSpecText } from './src/generate/serialize';
import { componentFindings, documentFindings, schemaFindings, toChanges, versionFindings } from './src/compare/classify';
import { rawChanges, splitModels } from './src/compare/diff';
import { buildModel, majorVersion } from './src/compare/model/index';
import { normalizeDocument } from './src/compare/normalize';
import { SchemaDiffer } from './src/compare/schema-diff';
const oldDoc = parseSpecText(readFileSync('/tmp/prof/old.yaml', 'utf8'), 'a');
const newDoc = parseSpecText(readFileSync('/tmp/prof/new.yaml', 'utf8'), 'b');
for (let round = 0; round < 3; round++) {
  const T: Record<string, number> = {};
  const t = <X>(k: string, f: () => X): X => { const s = performance.now(); const r = f(); T[k] = Math.round(performance.now() - s); return r; };
  const oldNorm = t('normOld', () => normalizeDocument(oldDoc));
  const newNorm = t('normNew', () => normalizeDocument(newDoc));
  const oldModel = t('modelOld', () => buildModel(oldNorm, 2, false));
  const newModel = t('modelNew', () => buildModel(newNorm, 2, false));
  const split = t('split', () => splitModels(oldModel, newModel));
  const differ = new SchemaDiffer(oldNorm, newNorm);
  const schema = t('schema', () => schemaFindings(split.slots, differ));
  const doc = t('document', () => documentFindings(split, rawChanges(split.old, split.new)));
  const comp = t('components', () => componentFindings(oldModel, newModel, differ, schema.claimed));
  const ch = t('toChanges', () => toChanges([...versionFindings(oldNorm, newNorm), ...doc, ...schema.findings, ...comp], {}));
  console.log(JSON.stringify(T), ch.length);
}
