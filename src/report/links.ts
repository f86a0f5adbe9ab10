/**
 * Links from the PR comment and the job summary to a line of a file at the PR head:
 * `<server>/<owner>/<repo>/blob/<sha>/<file>#L<line>`. Every part is checked or encoded, so
 * repository text can never end the link or add one of its own.
 */

export interface LinkBase {
  /** `GITHUB_SERVER_URL`, e.g. https://github.com */
  server: string;
  /** `owner/repo` */
  repository: string;
  /** The PR head commit. */
  sha: string;
}

const SERVER = /^https?:\/\/[A-Za-z0-9.-]+(:\d+)?(\/[A-Za-z0-9._~-]+)*\/?$/;
const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
const SHA = /^[0-9a-f]{7,64}$/i;

// encodeURIComponent leaves !'()* alone; `(` and `)` would end a markdown link.
const encodeSegment = (segment: string): string =>
  encodeURIComponent(segment).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** The URL of `file` (workspace-relative, POSIX) at `line`, or null when any part is not safe to link. */
export function lineUrl(base: LinkBase, file: string, line: number): string | null {
  if (!SERVER.test(base.server) || !REPOSITORY.test(base.repository) || !SHA.test(base.sha)) return null;
  if (!Number.isInteger(line) || line < 1) return null;
  const segments = file.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return null;
  return `${base.server.replace(/\/$/, '')}/${base.repository}/blob/${base.sha}/${segments.map(encodeSegment).join('/')}#L${line}`;
}
