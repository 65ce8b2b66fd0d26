/**
 * A small, strict XML tokenizer and tree builder with no DOM, so the reader
 * runs the same in Node and in a Web Worker. It knows elements, attributes,
 * text, CDATA, comments, processing instructions, the five predefined entities
 * and numeric character references — and nothing more. A DOCTYPE or any
 * declaration is refused outright rather than skipped: expanding (or even
 * half-parsing) a DTD is how entity-expansion and external-entity attacks work.
 * The builder is a loop with an explicit stack, never recursion, and input
 * size, nesting depth and element count are bounded so hostile input fails
 * fast with a typed error.
 */
import { ParseFailure } from '../errors';
import { decodeCharacters, describePosition, malformed } from './xml-text';

export interface XmlElement {
  /** The name as written, prefix included ("xsi:type"). */
  readonly name: string;
  /** The name without any namespace prefix. */
  readonly localName: string;
  readonly attributes: ReadonlyMap<string, string>;
  /** Child elements and text, in document order (adjacent text merged). */
  readonly children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export interface XmlLimits {
  maxChars: number;
  maxDepth: number;
  maxElements: number;
  maxAttributes: number;
}

/** Ownership XML is at most ~7 levels deep and a few thousand elements. */
export const DEFAULT_XML_LIMITS: XmlLimits = {
  maxChars: 8 * 1024 * 1024,
  maxDepth: 64,
  maxElements: 200_000,
  maxAttributes: 64,
};

const NAME = /[A-Za-z_:\u00C0-\uFFFF][-A-Za-z0-9_:.\u00B7\u00C0-\uFFFF]*/y;
const SPACE = /[ \t\r\n]*/y;
/** Markup that would open a DTD; refused wherever it appears as markup. */
const DECLARATION = /<!(DOCTYPE|ENTITY|ELEMENT|ATTLIST|NOTATION)/iy;

interface OpenElement {
  element: XmlElement;
  offset: number;
}

class TreeBuilder {
  private pos = 0;
  private readonly stack: OpenElement[] = [];
  private root: XmlElement | null = null;
  private elementCount = 0;

  constructor(
    private readonly src: string,
    private readonly limits: XmlLimits,
  ) {}

  build(): XmlElement {
    const { src } = this;
    while (this.pos < src.length) {
      const lt = src.indexOf('<', this.pos);
      const textEnd = lt === -1 ? src.length : lt;
      if (textEnd > this.pos) this.addText(decodeCharacters(src, this.pos, textEnd, false), this.pos);
      if (lt === -1) break;
      this.pos = lt;
      this.readMarkup();
    }
    const open = this.stack.at(-1);
    if (open !== undefined) {
      throw malformed(
        src,
        src.length,
        `the end of the file while <${open.element.name}> (opened at ${describePosition(src, open.offset)}) is still open`,
      );
    }
    if (this.root === null) throw malformed(src, src.length, 'no root element before the end of the file');
    return this.root;
  }

  private startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }

  private readMarkup(): void {
    if (this.startsWith('<!--')) return this.skipPast('-->', 'a comment that is never closed with "-->"');
    if (this.startsWith('<![CDATA[')) return this.readCData();
    if (this.startsWith('<!')) return this.refuseDeclaration();
    if (this.startsWith('<?')) return this.skipPast('?>', 'a processing instruction never closed with "?>"');
    if (this.startsWith('</')) return this.readEndTag();
    this.readStartTag();
  }

  private skipPast(terminator: string, whatIfMissing: string): void {
    const end = this.src.indexOf(terminator, this.pos + 2);
    if (end === -1) throw malformed(this.src, this.pos, whatIfMissing);
    this.pos = end + terminator.length;
  }

  private refuseDeclaration(): never {
    DECLARATION.lastIndex = this.pos;
    const match = DECLARATION.exec(this.src);
    if (match !== null) throw forbiddenDeclaration(match[1].toUpperCase());
    throw malformed(this.src, this.pos, 'unknown markup starting with "<!"');
  }

  private readCData(): void {
    const start = this.pos + '<![CDATA['.length;
    const end = this.src.indexOf(']]>', start);
    if (end === -1) throw malformed(this.src, this.pos, 'a CDATA section never closed with "]]>"');
    this.addText(this.src.slice(start, end), this.pos);
    this.pos = end + 3;
  }

