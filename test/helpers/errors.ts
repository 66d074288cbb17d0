import { DiscloseError } from '../../src/errors.js';

/** The DiscloseError `fn` throws; anything else it throws is re-thrown, and no error fails the test. */
export function errorOf(fn: () => unknown): DiscloseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DiscloseError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}
