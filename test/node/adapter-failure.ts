// Shared by the node tests of adapters: the AdapterError a call fails with.
import assert from 'node:assert/strict';
import { AdapterError } from '../../src/adapter/errors.js';

/** The AdapterError `p` rejects with; fails the test when it resolves or rejects with anything else. */
export async function fails(p: Promise<unknown>): Promise<AdapterError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof AdapterError, `expected an AdapterError, got ${String(e)}`);
    return e;
  }
  throw new Error('expected the call to fail');
}
