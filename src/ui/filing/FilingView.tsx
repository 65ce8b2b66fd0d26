/**
 * One filing: header cards, warnings, Tables I and II (or the EDGAR layout),
 * the original PDF page beside them with the selected value highlighted,
 * exports, and what the rows add up to. With the library passed in, also the
 * amendment link and the insider's holdings over time.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { Filing } from '../../core/filing';
import { filingInsights, type LibraryEntry } from '../../core/insights';
import type { Provenance } from '../../core/words';
import { ExportButtons } from '../export/ExportButtons';
import { AmendmentPanel } from '../insights/AmendmentPanel';
import { FilingInsights } from '../insights/FilingInsights';
import { InsiderHistory } from '../insights/InsiderHistory';
import { PdfPane } from '../pdf/PdfPane';
import { ShareButton } from '../share/ShareButton';
import type { PdfSource } from '../pdf/use-page-images';
import { FilingContext, type FilingContextValue } from './context';
import { FormView } from './FormView';
import { HeaderCards } from './HeaderCards';
import { focusPathIn, focusFootnoteIn } from './focus-path';
import { footnotePlaces, mergeWarnings, warningsByPath, describeAnyPath } from './paths';
import { TablesView } from './TablesView';
import { Tooltip, useTip } from './Tooltip';
import { SeeOnPage } from './SeeOnPage';
import { useStackedLayout } from './use-narrow';
import { usePdfSource } from './use-pdf-source';
import { Warnings } from './Warnings';
import './filing.css';

export interface FilingViewProps {
  filing: Filing;
  /** Where each value was read (PDF only): enables the highlight on the page. */
  provenance?: Provenance;
  /** The original file (PDF bytes or the File); its pages are drawn beside the tables. */
  original?: PdfSource | null;
  fileName?: string;
  /** Every stored filing ({ id, filing }): enables the amendment link and holdings over time. */
  library?: readonly LibraryEntry[];
  /** This filing's id in `library`. */
  entryId?: string;
  onOpenEntry?: (id: string) => void;
  /** Prefix for element ids, unique on the page (generated when omitted). */
  idPrefix?: string;
}

type Mode = 'tables' | 'form';

const NO_PROVENANCE: Provenance = {};

export function FilingView(props: FilingViewProps) {
  const { filing, provenance = NO_PROVENANCE, fileName = 'the original file', library } = props;
  const generatedId = useId();
  const idPrefix = props.idPrefix ?? `filing${generatedId.replace(/[^A-Za-z0-9]/g, '')}`;
  const hostRef = useRef<HTMLElement>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('tables');
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);
  const [tip, tipControls] = useTip();
  const pdf = usePdfSource(props.original ?? null);
  const stacked = useStackedLayout();
  const [aside, setAside] = useState<HTMLElement | null>(null);
  const insights = useMemo(() => filingInsights(filing), [filing]);
  const warnings = useMemo(() => mergeWarnings(filing.warnings, insights.warnings), [filing, insights]);

  const focusPath = useCallback(
    (path: string) => {
      if (mode !== 'tables' && /^(non)?[dD]erivative/.test(path)) {
        setMode('tables');
        setPendingFocus(path);
      } else focusPathIn(hostRef.current, path);
    },
    [mode],
  );
  useEffect(() => {
    if (pendingFocus === null) return;
    focusPathIn(hostRef.current, pendingFocus);
    setPendingFocus(null);
  }, [pendingFocus]);

  // Indexes change with the filing only; the selection changes with every click and key press.
  const indexes = useMemo(
    () => ({
      warnings: warningsByPath(warnings),
      footnotes: new Map(filing.footnotes.map((note) => [note.id, note])),
      markerPlaces: footnotePlaces(filing),
    }),
    [filing, warnings],
  );
  const context = useMemo<FilingContextValue>(
    () => ({
      ...indexes,
      filing,
      provenance,
      idPrefix,
      selected,
      select: setSelected,
      tip: tipControls,
      focusPath,
      focusFootnote: (id) => focusFootnoteIn(hostRef.current, idPrefix, id),
    }),
    [indexes, filing, provenance, idPrefix, selected, tipControls, focusPath],
  );

  const viewTitleId = `${idPrefix}-view-title`;
  return (
    <FilingContext.Provider value={context}>
      <article
        ref={hostRef}
        class="filing-view"
        onKeyDown={(event) => {
          // Escape first closes the floating note; only a second Escape reaches the card (which closes it).
          if (event.key !== 'Escape' || !tip) return;
          tipControls.hide();
          event.stopPropagation();
        }}
        aria-labelledby={`${idPrefix}-issuer`}
        data-mode={mode}
        data-entry-id={props.entryId}
      >
        <HeaderCards plan={insights.rule10b5One} />
        <Warnings warnings={warnings} />
        <div class="filing-toolbar">
          <div class="view-switch" role="group" aria-labelledby={viewTitleId}>
            <span id={viewTitleId} class="visually-hidden">
              Show the filing as
            </span>
            <button
              type="button"
              class="quiet"
              aria-pressed={mode === 'tables'}
              onClick={() => setMode('tables')}
            >
              Tables
            </button>
            <button
              type="button"
              class="quiet"
              aria-pressed={mode === 'form'}
              onClick={() => setMode('form')}
            >
              Form view (EDGAR layout)
            </button>
          </div>
          <ExportButtons filing={filing} />
          <ShareButton filing={filing} />
        </div>
        <div class={`filing-body${pdf ? ' with-pdf' : ''}`}>
          <div class="filing-main">
            {mode === 'tables' ? <TablesView /> : <FormView filing={filing} labelledBy={viewTitleId} />}
          </div>
          {pdf && (
            <aside class="filing-aside" ref={setAside}>
              <PdfPane
                source={pdf}
                fileName={fileName}
                provenance={provenance}
                selected={selected}
                selectedLabel={selected ? describeAnyPath(selected) : null}
                idPrefix={idPrefix}
                onBackToValue={stacked && selected ? () => focusPath(selected) : undefined}
              />
            </aside>
          )}
        </div>
        <FilingInsights insights={insights} />
        {library && (
          <>
            <AmendmentPanel
              filing={filing}
              entryId={props.entryId}
              library={library}
              onOpenEntry={props.onOpenEntry}
              idPrefix={idPrefix}
            />
            <InsiderHistory filing={filing} entryId={props.entryId} library={library} idPrefix={idPrefix} />
          </>
        )}
        {!library && filing.documentType.endsWith('/A') && (
          <AmendmentPanel filing={filing} entryId={props.entryId} library={[]} idPrefix={idPrefix} />
        )}
        {pdf && stacked && selected && (provenance[selected]?.length ?? 0) > 0 && (
          <SeeOnPage pane={aside} label={describeAnyPath(selected)} />
        )}
        <Tooltip tip={tip} host={hostRef} />
      </article>
    </FilingContext.Provider>
  );
}
