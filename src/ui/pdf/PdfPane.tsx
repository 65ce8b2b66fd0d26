/**
 * The original PDF beside the tables: its pages drawn in the worker, and over
 * them a box around every word the selected value was read from. Selecting
 * another value scrolls this pane (never the window) to its first box.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Provenance } from '../../core/words';
import type { PageImage } from '../../worker/render/render-client';
import { joinLines, lastFormPage, toPageRect, type PageRect } from './highlight';
import { PageCanvas } from './PageCanvas';
import { usePageImages, type PdfSource } from './use-page-images';
import './pdf.css';

export interface PdfPaneProps {
  source: PdfSource;
  fileName: string;
  provenance: Provenance;
  /** Field path of the selected value, and how to name it to a person. */
  selected: string | null;
  selectedLabel: string | null;
  idPrefix: string;
  /** Where the pane sits below the tables: return to the selected value. */
  onBackToValue?: () => void;
}

/** Pages drawn before anyone asks: the form's own pages when known, else the first three. */
const DEFAULT_FIRST_PAGES = 3;

export function PdfPane(props: PdfPaneProps) {
  const { source, fileName, provenance, selected, selectedLabel, idPrefix, onBackToValue } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [targetWidth, setTargetWidth] = useState<number | null>(null);
  const [zoomed, setZoomed] = useState(false);
  const firstPages = lastFormPage(provenance) ?? DEFAULT_FIRST_PAGES;
  const images = usePageImages(source, fileName, firstPages, targetWidth);
  const boxes = selected ? (provenance[selected] ?? []) : [];
  const rects = rectsFor(boxes, images.pages);

  useLayoutEffect(() => setTargetWidth(drawWidth(scrollRef.current)), []);
  useLayoutEffect(() => scrollToFirstHighlight(scrollRef.current), [selected, images.pages.length, zoomed]);

  const titleId = `${idPrefix}-pdf-title`;
  return (
    <section class="pdf-pane" aria-labelledby={titleId} data-testid="pdf-pane">
      <div class="pdf-bar">
        <h3 id={titleId}>Original PDF</h3>
        {onBackToValue && (
          <button type="button" class="quiet" onClick={onBackToValue}>
            ↑ Back to the value
          </button>
        )}
        <button type="button" class="quiet" aria-pressed={zoomed} onClick={() => setZoomed(!zoomed)}>
          {zoomed ? 'Fit width' : 'Zoom 2×'}
        </button>
      </div>
      <p class="pdf-status" aria-live="polite">
        {statusText(selectedLabel, boxes, images.status, images.error?.message ?? null)}
      </p>
      <div
        ref={scrollRef}
        class={`pdf-scroll${zoomed ? ' zoomed' : ''}`}
        tabIndex={0}
        aria-label="Pages of the original PDF"
      >
        {images.pages.map((image) => (
          <figure key={image.page} class="pdf-page" data-page={image.page}>
            <div class="pdf-page-box">
              <PageCanvas image={image} label={`Page ${image.page} of the original PDF`} />
              {rects
                .filter((rect) => rect.page === image.page)
                .map((rect, i) => (
                  <div
                    key={`${selected}-${i}`}
                    class="pdf-highlight"
                    data-testid="pdf-highlight"
                    style={rectStyle(rect)}
                  />
                ))}
            </div>
            <figcaption>
              Page {image.page}
              {images.pageCount !== null && ` of ${images.pageCount}`}
            </figcaption>
          </figure>
        ))}
        {images.status === 'drawing' && (
          <p class="muted pdf-drawing">Drawing page {images.pages.length + 1}…</p>
        )}
      </div>
      {images.status === 'done' && images.pageCount !== null && images.pageCount > images.pages.length && (
        <button type="button" class="quiet pdf-more" onClick={images.showAll}>
          {morePagesText(images.pageCount - images.pages.length)}
        </button>
      )}
    </section>
  );
}

function rectsFor(boxes: Provenance[string], pages: PageImage[]): PageRect[] {
  const sizes = new Map(pages.map((p) => [p.page, p]));
  return joinLines(boxes).flatMap((box) => {
    const size = sizes.get(box.page);
    return size ? [toPageRect(box, size.width, size.height)] : [];
  });
}

/** Custom properties set through the CSSOM (allowed under the CSP); pdf.css places the box from them. */
function rectStyle(rect: PageRect): Record<string, string> {
  return {
    '--hl-left': `${rect.left}%`,
    '--hl-top': `${rect.top}%`,
    '--hl-width': `${rect.width}%`,
    '--hl-height': `${rect.height}%`,
  };
}

/** Device pixels for a page image: sharp at the pane's width and still readable zoomed 2×. */
function drawWidth(pane: HTMLElement | null): number {
  const cssWidth = pane?.clientWidth || 600;
  return Math.round(Math.min(1800, Math.max(900, cssWidth * window.devicePixelRatio * 1.5)));
}

function scrollToFirstHighlight(pane: HTMLElement | null): void {
  const box = pane?.querySelector('.pdf-highlight');
  if (!pane || !box) return;
  const paneRect = pane.getBoundingClientRect();
  const boxRect = box.getBoundingClientRect();
  const fullyVisible =
    boxRect.top >= paneRect.top &&
    boxRect.bottom <= paneRect.bottom &&
    boxRect.left >= paneRect.left &&
    boxRect.right <= paneRect.right;
  if (fullyVisible) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  pane.scrollTo({
    top: pane.scrollTop + boxRect.top - paneRect.top - pane.clientHeight / 3,
    left: pane.scrollLeft + boxRect.left - paneRect.left - pane.clientWidth / 4,
    behavior: smooth ? 'smooth' : 'auto',
  });
}

function statusText(
  label: string | null,
  boxes: Provenance[string],
  status: string,
  error: string | null,
): string {
  if (status === 'failed') return `The pages could not be drawn: ${error ?? 'unknown error'}`;
  if (label === null) return 'Select a value to see where it was read on the page.';
  if (boxes.length === 0) return `${label}: the reader kept no position for this value.`;
  const pages = [...new Set(boxes.map((box) => box.page))];
  return `${label}: marked on page ${pages.join(' and ')}.`;
}

function morePagesText(count: number): string {
  return count === 1
    ? 'Show the last page (after the form)'
    : `Show the other ${count} pages (after the form)`;
}
