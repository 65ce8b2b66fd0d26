/**
 * EDGAR full submissions (".txt" / ".nc" files) are SGML: a header, then one
 * <DOCUMENT> per attached file with its <TYPE>, and for ownership forms the
 * primary document's XML wrapped in <XML>…</XML>. SGML tags here are not
 * closed (<TYPE>4 runs to the end of the line or the next tag), so this is a
 * plain text scan, not XML parsing.
 */
import { ParseFailure } from '../errors';

const SGML_START = /^(?:\uFEFF)?\s*<(SEC-DOCUMENT|SEC-HEADER|IMS-DOCUMENT|SUBMISSION|DOCUMENT)>/i;
const OWNERSHIP_TYPES = new Set(['3', '3/A', '4', '4/A', '5', '5/A']);

export function isSgmlSubmission(source: string): boolean {
  return SGML_START.test(source.slice(0, 256));
}

interface SubmissionDocument {
  type: string;
  body: string;
}

function documentsOf(source: string): SubmissionDocument[] {
  const documents: SubmissionDocument[] = [];
  const upper = source.toUpperCase();
  let at = upper.indexOf('<DOCUMENT>');
  while (at !== -1) {
    const next = upper.indexOf('<DOCUMENT>', at + 10);
    const end = next === -1 ? source.length : next;
    const body = source.slice(at, end);
    const type = /<TYPE>([^<\r\n]*)/i.exec(body)?.[1]?.trim().toUpperCase() ?? '';
    documents.push({ type, body });
    at = next;
  }
  return documents;
}

function xmlBlockOf(body: string): string | null {
  const upper = body.toUpperCase();
  const open = upper.indexOf('<XML>');
  if (open === -1) return null;
  const close = upper.indexOf('</XML>', open);
  if (close === -1) return null;
  return body.slice(open + 5, close).trim();
}

/**
 * The ownership XML inside an SGML submission: the <XML> block of the
 * document whose TYPE is 3, 3/A, 4, 4/A, 5 or 5/A.
 */
export function extractOwnershipXmlFromSgml(source: string): string {
  const documents = documentsOf(source);
  for (const doc of documents) {
    if (!OWNERSHIP_TYPES.has(doc.type)) continue;
    const xml = xmlBlockOf(doc.body);
    if (xml !== null) return xml;
  }
  const types = documents.map((d) => d.type || '(untyped)').join(', ') || 'none';
  throw new ParseFailure(
    'not-ownership-form',
    `This EDGAR submission has no Form 3, 4 or 5 XML document (its documents: ${types}). ` +
      'Choose the submission of a Form 3, 4 or 5 filed in XML (2003 or later), or its XML file.',
  );
}
