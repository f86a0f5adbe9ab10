import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../src/fs-atomic';
import { tempDir } from './helpers/temp';

const dir = () => tempDir('atomic-');

describe('writeFileAtomic', () => {
  it('creates and replaces a file, leaving no temp files', async () => {
    const d = dir();
    const file = path.join(d, 'asyncapi.yaml');
    await writeFileAtomic(file, 'one\n');
    await writeFileAtomic(file, 'two — ünïcode\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('two — ünïcode\n');
    expect(fs.readdirSync(d)).toEqual(['asyncapi.yaml']);
  });

  it('keeps the permission bits of the file it replaces', async () => {
    const file = path.join(dir(), 'run.sh');
    fs.writeFileSync(file, 'old', { mode: 0o750 });
    fs.chmodSync(file, 0o750);
    await writeFileAtomic(file, 'new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o750);
  });

  it('replaces a symbolic link instead of writing through it', async () => {
    const d = dir();
    const target = path.join(dir(), 'elsewhere.txt');
    fs.writeFileSync(target, 'untouched');
    const link = path.join(d, 'spec.yaml');
    fs.symlinkSync(target, link);

    await writeFileAtomic(link, 'spec');

    expect(fs.lstatSync(link).isSymbolicLink()).toBe(false);
    expect(fs.readFileSync(link, 'utf8')).toBe('spec');
    expect(fs.readFileSync(target, 'utf8')).toBe('untouched');
  });

  it('cleans up its temp file when the rename fails', async () => {
    const d = dir();
    const occupied = path.join(d, 'occupied');
    fs.mkdirSync(occupied);
    fs.writeFileSync(path.join(occupied, 'keep'), 'x');

    await expect(writeFileAtomic(occupied, 'data')).rejects.toThrow();
    expect(fs.readdirSync(d)).toEqual(['occupied']);
    expect(fs.readdirSync(occupied)).toEqual(['keep']);
  });

  it('fails when the directory does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir(), 'missing', 'f.txt'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('concurrent writers leave one complete version, never a mix', async () => {
    const d = dir();
    const file = path.join(d, 'big.yaml');
    const versions = Array.from({ length: 8 }, (_, i) => `${String(i)}`.repeat(256 * 1024));
    await Promise.all(versions.map((v) => writeFileAtomic(file, v)));
    expect(versions).toContain(fs.readFileSync(file, 'utf8'));
    expect(fs.readdirSync(d)).toEqual(['big.yaml']);
  });
});
