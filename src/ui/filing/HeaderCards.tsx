/**
 * The top of the form as cards: the issuer with its ticker; the form with its
 * period and its flags (amendment, Rule 10b5-1 plan, no longer subject to
 * Section 16); and each reporting owner with relationship, title and address.
 */
import type { ComponentChildren } from 'preact';
import { FORM_BOX_EXPLANATIONS, RELATIONSHIP_EXPLANATIONS, type RelationshipBox } from '../../core/codes';
import type { ReportingOwner } from '../../core/filing';
import type { Rule10b5One } from '../../core/insights';
import { useFilingContext } from './context';
import { FORM_TITLES, PERIOD_LABELS, formatDate } from './format';
import { Value } from './Value';

export function HeaderCards({ plan }: { plan: Rule10b5One }) {
  const { filing, idPrefix } = useFilingContext();
  const baseForm = filing.documentType.replace('/A', '');
  return (
    <header class="header-cards">
      <div class="card issuer-card">
        <p class="card-kicker">Issuer</p>
        <h2 class="issuer" id={`${idPrefix}-issuer`}>
          <Value path="issuer.name" class="issuer-name">
            {filing.issuer.name || 'Issuer not found'}
          </Value>
          {filing.issuer.tradingSymbol && (
            <Value path="issuer.tradingSymbol" class="ticker">
              {filing.issuer.tradingSymbol}
            </Value>
          )}
        </h2>
        {filing.issuer.cik && <p class="muted small">CIK {filing.issuer.cik}</p>}
      </div>
      <div class="card form-card">
        <p class="card-kicker">
          <Value path="documentType" class="form-type">
            Form {filing.documentType}
          </Value>
        </p>
        <p class="form-title">{FORM_TITLES[baseForm] ?? ''}</p>
        <dl class="facts">
          <Fact label={PERIOD_LABELS[baseForm] ?? 'Period of report'}>
            <Value path="periodOfReport" class="period">
              {formatDate(filing.periodOfReport) || 'not given'}
            </Value>
          </Fact>
          {filing.dateOfOriginalSubmission && (
            <Fact label="Original filed">
              <Value path="dateOfOriginalSubmission">{formatDate(filing.dateOfOriginalSubmission)}</Value>
            </Fact>
          )}
        </dl>
        <Flags plan={plan} />
      </div>
      <ul
        class="owner-cards"
        aria-label={filing.reportingOwners.length === 1 ? 'Reporting owner' : 'Reporting owners'}
      >
        {filing.reportingOwners.length === 0 && <li class="card muted">No reporting owner found.</li>}
        {filing.reportingOwners.map((owner, i) => (
          <OwnerCard key={i} owner={owner} index={i} />
        ))}
      </ul>
    </header>
  );
}

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface FlagInfo {
  key: string;
  label: string;
  /** Said to screen readers with the label; shown on hover. */
  title: string;
  tone: 'info' | 'plain';
}

function Flags({ plan }: { plan: Rule10b5One }) {
  const { filing } = useFilingContext();
  const flags: FlagInfo[] = [];
  if (filing.documentType.endsWith('/A')) {
    const { label, explanation } = FORM_BOX_EXPLANATIONS.dateOfOriginalSubmission;
    flags.push({ key: 'amendment', label, title: explanation, tone: 'info' });
  }
  flags.push(planFlag(filing.aff10b5One, plan));
  if (filing.notSubjectToSection16) {
    const { label, explanation } = FORM_BOX_EXPLANATIONS.notSubjectToSection16;
    flags.push({ key: 'section16', label, title: explanation, tone: 'info' });
  }
  if (filing.noSecuritiesOwned)
    flags.push({
      key: 'none-owned',
      label: 'No securities owned',
      title: 'The person owned none of the issuer’s securities when this statement was made.',
      tone: 'plain',
    });
  return (
    <ul class="flags" aria-label="Boxes and flags">
      {flags.map((flag) => (
        <li key={flag.key} class={`flag ${flag.tone}`} data-flag={flag.key} title={flag.title}>
          <span class="flag-label">{flag.label}</span>
          <span class="flag-detail">{flag.title}</span>
        </li>
      ))}
    </ul>
  );
}

function planFlag(box: boolean | null, plan: Rule10b5One): FlagInfo {
  const explanation = FORM_BOX_EXPLANATIONS.aff10b5One.explanation;
  if (box === true)
    return { key: '10b5-1', label: '10b5-1 plan: box ticked', title: explanation, tone: 'info' };
  if (plan.rows.length > 0)
    return {
      key: '10b5-1',
      label: `10b5-1 plan: ${plan.rows.length} ${plan.rows.length === 1 ? 'trade' : 'trades'} per footnote`,
      title: explanation,
      tone: 'info',
    };
  if (box === false)
    return { key: '10b5-1', label: '10b5-1 box not ticked', title: explanation, tone: 'plain' };
  return {
    key: '10b5-1',
    label: 'No 10b5-1 box on this form',
    title:
      'Forms before April 2023 have no Rule 10b5-1 box; a footnote may still say a trade was under a plan.',
    tone: 'plain',
  };
}

const BOXES: readonly RelationshipBox[] = ['isDirector', 'isOfficer', 'isTenPercentOwner', 'isOther'];

function OwnerCard({ owner, index }: { owner: ReportingOwner; index: number }) {
  const { filing } = useFilingContext();
  const base = `reportingOwners[${index}]`;
  const roles = BOXES.filter((box) => owner[box]);
  return (
    <li class="card owner-card">
      <p class="card-kicker">Reporting owner</p>
      <p class="owner-name">
        <Value path={`${base}.name`}>{owner.name || 'Name not found'}</Value>
      </p>
      <ul class="roles" aria-label="Relationship to issuer">
        {roles.length === 0 && <li class="role muted">Relationship not given</li>}
        {roles.map((box) => (
          <li key={box} class="role" title={RELATIONSHIP_EXPLANATIONS[box].explanation}>
            <Value path={`${base}.${box}`}>{roleText(owner, box, filing.remarks)}</Value>
          </li>
        ))}
      </ul>
      <Address owner={owner} base={base} />
    </li>
  );
}

/** Filers often write "See Remarks" under the box and the title in Remarks: show both. */
const SEE_REMARKS = /^see remarks?\.?$/i;
const MAX_TITLE_FROM_REMARKS = 120;

function roleText(owner: ReportingOwner, box: RelationshipBox, remarks: string | null): string {
  const label = RELATIONSHIP_EXPLANATIONS[box].label;
  const written = box === 'isOfficer' ? owner.officerTitle : box === 'isOther' ? owner.otherText : null;
  if (!written) return label;
  if (SEE_REMARKS.test(written.trim()) && remarks && remarks.length <= MAX_TITLE_FROM_REMARKS)
    return `${label}: ${remarks} (from Remarks)`;
  return `${label}: ${written}`;
}

function Address({ owner, base }: { owner: ReportingOwner; base: string }) {
  const lines: [string, string][] = [];
  if (owner.street1) lines.push([`${base}.street1`, owner.street1]);
  if (owner.street2) lines.push([`${base}.street2`, owner.street2]);
  const place = [owner.city, [owner.state, owner.zip].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  if (place) lines.push([`${base}.city`, place]);
  if (lines.length === 0 && !owner.cik) return null;
  return (
    <address>
      {lines.map(([path, text]) => (
        <Value key={path} path={path}>
          {text}
        </Value>
      ))}
      {owner.cik && <span class="muted small">CIK {owner.cik}</span>}
    </address>
  );
}
