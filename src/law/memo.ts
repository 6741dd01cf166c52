// Bounded memoisation of pure one-argument functions that the rules call many times with the same argument
// (the texts format the same amounts, dates and citations again and again). Results are identical to calling
// the function; the cache only saves the work. Pure: no I/O, no clock.

/**
 * `fn` with its results kept for up to `limit` distinct arguments (then the cache starts afresh).
 * Keys compare as in a Map (SameValueZero), so -0 would share 0's entry: it is never cached.
 */
export function memoize<K extends string | number, V>(fn: (key: K) => V, limit = 2_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key: K): V => {
    if (Object.is(key, -0)) return fn(key);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, value);
    return value;
  };
}
