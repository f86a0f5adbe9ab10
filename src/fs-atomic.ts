import { promises as fsp } from 'node:fs';
import * as path from 'node:path';
import { crypto } from './util/builtins';

/**
 * Writes `content` so that readers see either the old file or the complete new one, never a
 * half-written file: write a temp file in the same directory (rename is only atomic within one
 * file system), fsync it, then rename it over the target. The temp file is removed on failure.
 * A symbolic link at `file` is replaced by a regular file, never followed.
 */
export async function writeFileAtomic(file: string, content: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${crypto().randomBytes(6).toString('hex')}.tmp`);
  const mode = await existingMode(file);
  let handle: fsp.FileHandle | undefined;
  try {
    // 'wx': never reuse or follow something already at the temp name.
    handle = await fsp.open(temp, 'wx', mode);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fsp.rename(temp, file);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Keep the permission bits of a file we replace (an executable stays executable). */
async function existingMode(file: string): Promise<number> {
  try {
    const stat = await fsp.lstat(file);
    return stat.isFile() ? stat.mode & 0o777 : 0o666;
  } catch {
    return 0o666;
  }
}

/** Make the rename itself durable; not every platform lets a directory be opened, so best effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows cannot fsync a directory; the rename has happened either way.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
