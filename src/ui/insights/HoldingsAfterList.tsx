/** What the insider holds after the filing, per security and ownership form. */
import { formatDollars, formatPrice, formatShares, type HoldingAfter } from '../../core/insights';
import { formatDate } from '../filing/format';
import { RowLinks } from './RowLinks';

export function HoldingsAfterList({ holdings }: { holdings: HoldingAfter[] }) {
  return (
    <ul class="insight-list holdings-after">
      {holdings.map((holding) => (
        <li key={holding.row.path} data-testid="holding-after">
          <strong>
            {holding.unit === 'dollars' ? formatDollars(holding.amount) : formatShares(holding.amount)}
          </strong>{' '}
          {holding.unit === 'dollars' && <span class="muted">(a dollar value, not shares) </span>}
          {holding.securityTitle}
          {holding.table === 'derivative' && holding.conversionOrExercisePrice !== null && (
            <> at {formatPrice(holding.conversionOrExercisePrice)}</>
          )}
          {holding.table === 'derivative' && holding.expirationDate && (
            <>, expiring {formatDate(holding.expirationDate)}</>
          )}
          {' · '}
          <span class="muted">{ownershipText(holding)}</span>{' '}
          <span class="muted small">
            (<RowLinks rows={[holding.row]} />)
          </span>
        </li>
      ))}
    </ul>
  );
}

function ownershipText(holding: HoldingAfter): string {
  if (holding.directOrIndirectOwnership === 'D') return 'direct';
  if (holding.directOrIndirectOwnership === 'I')
    return holding.natureOfOwnership ? `indirect, ${holding.natureOfOwnership}` : 'indirect';
  return 'ownership form not given';
}
