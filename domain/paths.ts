/**
 * Reads a value by dotted path ("names.0.given"; list positions are numbers). The empty path is the value itself.
 * Only own properties are followed, so a path can never reach into an object's prototype.
 */
export function readPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current: unknown = value;
  for (const part of path.split('.')) {
    if (current === null || current === undefined) return undefined;
    if (Array.isArray(current)) current = /^\d+$/.test(part) ? current[Number(part)] : undefined;
    else if (typeof current === 'object') current = Object.prototype.hasOwnProperty.call(current, part) ? (current as Record<string, unknown>)[part] : undefined;
    else return undefined;
  }
  return current;
}
