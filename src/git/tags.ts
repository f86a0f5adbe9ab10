/** Tags for release notes (`changelog --tags PATTERN`). */
import { InputError } from '../errors';
import { gitOk } from './exec';

/**
 * Tags matching the glob `pattern`, oldest first, ordered as git orders them by creation date
 * (the tagger date of annotated tags, the commit date of lightweight ones).
 */
export async function listTags(cwd: string, pattern: string): Promise<string[]> {
  // Passed as a pattern after `--list`; one starting with `-` would read as an option.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  if (pattern === '' || pattern.startsWith('-') || /[\u0000-\u001f]/.test(pattern)) {
    throw new InputError({ message: `--tags: ${JSON.stringify(pattern)} is not a tag pattern` });
  }
  const out = await gitOk(['tag', '--list', '--sort=creatordate', pattern], { cwd });
  return out.split('\n').filter((t) => t !== '');
}
