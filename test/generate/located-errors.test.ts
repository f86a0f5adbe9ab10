/** Naming conflicts found by the generator carry the file, line and column of both places, via the loader's `locate`. */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors';
import { generateAsyncApi } from '../../src/generate/asyncapi';
import { loadResources } from '../../src/resource/load';
import { tempDir } from '../helpers/temp';
import { inputError } from '../helpers/errors';

const INFO = { title: 'T', description: 'D', version: '1.0.0' };
let workspace: string;

beforeEach(() => {
  workspace = tempDir('gen-errors-');
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
});

function write(files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(workspace, name)), { recursive: true });
    writeFileSync(path.join(workspace, name), text);
  }
}

function generateError(files: string[]): InputError {
  const resources = loadResources(workspace, files);
  return inputError(() => generateAsyncApi(resources, INFO));
}

const book = (comment = '') => `# ${comment}
kind: book
schema:
  type: array
  key:
    name: book_id
  items:
    type: object
    properties:
      title:
        type: string
`;

describe('located conflicts', () => {
  it('duplicate kind: both files with the line of each `kind`', () => {
    write({ 'a/book.yaml': book('first'), 'b/book.yaml': `\n\n${book('second')}` });
    const err = generateError(['a/book.yaml', 'b/book.yaml']);
    expect(err.problems[0]).toMatchObject({ file: 'b/book.yaml', line: 4, col: 1, pointer: '/kind' });
    expect(err.message).toContain('b/book.yaml:4:1:');
    expect(err.message).toContain('a/book.yaml:2:1');
  });

  it('a $ref-embedded sub-resource named like a kind: located in the file that holds the property', () => {
    write({
      'person.yaml':
        'kind: person\nschema:\n  type: array\n  key:\n    name: uuid\n  items:\n    type: object\n    properties:\n      name:\n        type: string\n',
      'home.yaml':
        'kind: home\nasyncapi:\n  channels:\n    instance_attrs: true\nschema:\n  type: array\n  key:\n    name: home_id\n  items:\n' +
        '    type: object\n    properties:\n      person:\n        schema:\n          $ref: "person.yaml#/schema"\n',
    });
    const err = generateError(['person.yaml', 'home.yaml']);
    expect(err.problems[0]).toMatchObject({ file: 'home.yaml', line: 12, pointer: '/schema/items/properties/person' });
    expect(err.message).toContain('person.yaml:1:1');
  });
});
