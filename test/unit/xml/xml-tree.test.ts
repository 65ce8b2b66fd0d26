import { describe, expect, it } from 'vitest';
import { ParseFailure, type ParseErrorCode } from '../../../src/core/errors';
import { parseXml, DEFAULT_XML_LIMITS, type XmlElement } from '../../../src/core/xml/xml-tree';
import { textContent } from '../../../src/core/xml/xml-fields';

function failure(run: () => unknown): ParseFailure {
  try {
    run();
  } catch (err) {
    if (err instanceof ParseFailure) return err;
    throw err;
  }
  throw new Error('expected a ParseFailure, but parsing succeeded');
}

function expectFailure(source: string, code: ParseErrorCode, messagePart?: RegExp): ParseFailure {
  const err = failure(() => parseXml(source));
  expect(err.code).toBe(code);
  if (messagePart !== undefined) expect(err.message).toMatch(messagePart);
  return err;
}

const only = (element: XmlElement, index = 0): XmlElement => {
  const child = element.children.filter((c) => typeof c !== 'string')[index];
  if (child === undefined || typeof child === 'string') throw new Error('no such child element');
  return child;
};

describe('parseXml: what it accepts', () => {
  it('builds elements, attributes and text in document order', () => {
    const root = parseXml('<?xml version="1.0"?>\n<a x="1" y=\'two\'>hi<b/>there<c z="3">deep</c></a>');
    expect(root.name).toBe('a');
    expect([...root.attributes]).toEqual([
      ['x', '1'],
      ['y', 'two'],
    ]);
    expect(root.children.map((c) => (typeof c === 'string' ? c : `<${c.name}>`))).toEqual([
      'hi',
      '<b>',
      'there',
      '<c>',
    ]);
    expect(only(root, 1).attributes.get('z')).toBe('3');
    expect(textContent(root)).toBe('hitheredeep');
  });

  it('decodes the five predefined entities and numeric character references', () => {
    const root = parseXml(
      '<a t="&quot;&apos;&lt;&#65;">&lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x1F600;&#233;</a>',
    );
    expect(textContent(root)).toBe('<>&"\' AB\u{1F600}é');
    expect(root.attributes.get('t')).toBe('"\'<A');
  });

  it('keeps CDATA content verbatim, markup and entity text included', () => {
    const root = parseXml('<a>x<![CDATA[<b>&amp; ]] > </b>]]>y</a>');
    expect(textContent(root)).toBe('x<b>&amp; ]] > </b>y');
    expect(root.children).toHaveLength(1);
  });

  it('skips comments and processing instructions, and a leading byte order mark', () => {
    const root = parseXml(
      '\uFEFF<?xml version="1.0"?><!-- c <a> --><r><?pi data?>t<!-- x --></r><!-- after -->',
    );
    expect(root.name).toBe('r');
    expect(textContent(root)).toBe('t');
  });

  it('gives namespaced names a local name', () => {
    const root = parseXml('<x:doc xmlns:x="urn:x"><x:item/></x:doc>');
    expect(root.localName).toBe('doc');
    expect(only(root).localName).toBe('item');
  });

  it('normalises literal whitespace in attribute values', () => {
    expect(parseXml('<a t="1\t2\n3"/>').attributes.get('t')).toBe('1 2 3');
  });
});

