/** Expecting the one error users see for bad input (src/errors.ts). */
import { expect } from 'vitest';
import { InputError } from '../../src/errors';

/** Runs `fn`, expects an InputError, and returns it (fails the test when nothing or something else is thrown). */
export function inputError(fn: () => unknown): InputError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}

/** inputError for a function that returns a promise. */
export async function inputErrorAsync(fn: () => Promise<unknown>): Promise<InputError> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected an InputError, nothing was thrown');
}
