/** Reporting owners: name, address and relationship to the issuer. */
import type { ReportingOwner } from '../../core/filing';

export function Owners({ owners }: { owners: ReportingOwner[] }) {
  return (
    <section>
      <h3>Reporting {owners.length === 1 ? 'Owner' : 'Owners'}</h3>
      {owners.length === 0 ? (
        <p class="muted">No reporting owner found.</p>
      ) : (
        <ul class="owners">
          {owners.map((owner, i) => (
            <li key={i} class="owner">
              <strong class="owner-name">{owner.name}</strong>
              <span class="relationship">{relationship(owner).join(' · ') || 'Relationship not given'}</span>
              <Address owner={owner} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Address({ owner }: { owner: ReportingOwner }) {
  const cityLine = [owner.city, [owner.state, owner.zip].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(', ');
  const lines = [owner.street1, owner.street2, cityLine].filter((line): line is string => Boolean(line));
  if (lines.length === 0 && !owner.cik) return null;
  return (
    <address>
      {lines.map((line) => (
        <span key={line}>{line}</span>
      ))}
      {owner.cik && <span>CIK {owner.cik}</span>}
    </address>
  );
}

export function relationship(owner: ReportingOwner): string[] {
  const roles: string[] = [];
  if (owner.isDirector) roles.push('Director');
  if (owner.isOfficer) roles.push(owner.officerTitle ? `Officer (${owner.officerTitle})` : 'Officer');
  if (owner.isTenPercentOwner) roles.push('10% Owner');
  if (owner.isOther) roles.push(owner.otherText ? `Other (${owner.otherText})` : 'Other');
  return roles;
}
