/**
 * Who is who across filings. EDGAR XML carries CIKs; a PDF usually does not, and
 * prints names in its own way ("Olson Jon A" on one form, "Jon A. Olson" on
 * another). A CIK decides when both sides have one; otherwise names are
 * compared with case, punctuation and word order ignored, and a name seen
 * elsewhere with a CIK takes that CIK, so PDF and XML filings of one person
 * land in one group.
 */
import type { Filing, Issuer, ReportingOwner } from '../filing';

const COMPANY_SUFFIXES = new Set([
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'ltd',
  'plc',
  'llc',
  'lp',
  'the',
]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '');
}

/** A person's name with case, punctuation and word order ignored. */
export function normalisePersonName(name: string): string {
  return words(name).sort().join(' ');
}

/** A company name with case, punctuation and "Inc."/"Corp." style suffixes ignored. */
export function normaliseCompanyName(name: string): string {
  return words(name)
    .filter((word) => !COMPANY_SUFFIXES.has(word))
    .join(' ');
}

/** CIKs are printed with and without leading zeros. */
export function normaliseCik(cik: string | null): string | null {
  if (cik === null) return null;
  const digits = cik.replace(/\D/g, '').replace(/^0+/, '');
  return digits === '' ? null : digits;
}

function sameByCikOrName(
  a: { cik: string | null; name: string },
  b: { cik: string | null; name: string },
  normalise: (name: string) => string,
): boolean {
  const [cikA, cikB] = [normaliseCik(a.cik), normaliseCik(b.cik)];
  if (cikA !== null && cikB !== null) return cikA === cikB;
  const nameA = normalise(a.name);
  return nameA !== '' && nameA === normalise(b.name);
}

export function sameIssuer(a: Issuer, b: Issuer): boolean {
  if (sameByCikOrName(a, b, normaliseCompanyName)) return true;
  const bothCiks = normaliseCik(a.cik) !== null && normaliseCik(b.cik) !== null;
  const symbol = (issuer: Issuer) => (issuer.tradingSymbol ?? '').trim().toUpperCase();
  return !bothCiks && symbol(a) !== '' && symbol(a) === symbol(b);
}

export function sameOwner(a: ReportingOwner, b: ReportingOwner): boolean {
  return sameByCikOrName(a, b, normalisePersonName);
}

export function shareAnOwner(a: Filing, b: Filing): boolean {
  return a.reportingOwners.some((owner) => b.reportingOwners.some((other) => sameOwner(owner, other)));
}

export interface IdentityResolver {
  /** "cik:1318605" or "name:tesla" */
  issuerKey(filing: Filing): string;
  /** "cik:1494730" or "name:elon musk" */
  ownerKey(owner: ReportingOwner): string;
}

/** name → CIK, or null once two different CIKs claim the same name (then the name decides nothing). */
function learnCik(map: Map<string, string | null>, name: string, cik: string | null): void {
  if (name === '' || cik === null) return;
  const known = map.get(name);
  map.set(name, known === undefined || known === cik ? cik : null);
}

/** A library repeats the same few names thousands of times: normalise each once. */
function memoise(normalise: (name: string) => string): (name: string) => string {
  const seen = new Map<string, string>();
  return (name) => {
    let found = seen.get(name);
    if (found === undefined) seen.set(name, (found = normalise(name)));
    return found;
  };
}

/** One pass over the filings to learn which names go with which CIKs; keys are then stable for that set. */
export function createIdentityResolver(filings: Iterable<Filing>): IdentityResolver {
  const companyName = memoise(normaliseCompanyName);
  const personName = memoise(normalisePersonName);
  const issuerNames = new Map<string, string | null>();
  const issuerSymbols = new Map<string, string | null>();
  const ownerNames = new Map<string, string | null>();
  for (const filing of filings) {
    const issuerCik = normaliseCik(filing.issuer.cik);
    learnCik(issuerNames, companyName(filing.issuer.name), issuerCik);
    learnCik(issuerSymbols, (filing.issuer.tradingSymbol ?? '').trim().toUpperCase(), issuerCik);
    for (const owner of filing.reportingOwners)
      learnCik(ownerNames, personName(owner.name), normaliseCik(owner.cik));
  }
  return {
    issuerKey(filing) {
      const name = companyName(filing.issuer.name);
      const symbol = (filing.issuer.tradingSymbol ?? '').trim().toUpperCase();
      const cik =
        normaliseCik(filing.issuer.cik) ?? issuerNames.get(name) ?? issuerSymbols.get(symbol) ?? null;
      return cik !== null ? `cik:${cik}` : `name:${name}`;
    },
    ownerKey(owner) {
      const name = personName(owner.name);
      const cik = normaliseCik(owner.cik) ?? ownerNames.get(name) ?? null;
      return cik !== null ? `cik:${cik}` : `name:${name}`;
    },
  };
}
