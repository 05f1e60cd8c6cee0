/**
 * Where a key path lies in a YAML (or JSON: JSON is YAML) document, for error
 * messages that say `file:line: \`key.path\``. The line is the line of the key
 * that names the path's last step (or of the list item), so it is right for
 * values that span lines and for keys a schema does not know.
 */
import { type Document, isMap, isPair, isScalar, isSeq, type LineCounter } from 'yaml';

export function joinPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) =>
      typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

export function lineOfPath(
  document: Document,
  lineCounter: LineCounter,
  path: readonly PropertyKey[],
): number | undefined {
  const lineOf = (range: readonly number[] | null | undefined) =>
    range ? lineCounter.linePos(range[0]!).line : undefined;
  // Walk up until a step exists: a missing key is reported where its parent is.
  for (let length = path.length - 1; length >= 0; length--) {
    const parent = document.getIn(path.slice(0, length), true);
    const step = path[length];
    if (isMap(parent)) {
      const pair = parent.items.find(
        (item) => isPair(item) && isScalar(item.key) && item.key.value === step,
      );
      if (pair && isScalar(pair.key)) return lineOf(pair.key.range);
    } else if (isSeq(parent) && typeof step === 'number') {
      const item = parent.items[step] as { range?: readonly number[] } | undefined;
      if (item?.range) return lineOf(item.range);
    }
    const line = lineOf((parent as { range?: readonly number[] } | undefined)?.range);
    if (line !== undefined) return line;
  }
  return lineOf(document.contents?.range);
}
