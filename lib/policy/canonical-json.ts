/**
 * The canonical form a pack signature covers: keys sorted, no insignificant white space,
 * the `signature` block left out. A reformatted pack, or the same pack as YAML, has the
 * same canonical form; any change of content does not.
 */
export function canonicalPackJson(pack: unknown): string {
  if (!isPlainObject(pack)) return canonicalJson(pack);

  const unsigned = { ...pack };
  delete unsigned.signature;
  return canonicalJson(unsigned);
}

/** JSON with object keys sorted at every depth and no white space. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (!isPlainObject(value)) return JSON.stringify(value) ?? 'null';

  // Sorted by UTF-16 code units, as Array.prototype.sort compares strings.
  const members = Object.keys(value)
    .filter((key) => value[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(value[key])}`);
  return `{${members.join(',')}}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
