/**
 * Linking an amendment (Form 4/A …) to the filing it amends. The amendment
 * prints "Date Original Filed"; the original is the same form type, for the
 * same issuer and reporting person, with the same period of report. Among
 * several such filings, one signed on the original-filing date wins.
 */
import type { DocumentType, Filing } from '../filing';
import { createIdentityResolver, sameIssuer, shareAnOwner, type IdentityResolver } from './identity';
import type { LibraryEntry } from './rows';

export function isAmendment(filing: Filing): boolean {
  return filing.documentType.endsWith('/A');
}

export function baseDocumentType(type: DocumentType): '3' | '4' | '5' {
  return type.charAt(0) as '3' | '4' | '5';
}

/** Why a candidate is taken as the original; `signedOnOriginalDate` makes the link firm. */
export interface OriginalLink {
  candidateIndex: number;
  /** A signature on the candidate is dated the amendment's "Date Original Filed". */
  signedOnOriginalDate: boolean;
}

/** Same issuer, a shared reporting person, same period, the base form type; the amendment names its original date. */
export function couldBeOriginal(amendment: Filing, candidate: Filing): boolean {
  return (
    isAmendment(amendment) &&
    amendment.dateOfOriginalSubmission !== null &&
    candidate !== amendment &&
    candidate.documentType === baseDocumentType(amendment.documentType) &&
    amendment.periodOfReport !== null &&
    candidate.periodOfReport === amendment.periodOfReport &&
    sameIssuer(amendment.issuer, candidate.issuer) &&
    shareAnOwner(amendment, candidate)
  );
}

function signedOn(filing: Filing, date: string | null): boolean {
  return date !== null && filing.signatures.some((signature) => signature.date === date);
}

/** The filing among `candidates` that the amendment amends, or null when none fits. */
export function findOriginal(amendment: Filing, candidates: readonly Filing[]): OriginalLink | null {
  let best: OriginalLink | null = null;
  candidates.forEach((candidate, candidateIndex) => {
    if (!couldBeOriginal(amendment, candidate)) return;
    const signedOnOriginalDate = signedOn(candidate, amendment.dateOfOriginalSubmission);
    if (best === null || (signedOnOriginalDate && !best.signedOnOriginalDate)) {
      best = { candidateIndex, signedOnOriginalDate };
    }
  });
  return best;
}

function originalKeys(filing: Filing, resolver: IdentityResolver): string[] {
  const issuer = resolver.issuerKey(filing);
  const base = baseDocumentType(filing.documentType);
  return filing.reportingOwners.map((owner) =>
    [issuer, resolver.ownerKey(owner), filing.periodOfReport, base].join('|'),
  );
}

/**
 * Ids of filings that an amendment in the same set replaces, in one pass with
 * a hash map (no pairwise comparison). Where several filings fit, only the one
 * signed on the original-filing date is replaced; if that does not single one
 * out, none is, so nothing is dropped on a guess.
 */
export function supersededOriginals(
  entries: readonly LibraryEntry[],
  resolver?: IdentityResolver,
): Set<string> {
  const identity = resolver ?? createIdentityResolver(entries.map((entry) => entry.filing));
  const byKey = new Map<string, LibraryEntry[]>();
  for (const entry of entries) {
    if (isAmendment(entry.filing) || entry.filing.periodOfReport === null) continue;
    for (const key of originalKeys(entry.filing, identity)) {
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [entry]);
      else list.push(entry);
    }
  }
  const superseded = new Set<string>();
  for (const entry of entries) {
    const amendment = entry.filing;
    if (
      !isAmendment(amendment) ||
      amendment.dateOfOriginalSubmission === null ||
      amendment.periodOfReport === null
    )
      continue;
    const fits = new Map<string, LibraryEntry>();
    for (const key of originalKeys(amendment, identity))
      for (const found of byKey.get(key) ?? []) fits.set(found.id, found);
    const candidates = [...fits.values()];
    const signed = candidates.filter((candidate) =>
      signedOn(candidate.filing, amendment.dateOfOriginalSubmission),
    );
    const chosen = candidates.length === 1 ? candidates : signed.length === 1 ? signed : [];
    chosen.forEach((candidate) => superseded.add(candidate.id));
  }
  return superseded;
}
