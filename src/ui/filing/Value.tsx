/**
 * A value outside the tables (issuer name, period, an owner's name) that can
 * be selected like a cell: focusable when the PDF says where it was read, and
 * carrying the warnings that name its path.
 */
import type { ComponentChildren } from 'preact';
import { useFilingContext } from './context';
import { pathId, warningTextId } from './paths';

export function Value({
  path,
  children,
  class: className,
}: {
  path: string;
  children: ComponentChildren;
  class?: string;
}) {
  const { provenance, idPrefix, selected, select, warnings, tip } = useFilingContext();
  const located = (provenance[path]?.length ?? 0) > 0;
  const flagged = warnings.get(path) ?? [];
  const classes = [
    className,
    located ? 'locatable' : '',
    selected === path ? 'selected' : '',
    flagged.length ? 'has-warning' : '',
  ];
  const describedBy = flagged.map((w) => warningTextId(idPrefix, w.index)).join(' ');
  const tipContent =
    flagged.length > 0 ? (
      <>
        {flagged.map(({ warning, index }) => (
          <p key={index} class="tip-warning">
            <strong>Check:</strong> {warning.message}
          </p>
        ))}
      </>
    ) : null;
  return (
    <span
      id={pathId(idPrefix, path)}
      class={classes.filter(Boolean).join(' ')}
      data-path={path}
      tabIndex={located || flagged.length > 0 ? 0 : undefined}
      aria-describedby={describedBy || undefined}
      onFocus={(event) => {
        select(path);
        if (tipContent) tip.show(event.currentTarget as HTMLElement, tipContent);
      }}
      onBlur={(event) => tip.hide(event.currentTarget as HTMLElement)}
      onClick={(event) => located && (event.currentTarget as HTMLElement).focus()}
    >
      {children}
      {flagged.length > 0 && (
        <span class="cell-flag" aria-hidden="true">
          !
        </span>
      )}
    </span>
  );
}
