/**
 * A minimal indented XML writer for the ownership export. Element names are
 * ours (fixed strings); every value and attribute is escaped here, and
 * characters XML 1.0 cannot carry at all (control characters, lone
 * surrogates) become U+FFFD rather than producing a file no parser accepts.
 */

/** Characters outside XML 1.0 `Char` (lone surrogates included). */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point: XML cannot carry them
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function xmlSafe(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

export function escapeText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Expand "1e-7" / "1.5e+21" into plain digits: the schema's decimal type has no exponent. */
function expandExponent(text: string): string {
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign, whole, fraction = '', exponentText] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponentText);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A JSON number as an XML decimal that reads back to the same number. */
export function formatDecimal(value: number): string {
  return expandExponent(String(value));
}

export function formatBoolean(value: boolean): string {
  return value ? '1' : '0';
}

export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly openNames: string[] = [];

  private indent(): string {
    return '  '.repeat(this.openNames.length);
  }

  open(name: string): this {
    this.lines.push(`${this.indent()}<${name}>`);
    this.openNames.push(name);
    return this;
  }

  close(): this {
    const name = this.openNames.pop();
    if (name === undefined) throw new Error('XmlWriter.close() with no element open');
    this.lines.push(`${this.indent()}</${name}>`);
    return this;
  }

  /** <name>text</name>; nothing when the value is null. */
  leaf(name: string, text: string | null): this {
    if (text !== null) this.lines.push(`${this.indent()}<${name}>${escapeText(text)}</${name}>`);
    return this;
  }

  emptyWithAttribute(name: string, attribute: string, value: string): this {
    this.lines.push(`${this.indent()}<${name} ${attribute}="${escapeAttribute(value)}"/>`);
    return this;
  }

  leafWithAttribute(name: string, attribute: string, value: string, text: string): this {
    this.lines.push(
      `${this.indent()}<${name} ${attribute}="${escapeAttribute(value)}">${escapeText(text)}</${name}>`,
    );
    return this;
  }

  /**
   * An ownership field: <name><value>…</value><footnoteId id="F1"/></name>.
   * Written only when it has a value or footnotes, as the schema asks.
   */
  field(name: string, text: string | null, footnoteIds: readonly string[] = []): this {
    if (text === null && footnoteIds.length === 0) return this;
    this.open(name);
    this.leaf('value', text);
    for (const id of footnoteIds) this.emptyWithAttribute('footnoteId', 'id', id);
    return this.close();
  }

  toString(): string {
    if (this.openNames.length > 0) throw new Error(`XmlWriter: <${this.openNames.join('>, <')}> still open`);
    return this.lines.join('\n') + '\n';
  }
}
