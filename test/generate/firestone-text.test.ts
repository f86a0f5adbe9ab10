/**
 * Specs firestone wrote: its glued `type: objectchannels:` is read as meant, with a notice giving
 * file and line, on firestone's own committed spec (test/fixtures/firestone-real, PROVENANCE.md);
 * nothing else is ever repaired.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { InputError } from '../../src/errors';
import { readSpecText } from '../../src/generate/firestone-text';
import { parseSpecText } from '../../src/generate/serialize';
import { inputError } from '../helpers/errors';

const SETS = path.resolve(__dirname, '../fixtures/firestone-real/sets');
const COMMITTED = readFileSync(
  path.join(SETS, 'firestone-f5d94a9-addressbook/addressbook/asyncapi.committed.yaml'),
  'utf8',
);

describe('readSpecText', () => {
  it("reads firestone's committed addressbook spec as meant, with a notice naming file and line 37", () => {
    expect(() => parseSpecText(COMMITTED, 'asyncapi.yaml')).toThrow(InputError);
    const read = readSpecText(COMMITTED, 'asyncapi.yaml');
    expect(read.notice).toBe(
      'asyncapi.yaml:37: read as firestone meant it: a line break is missing after `type: object` (a known firestone defect)',
    );
    const doc = read.document as {
      info: unknown;
      components: { schemas: Record<string, { type: string }> };
      channels: object;
    };
    expect(doc.info).toEqual({
      title: 'Example person and addressbook API',
      description: 'An example API with more than one resource',
      version: '1.0',
    });
    expect(doc.components.schemas.addressbook?.type).toBe('object');
    expect(Object.keys(doc.channels)).toContain('/addressbook');
    // Exactly the text firestone meant: the glued line split in two, nothing else.
    const meant = COMMITTED.replace('      type: objectchannels:\n', '      type: object\nchannels:\n');
    expect(read.document).toEqual(YAML.parse(meant));
  });

  it('leaves a valid spec alone, without a notice', () => {
    const read = readSpecText('asyncapi: 2.5.0\ncomponents: {}\nchannels: {}\n', 'a.yaml');
    expect(read.notice).toBeUndefined();
  });

  it('does not repair a glued file that has another YAML error too', () => {
    const broken = COMMITTED.replace('  title: Example person and addressbook API', '  title: [unclosed');
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
