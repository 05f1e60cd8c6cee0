/**
 * A YAML document as plain data, its aliases expanded within a budget. A few
 * lines of aliases of aliases ("billion laughs") expand to gigabytes; yaml's
 * toJS stops past `maxAliasCount` by throwing a ReferenceError, as it does for
 * an alias with no anchor before it. Both come back here as a problem with the
 * line of the alias to look at, and whatever else toJS throws as a problem too.
 */
import {
  type Alias,
  type Document,
  isAlias,
  isNode,
  type LineCounter,
  type Node,
  visit,
} from 'yaml';
import type { ConfigError } from '../model/config-error.ts';
import { errorMessage } from '../model/error-message.ts';

/** Generous for a config: anchors let a few checks share a file entry, not more. */
export const maxAliasCount = 100;

export type AliasProblem = Omit<ConfigError, 'file' | 'key'>;

export type DocumentData = { ok: true; data: unknown } | { ok: false; problem: AliasProblem };

export function documentData(document: Document, lineCounter: LineCounter): DocumentData {
  try {
    return { ok: true, data: document.toJS({ maxAliasCount }) };
  } catch (error) {
    // toJS throws ReferenceError for aliases; anything else it throws is about the document
    // too, e.g. a YAML 1.1 merge key `<<` given a scalar, so it is a config problem as well.
    if (error instanceof ReferenceError)
      return { ok: false, problem: aliasProblem(document, lineCounter) };
    return { ok: false, problem: { message: `YAML: ${errorMessage(error)}` } };
  }
}

/** Which alias toJS refused: one without an anchor, or else where the expansion multiplies. */
function aliasProblem(document: Document, lineCounter: LineCounter): AliasProblem {
  const lineOf = (alias: Alias | undefined) =>
    alias?.range ? { line: lineCounter.linePos(alias.range[0]).line } : {};
  const { aliases, holdingAliases } = aliasMap(document);
  const unresolved = aliases.find(({ target }) => target === undefined)?.alias;
  if (unresolved) {
    const name = unresolved.source;
    return {
      ...lineOf(unresolved),
      message: `YAML alias \`*${name}\` has no anchor \`&${name}\` before it`,
      fix: `mark the value it repeats with \`&${name}\`, above this line`,
    };
  }
  // The expansion multiplies where an alias repeats a value that holds aliases itself.
  const multiplying = aliases.find(({ target }) => target && holdingAliases.has(target));
  return {
    ...lineOf(multiplying?.alias ?? aliases[0]?.alias),
    message: `YAML aliases expand to more than ${maxAliasCount} copies, the pattern of an alias bomb`,
    fix: 'write the values out: mlgate.yml needs few aliases, and no alias of a value with aliases in it',
  };
}

/**
 * Every alias with the node it repeats (the last anchor of its name before it,
 * as yaml resolves it), and the anchored nodes that hold an alias; one walk.
 */
function aliasMap(document: Document) {
  const anchors = new Map<string, Node>();
  const aliases: { alias: Alias; target: Node | undefined }[] = [];
  const holdingAliases = new Set<Node>();
  visit(document, {
    Node: (_key, node, path) => {
      if (isAlias(node)) {
        aliases.push({ alias: node, target: anchors.get(node.source) });
        for (const outer of path) if (isNode(outer) && outer.anchor) holdingAliases.add(outer);
      } else if (node.anchor) {
        anchors.set(node.anchor, node);
      }
    },
  });
  return { aliases, holdingAliases };
}
