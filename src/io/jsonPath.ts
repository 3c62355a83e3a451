/**
 * JSON paths of places in a design file, for error messages: `$.cables["cab-3"].lengthM`,
 * `$.parts["module/x"].links[4].a.port`. Segments are object keys (strings) or array indexes.
 */

/** A path as segments from the document root. */
export type PathSegments = readonly (string | number)[];

/** A problem found in a design file: where (JSON path) and what. */
export interface FileProblem {
  /** JSON path from the root `$`, e.g. `$.cables["cab-3"].lengthM`. */
  readonly path: string;
  readonly message: string;
}

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats path segments as a JSON path: identifier keys as `.key`, other keys as `["key"]`
 * (JSON-escaped, so control characters and quotes cannot break the message), indexes as `[n]`.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (typeof seg === 'symbol') out += `[${JSON.stringify(String(seg))}]`;
    else out += IDENT.test(seg) ? `.${seg}` : `[${JSON.stringify(seg)}]`;
  }
  return out;
}
