/**
 * Character-level rules shared by the XML tree builder: where an offset sits
 * (line and column, for messages a person can act on) and decoding of the
 * five predefined entities and numeric character references. Nothing else is
 * ever expanded: there is no DTD, so no other entity can exist.
 */
import { ParseFailure } from '../errors';

const PREDEFINED_ENTITIES: ReadonlyMap<string, string> = new Map([
  ['lt', '<'],
  ['gt', '>'],
  ['amp', '&'],
  ['quot', '"'],
  ['apos', "'"],
]);

const REFERENCE = /&(?:#x([0-9A-Fa-f]{1,6})|#([0-9]{1,7})|([A-Za-z_][A-Za-z0-9._-]{0,31}));/y;

export interface SourcePosition {
  line: number;
  column: number;
}

export function positionAt(source: string, offset: number): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let i = source.indexOf('\n'); i !== -1 && i < offset; i = source.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function describePosition(source: string, offset: number): string {
  const { line, column } = positionAt(source, offset);
  return `line ${line}, column ${column}`;
}

export function malformed(source: string, offset: number, what: string): ParseFailure {
  return new ParseFailure(
    'malformed-xml',
    `The XML is not well-formed at ${describePosition(source, offset)}: ${what}. ` +
      'The file is damaged or is not EDGAR ownership XML; download the filing’s XML again from EDGAR.',
  );
}

/** XML 1.0 `Char`: code points a document may contain, written or referenced. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function decodeReference(source: string, at: number): { text: string; end: number } {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(source);
  if (match === null) {
    throw malformed(
      source,
      at,
      'a bare "&" that starts no entity or character reference (write it as &amp;)',
    );
  }
  const [whole, hex, decimal, name] = match;
  const end = at + whole.length;
  if (name !== undefined) {
    const text = PREDEFINED_ENTITIES.get(name);
    if (text === undefined) {
      throw malformed(
        source,
        at,
        `the undefined entity "&${name};" (only &lt; &gt; &amp; &quot; &apos; and numeric references are allowed)`,
      );
    }
    return { text, end };
  }
  const code = hex !== undefined ? parseInt(hex, 16) : parseInt(decimal ?? '', 10);
  if (!isXmlChar(code)) {
    throw malformed(source, at, `the character reference "${whole}" names a character XML does not allow`);
  }
  return { text: String.fromCodePoint(code), end };
}

/**
 * Decode `source[start, end)` (text or an attribute value) into its characters.
 * `<` is refused where the grammar forbids it (attribute values). Searches
 * stay inside the range: a search to the end of the document for every text
 * node would make large files quadratic.
 */
export function decodeCharacters(
  source: string,
  start: number,
  end: number,
  forbidLessThan: boolean,
): string {
  const raw = source.slice(start, end);
  if (forbidLessThan && raw.includes('<')) {
    throw malformed(source, start + raw.indexOf('<'), 'a "<" inside an attribute value (write it as &lt;)');
  }
  let amp = raw.indexOf('&');
  if (amp === -1) return raw;
  let out = raw.slice(0, amp);
  while (amp !== -1) {
    const ref = decodeReference(source, start + amp);
    if (ref.end > end) throw malformed(source, start + amp, 'a reference cut off by the end of its value');
    out += ref.text;
    const resume = ref.end - start;
    amp = raw.indexOf('&', resume);
    out += raw.slice(resume, amp === -1 ? raw.length : amp);
  }
  return out;
}