  private readName(what: string): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (match === null) throw malformed(this.src, this.pos, `a missing or invalid ${what} name`);
    this.pos = NAME.lastIndex;
    return match[0];
  }

  /** Skips whitespace; tells whether there was any. */
  private skipSpace(): boolean {
    SPACE.lastIndex = this.pos;
    SPACE.exec(this.src);
    const moved = SPACE.lastIndex > this.pos;
    this.pos = SPACE.lastIndex;
    return moved;
  }

  private readEndTag(): void {
    const tagStart = this.pos;
    this.pos += 2;
    const name = this.readName('closing tag');
    this.skipSpace();
    if (this.src[this.pos] !== '>')
      throw malformed(this.src, this.pos, `a closing tag </${name} without its ">"`);
    this.pos += 1;
    const open = this.stack.pop();
    if (open === undefined)
      throw malformed(this.src, tagStart, `the closing tag </${name}> with no element open`);
    if (open.element.name !== name) {
      throw malformed(
        this.src,
        tagStart,
        `the closing tag </${name}> where </${open.element.name}> (opened at ${describePosition(this.src, open.offset)}) was expected`,
      );
    }
  }

  private readStartTag(): void {
    const tagStart = this.pos;
    this.pos += 1;
    const name = this.readName('element');
    const attributes = this.readAttributes(name);
    const selfClosing = this.startsWith('/>');
    if (!selfClosing && this.src[this.pos] !== '>') {
      throw malformed(this.src, this.pos, `the tag <${name}> not closed with ">" or "/>"`);
    }
    this.pos += selfClosing ? 2 : 1;
    const colon = name.indexOf(':');
    const element: XmlElement = { name, localName: name.slice(colon + 1), attributes, children: [] };
    this.attach(element, tagStart);
    if (!selfClosing) this.open(element, tagStart);
  }

  private readAttributes(tagName: string): Map<string, string> {
    const attributes = new Map<string, string>();
    for (;;) {
      const spaced = this.skipSpace();
      const next = this.src[this.pos];
      if (next === '>' || next === '/' || next === undefined) return attributes;
      if (!spaced)
        throw malformed(this.src, this.pos, `attributes of <${tagName}> not separated by whitespace`);
      const nameAt = this.pos;
      const name = this.readName('attribute');
      if (attributes.has(name)) throw malformed(this.src, nameAt, `the attribute "${name}" given twice`);
      if (attributes.size >= this.limits.maxAttributes) {
        throw malformed(
          this.src,
          nameAt,
          `more than ${this.limits.maxAttributes} attributes on <${tagName}>`,
        );
      }
      attributes.set(name, this.readAttributeValue(name));
    }
  }

  private readAttributeValue(name: string): string {
    this.skipSpace();
    if (this.src[this.pos] !== '=')
      throw malformed(this.src, this.pos, `the attribute "${name}" without "="`);
    this.pos += 1;
    this.skipSpace();
    const quote = this.src[this.pos];
    if (quote !== '"' && quote !== "'") {
      throw malformed(this.src, this.pos, `the value of attribute "${name}" not in quotes`);
    }
    const end = this.src.indexOf(quote, this.pos + 1);
    if (end === -1) throw malformed(this.src, this.pos, `the value of attribute "${name}" never closed`);
    const raw = decodeCharacters(this.src, this.pos + 1, end, true);
    this.pos = end + 1;
    // Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace becomes a space.
    return raw.replace(/[\t\n\r]/g, ' ');
  }

  private attach(element: XmlElement, offset: number): void {
    this.elementCount += 1;
    if (this.elementCount > this.limits.maxElements) {
      throw new ParseFailure(
        'too-large',
        `The XML has more than ${this.limits.maxElements.toLocaleString('en-US')} elements; ` +
          'an ownership filing has a few thousand at most. This is not a Form 3/4/5 XML file.',
      );
    }
    const parent = this.stack.at(-1);
    if (parent !== undefined) {
      parent.element.children.push(element);
      return;
    }
    if (this.root !== null) throw malformed(this.src, offset, `a second root element <${element.name}>`);
    this.root = element;
  }

  private open(element: XmlElement, offset: number): void {
    if (this.stack.length >= this.limits.maxDepth) {
      throw malformed(
        this.src,
        offset,
        `elements nested more than ${this.limits.maxDepth} levels deep (ownership XML nests about 7)`,
      );
    }
    this.stack.push({ element, offset });
  }

  private addText(text: string, offset: number): void {
    const parent = this.stack.at(-1);
    if (parent === undefined) {
      if (/^[ \t\r\n]*$/.test(text)) return;
      throw malformed(this.src, offset, 'text outside the root element');
    }
    const siblings = parent.element.children;
    const last = siblings.length - 1;
    if (last >= 0 && typeof siblings[last] === 'string') siblings[last] += text;
    else siblings.push(text);
  }
}

function forbiddenDeclaration(kind: string): ParseFailure {
  return new ParseFailure(
    'forbidden-xml',
    `The XML contains a <!${kind} declaration. For safety, XML with a DOCTYPE or entity declarations is ` +
      'never read (real EDGAR ownership XML has none). Use the XML file exactly as EDGAR serves it.',
  );
}

/** Parse a whole XML document into its root element. */
export function parseXml(source: string, limits: XmlLimits = DEFAULT_XML_LIMITS): XmlElement {
  if (source.length > limits.maxChars) {
    throw new ParseFailure(
      'too-large',
      `The XML is ${source.length.toLocaleString('en-US')} characters long; the limit is ` +
        `${limits.maxChars.toLocaleString('en-US')}. An ownership filing is far smaller: check that this is a Form 3/4/5 XML file.`,
    );
  }
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  return new TreeBuilder(text, limits).build();
}
