/**
 * A Filing (or any JSON value) as field path → printed value, so two filings
 * compare field by field: "nonDerivativeTransactions[0].shares" → "50000".
 * Empty objects and arrays keep a path of their own, so a missing row or a
 * missing footnote list shows as a difference.
 */
export function flattenFields(
  value: unknown,
  path = '',
  out = new Map<string, string>(),
): Map<string, string> {
  if (Array.isArray(value)) {
    out.set(`${path}.length`, String(value.length));
    value.forEach((v, i) => flattenFields(v, `${path}[${i}]`, out));
    return out;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(path, '{}');
    for (const [key, v] of entries) flattenFields(v, path ? `${path}.${key}` : key, out);
    return out;
  }
  out.set(path, JSON.stringify(value));
  return out;
}

/** Paths whose values differ between two flattened filings, in a stable order. */
export function differingFields(expected: Map<string, string>, actual: Map<string, string>): string[] {
  const paths = new Set([...expected.keys(), ...actual.keys()]);
  return [...paths].filter((p) => expected.get(p) !== actual.get(p)).sort();
}
