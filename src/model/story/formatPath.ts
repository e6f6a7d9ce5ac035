/** Writes a path such as ['nodes', 3, 'evidence', 0, 'quote'] as `nodes[3].evidence[0].quote`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the whole file)' : out;
}
