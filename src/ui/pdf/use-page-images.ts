/**
 * The original PDF's pages as images, drawn in the worker: the first pages
 * (the form itself) at once, the rest when asked for. Images are released
 * when the view goes away or the file changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ParseError } from '../../core/errors';
import { MAX_RENDERED_PAGES } from '../../worker/render/render-api';
import { sharedPageRenderer, type PageImage } from '../../worker/render/render-client';

export type PdfSource = Blob | Uint8Array;

export interface PageImages {
  pages: PageImage[];
  /** 'drawing' until the asked pages are done. */
  status: 'idle' | 'drawing' | 'done' | 'failed';
  error: ParseError | null;
  /** Pages in the file (known after the first page), null before. */
  pageCount: number | null;
  /** Draw every page up to MAX_RENDERED_PAGES. */
  showAll(): void;
}

async function copyOf(source: PdfSource): Promise<ArrayBuffer> {
  // The worker takes the buffer it is sent; the caller keeps its own bytes.
  return source instanceof Uint8Array ? source.slice().buffer : source.arrayBuffer();
}

export function usePageImages(
  source: PdfSource | null,
  fileName: string,
  firstPages: number,
  targetWidth: number | null,
): PageImages {
  const [pages, setPages] = useState<PageImage[]>([]);
  const [status, setStatus] = useState<PageImages['status']>('idle');
  const [error, setError] = useState<ParseError | null>(null);
  const [pageCount, setPageCount] = useState<number | null>(null);
  const [upTo, setUpTo] = useState(firstPages);
  const drawn = useRef<PageImage[]>([]);

  useEffect(() => {
    drawn.current = [];
    setPages([]);
    setUpTo(firstPages);
    return () => drawn.current.forEach((image) => image.bitmap.close());
  }, [source, firstPages]);

  useEffect(() => {
    if (!source || targetWidth === null) return;
    const from = drawn.current.length + 1;
    if (from > upTo) return;
    let closed = false;
    let cancel = () => {};
    setStatus('drawing');
    void copyOf(source).then(async (bytes) => {
      if (closed) return;
      const options = { targetWidth, fromPage: from, toPage: upTo };
      const job = sharedPageRenderer().render(fileName, bytes, options, (image) => {
        drawn.current = [...drawn.current, image];
        setPages(drawn.current);
        setPageCount(image.pageCount);
      });
      cancel = job.cancel;
      const outcome = await job.done;
      if (closed) return;
      if (outcome.ok) setPageCount(outcome.pageCount);
      else setError(outcome.error);
      setStatus(outcome.ok ? 'done' : 'failed');
    });
    return () => {
      closed = true;
      cancel();
    };
  }, [source, fileName, upTo, targetWidth]);

  return { pages, status, error, pageCount, showAll: () => setUpTo(MAX_RENDERED_PAGES) };
}
