/**
 * Errors a user can cause (bad resource files, bad config, bad arguments).
 * They carry the place of the problem so both entries can print `file:line:col: message`
 * and end with exit code 2 / a failed step, never with a stack trace.
 */
export interface Problem {
  /** Workspace-relative POSIX path (or the path as the user gave it). */
  file?: string;
  line?: number;
  col?: number;
  /** JSON path inside the file, e.g. `/schema/items/properties/title`. */
  pointer?: string;
  message: string;
}

export class InputError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem | Problem[]) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'));
    this.name = 'InputError';
    this.problems = list;
  }
}

export function formatProblem(p: Problem): string {
  const place = p.file
    ? [p.file, p.line, p.line !== undefined ? p.col : undefined].filter((x) => x !== undefined).join(':')
    : '';
  const where = p.pointer ? ` (at ${p.pointer})` : '';
  return place ? `${place}: ${p.message}${where}` : `${p.message}${where}`;
}

export const isInputError = (e: unknown): e is InputError => e instanceof InputError;
