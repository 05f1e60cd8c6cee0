/**
 * A small, safe XML reader for test and coverage reports. Safe: a DOCTYPE
 * that declares entities is refused, so nothing expands (no billion laughs,
 * no external entities); only the five predefined entities and character
 * references are decoded. It keeps each element's line for messages, reads
 * CDATA and skips comments and processing instructions; namespaces are kept
 * in names as written. Iterative, so deep nesting can't overflow the stack.
 * Cost: O(length of the text).
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text and CDATA, concatenated (children's text excluded). */
  text: string;
  line: number;
}

export class XmlError extends Error {
  override name = 'XmlError';
}

const predefined: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const nameStart = /[A-Za-z_:\u00C0-\uFFFF]/;

export function parseXml(text: string, source: string): XmlElement {
  const xml = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let position = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (at: number) => {
    for (; counted < at; counted++) if (xml.charCodeAt(counted) === 10) line++;
    return line;
  };
  const fail = (at: number, problem: string): never => {
    throw new XmlError(`${source}:${lineAt(at)}: ${problem}`);
  };
  const decode = (raw: string, at: number) =>
    raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);|&/g, (match, entity: string | undefined) => {
      if (entity === undefined) return fail(at, 'a bare "&" must be written &amp;');
      if (entity.startsWith('#')) {
        const code =
          entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1));
        if (!Number.isFinite(code) || code > 0x10ffff) fail(at, `bad character reference ${match}`);
        return String.fromCodePoint(code);
      }
      const value = predefined[entity];
      return (
        value ??
        fail(at, `unknown entity &${entity}; (only &lt; &gt; &amp; &quot; &apos; are defined)`)
      );
    });

  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  while (position < xml.length) {
    const open = xml.indexOf('<', position);
    const textEnd = open < 0 ? xml.length : open;
    if (textEnd > position) {
      const raw = xml.slice(position, textEnd);
      const parent = stack.at(-1);
      if (parent) parent.text += decode(raw, position);
      else if (raw.trim() !== '') fail(position, 'text outside the root element');
    }
    if (open < 0) break;
    position = open;
    if (xml.startsWith('<!--', position)) {
      const end = xml.indexOf('-->', position + 4);
      if (end < 0) fail(position, 'a comment is never closed with -->');
      position = end + 3;
    } else if (xml.startsWith('<![CDATA[', position)) {
      const end = xml.indexOf(']]>', position + 9);
      if (end < 0) fail(position, 'a CDATA section is never closed with ]]>');
      const parent = stack.at(-1);
      if (!parent) fail(position, 'CDATA outside the root element');
      parent!.text += xml.slice(position + 9, end);
      position = end + 3;
    } else if (xml.startsWith('<?', position)) {
      const end = xml.indexOf('?>', position + 2);
      if (end < 0) fail(position, 'a processing instruction is never closed with ?>');
      position = end + 2;
    } else if (xml.startsWith('<!DOCTYPE', position)) {
      const subset = xml.indexOf('[', position);
      const close = xml.indexOf('>', position);
      let end = close;
      if (subset >= 0 && subset < close) {
        const subsetEnd = xml.indexOf(']>', subset);
        if (subsetEnd < 0) fail(position, 'the DOCTYPE is never closed');
        if (/<!ENTITY/i.test(xml.slice(subset, subsetEnd))) {
          fail(
            position,
            'the DOCTYPE declares entities; mlgate does not expand them (a test report needs none)',
          );
        }
        end = subsetEnd + 1;
      }
      if (end < 0) fail(position, 'the DOCTYPE is never closed');
      position = end + 1;
    } else if (xml[position + 1] === '/') {
      const end = xml.indexOf('>', position);
      if (end < 0) fail(position, 'a closing tag is never closed with >');
      const name = xml.slice(position + 2, end).trim();
      const element = stack.pop();
      if (!element) fail(position, `</${name}> closes nothing`);
      if (element!.name !== name)
        fail(position, `</${name}> closes <${element!.name}> (opened on line ${element!.line})`);
      position = end + 1;
    } else {
      const start = position;
      position++;
      if (!nameStart.test(xml[position] ?? ''))
        fail(start, 'a "<" that starts no tag; write it &lt;');
      let nameEnd = position;
      while (nameEnd < xml.length && !/[\s/>]/.test(xml[nameEnd]!)) nameEnd++;
      const element: XmlElement = {
        name: xml.slice(position, nameEnd),
        attributes: {},
        children: [],
        text: '',
        line: lineAt(start),
      };
      position = nameEnd;
      let selfClosing = false;
      for (;;) {
        while (/\s/.test(xml[position] ?? '')) position++;
        const ch = xml[position];
        if (ch === undefined) fail(start, `<${element.name}> is never closed with >`);
        if (ch === '>') {
          position++;
          break;
        }
        if (ch === '/' && xml[position + 1] === '>') {
          selfClosing = true;
          position += 2;
          break;
        }
        const equals = xml.indexOf('=', position);
        if (equals < 0) fail(position, `an attribute of <${element.name}> has no value`);
        const attribute = xml.slice(position, equals).trim();
        if (!/^[^\s"'<>/=]+$/.test(attribute))
          fail(position, `bad attribute name in <${element.name}>`);
        let quoteAt = equals + 1;
        while (/\s/.test(xml[quoteAt] ?? '')) quoteAt++;
        const quote = xml[quoteAt];
        if (quote !== '"' && quote !== "'")
          fail(position, `the value of ${attribute} must be quoted`);
        const close = xml.indexOf(quote!, quoteAt + 1);
        if (close < 0) fail(position, `the value of ${attribute} is never closed`);
        element.attributes[attribute] = decode(xml.slice(quoteAt + 1, close), quoteAt);
        position = close + 1;
      }
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) fail(start, 'a second root element; an XML document has one');
      else root = element;
      if (!selfClosing) stack.push(element);
    }
  }
  if (stack.length > 0) {
    const open = stack.at(-1)!;
    throw new XmlError(
      `${source}:${open.line}: <${open.name}> is never closed; is the file truncated?`,
    );
  }
  if (!root) throw new XmlError(`${source}: no XML element found; is this the right file?`);
  return root;
}

/** Every descendant element named `name`, in document order. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending = [...element.children].reverse();
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (next.name === name) found.push(next);
    for (let i = next.children.length - 1; i >= 0; i--) pending.push(next.children[i]!);
  }
  return found;
}
