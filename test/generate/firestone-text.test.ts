/**
 * Specs firestone wrote: its glued `type: objectchannels:` is read as meant, with a notice giving
 * file and line, on a committed spec with that defect (test/fixtures/generate/library, README.md
 * there; firestone's own are read by the corpus leg of .ci/run); nothing else is ever repaired.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { InputError } from '../../src/errors';
import { readSpecText } from '../../src/generate/firestone-text';
import { parseSpecText } from '../../src/generate/serialize';
import { inputError } from '../helpers/errors';

const COMMITTED = readFileSync(path.resolve(__dirname, '../fixtures/generate/library/asyncapi.committed.yaml'), 'utf8');
const GLUED_LINE = COMMITTED.split('\n').indexOf('      type: objectchannels:') + 1;

describe('readSpecText', () => {
  it('reads a committed spec with the glued line as meant, with a notice naming file and line', () => {
    expect(GLUED_LINE).toBe(139);
    expect(() => parseSpecText(COMMITTED, 'asyncapi.yaml')).toThrow(InputError);
    const read = readSpecText(COMMITTED, 'asyncapi.yaml');
    expect(read.notice).toBe(
      'asyncapi.yaml:139: read as firestone meant it: a line break is missing after `type: object` (a known firestone defect)',
    );
    const doc = read.document as {
      info: unknown;
      components: { schemas: Record<string, { type: string }> };
      channels: object;
    };
    expect(doc.info).toEqual({
      title: 'Town library API',
      description: 'Events of the town library',
      version: '1.0',
    });
    expect(doc.components.schemas.members?.type).toBe('object');
    expect(Object.keys(doc.channels)).toContain('/shelves');
    // Exactly the text firestone meant: the glued line split in two, nothing else.
    const meant = COMMITTED.replace('      type: objectchannels:\n', '      type: object\nchannels:\n');
    expect(read.document).toEqual(YAML.parse(meant));
  });

  it('leaves a valid spec alone, without a notice', () => {
    const read = readSpecText('asyncapi: 2.5.0\ncomponents: {}\nchannels: {}\n', 'a.yaml');
    expect(read.notice).toBeUndefined();
  });

  it('does not repair a glued file that has another YAML error too', () => {
    const broken = COMMITTED.replace('  title: Town library API', '  title: [unclosed');
    const err = inputError(() => readSpecText(broken, 'asyncapi.yaml'));
    expect(err.message).toMatch(/^asyncapi.yaml:\d+:\d+: invalid YAML/);
  });

  it('does not repair other YAML errors, even near a `channels:`', () => {
    for (const text of [
      'asyncapi: 2.5.0\ninfo:\n  title: x: y\nchannels: {}\n',
      'asyncapi: 2.5.0\ncomponents:\n  schemas:\n    a:\n      type: object\n  channels: [\n',
      'asyncapi: 2.5.0\ncomponents:\n  x: 1\n   type: objectchannels:\n',
    ]) {
      expect(() => readSpecText(text, 'a.yaml'), text).toThrow(InputError);
    }
  });

  it('repairs only a single glued line, and only when the top level has no channels of its own', () => {
    const twice = `${COMMITTED}\n  extra: 1\n    more: objectchannels:\n`;
    expect(() => readSpecText(twice, 'asyncapi.yaml')).toThrow(InputError);
  });
});
