/**
 * `value`, which the caller has proven is there: an element at an index inside the loop's bound or
 * just checked against a length. Undefined here is a bug in our code, never a property of the input,
 * so it throws (the fuzz test would find it). Not for regex groups (destructure them with defaults)
 * nor for anything the input decides.
 */
export function must<T>(value: T | undefined, why = 'an index in range'): T {
  if (value === undefined) {
    throw new Error(`expected ${why}`);
  }
  return value;
}