describe('parseXml: DTDs are never read', () => {
  it('refuses any DOCTYPE, even an empty one', () => {
    expectFailure('<!DOCTYPE ownershipDocument><ownershipDocument/>', 'forbidden-xml', /DOCTYPE/);
  });

  it('refuses the billion-laughs document without expanding anything', () => {
    const levels = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('\n');
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol0 "lol">\n${levels}\n]>\n<lolz>&lol9;</lolz>`;
    expectFailure(bomb, 'forbidden-xml');
  });

  it('refuses external entities (XXE)', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>';
    expectFailure(xxe, 'forbidden-xml');
  });

  it('refuses a bare entity or element declaration outside a DOCTYPE', () => {
    expectFailure('<!ENTITY x "y"><r/>', 'forbidden-xml', /ENTITY/);
    expectFailure('<r><!ELEMENT r ANY></r>', 'forbidden-xml');
  });

  it('does not treat DOCTYPE text inside a comment or CDATA as a declaration', () => {
    expect(textContent(parseXml('<r><!-- <!DOCTYPE x> --><![CDATA[<!ENTITY y "z">]]></r>'))).toBe(
      '<!ENTITY y "z">',
    );
  });

  it('refuses undefined entities instead of guessing (&nbsp; is HTML, not XML)', () => {
    expectFailure('<r>a&nbsp;b</r>', 'malformed-xml', /&nbsp;/);
  });
});

describe('parseXml: malformed input fails with where and what to do', () => {
  const cases: [string, string, RegExp][] = [
    ['unclosed element', '<a><b>text</b>', /<a> .*still open/],
    [
      'mismatched closing tag',
      '<a>\n  <b>text</c>\n</a>',
      /at line 2, column 10: the closing tag <\/c> where <\/b> \(opened at line 2, column 3\)/,
    ],
    ['closing tag with nothing open', '<a/></a>', /no element open/],
    ['two roots', '<a/><b/>', /second root/],
    ['text outside the root', 'hello <a/>', /text outside the root/],
    ['plain garbage', 'this is not xml', /text outside the root/],
    ['empty document', '', /no root element/],
    ['unquoted attribute', '<a x=1/>', /not in quotes/],
    ['duplicate attribute', '<a x="1" x="2"/>', /given twice/],
    ['"<" in an attribute value', '<a x="<"/>', /inside an attribute value/],
    ['attributes run together', '<a x="1"y="2"/>', /not separated/],
    ['bare ampersand', '<a>Smith & Co</a>', /bare "&"/],
    ['unterminated comment', '<a><!-- never closed</a>', /comment/],
    ['unterminated CDATA', '<a><![CDATA[ open</a>', /CDATA/],
    ['invalid character reference', '<a>&#0;</a>', /does not allow/],
    ['tag cut off', '<a><b', /not closed/],
    ['invalid element name', '<1a/>', /invalid element name/],
  ];
  it.each(cases)('%s', (_label, source, message) => {
    const err = expectFailure(source, 'malformed-xml', message);
    expect(err.message).toMatch(/line \d+, column \d+/);
    expect(err.message).toMatch(/download the filing’s XML again/);
  });
});

describe('parseXml: bounded input', () => {
  it('fails on very deep nesting with a clear error and no stack overflow', () => {
    const depth = 100_000;
    const deep = '<a>'.repeat(depth) + '</a>'.repeat(depth);
    expectFailure(deep, 'malformed-xml', /nested more than 64 levels/);
  });

  it('accepts nesting up to the limit', () => {
    const depth = DEFAULT_XML_LIMITS.maxDepth;
    expect(parseXml('<a>'.repeat(depth) + '</a>'.repeat(depth)).name).toBe('a');
  });

  it('refuses input over the size limit before parsing it', () => {
    const limits = { ...DEFAULT_XML_LIMITS, maxChars: 1000 };
    const err = failure(() => parseXml(`<a>${'x'.repeat(1000)}</a>`, limits));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/limit is 1,000/);
  });

  it('refuses documents with too many elements', () => {
    const limits = { ...DEFAULT_XML_LIMITS, maxElements: 100 };
    const err = failure(() => parseXml(`<r>${'<x/>'.repeat(100)}</r>`, limits));
    expect(err.code).toBe('too-large');
  });

  it('refuses elements with too many attributes', () => {
    const attributes = Array.from({ length: 65 }, (_, i) => `a${i}="1"`).join(' ');
    expectFailure(`<r ${attributes}/>`, 'malformed-xml', /more than 64 attributes/);
  });
});
