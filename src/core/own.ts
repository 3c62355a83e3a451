/**
 * Own-property lookups of records keyed by user data (ids, port keys, end keys, NetBox slugs).
 * `record[id]` on a plain object also finds inherited members: `devices['toString']` is a
 * function, `ends['constructor']` is `Object`. Every lookup by an id or key from a design, a file
 * or the user goes through `own` / `hasOwn`, so an id named like an `Object.prototype` member is
 * just an id that is absent, never a crash (issue 9: a cable end on device `toString` used to
 * crash the NetBox cable export).
 */

/**
 * The value stored under `key` as an own property of `record`, or undefined when `record` has no
 * own property `key` (inherited members such as `toString` or `__proto__` are never returned).
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** True when `record` has an own property `key` (never true for inherited members). */
export function hasOwn(record: object, key: string): boolean {
  return Object.hasOwn(record, key);
}
