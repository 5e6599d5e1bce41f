/**
 * The dotted path language of rule conditions: `owner.name`, `$.owner.name`, `tags.0`.
 *
 * json-rules-engine resolves `path` with JSONPath (jsonpath-plus) by default; packs come from other
 * people, so dondoc replaces it with this resolver, which only ever reads own properties of plain
 * data: no filter expressions, no script, no prototype walk. `__proto__`, `constructor` and
 * `prototype` are refused by the condition schema, and even when a caller skips the schema the
 * resolver cannot reach inherited members because it checks `Object.hasOwn` at every step.
 */

/** Property names a fact name or a path segment may never use. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/** Longest accepted path, in characters. */
export const MAX_PATH_LENGTH = 200;

/**
 * Splits a path into its segments: `"$.owner.name"` and `"owner.name"` → `["owner", "name"]`.
 * `"$"` alone is the whole value (no segments). Done once, when a condition is compiled.
 */
export function splitPath(path: string): readonly string[] {
  if (path === '$') return [];
  const body = path.startsWith('$.') ? path.slice(2) : path;
  return body.split('.');
}

/** Why a path is not acceptable, or undefined when it is. */
export function pathProblem(
  path: string,
): 'empty' | 'too-long' | 'empty-segment' | 'forbidden' | undefined {
  if (path === '') return 'empty';
  if (path.length > MAX_PATH_LENGTH) return 'too-long';
  const segments = splitPath(path);
  if (segments.length === 0) return undefined;
  for (const segment of segments) {
    if (segment === '') return 'empty-segment';
    if (FORBIDDEN_KEYS.has(segment)) return 'forbidden';
  }
  return undefined;
}

/** Follows pre-split segments through own properties; anything missing on the way is `undefined`. */
export function resolveSegments(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || typeof current !== 'object') return undefined;
    const segment = segments[i]!;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Readonly<Record<string, unknown>>)[segment];
  }
  return current;
}

/**
 * The `pathResolver` given to json-rules-engine (it calls it only for object fact values).
 * Same result as `resolveSegments(value, splitPath(path))`.
 */
export function resolvePath(value: unknown, path: string): unknown {
  return resolveSegments(value, splitPath(path));
}
