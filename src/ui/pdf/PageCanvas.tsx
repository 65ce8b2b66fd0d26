/**
 * One page image on a canvas. The bitmap is handed to the canvas
 * ("bitmaprenderer"), not copied, so a page costs its pixels once.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { PageImage } from '../../worker/render/render-client';

export function PageCanvas({ image, label }: { image: PageImage; label: string }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || image.bitmap.width === 0) return; // already handed over (a bitmap can be given once)
    canvas.width = image.bitmap.width;
    canvas.height = image.bitmap.height;
    canvas.getContext('bitmaprenderer')?.transferFromImageBitmap(image.bitmap);
  }, [image]);
  return <canvas ref={ref} class="pdf-canvas" role="img" aria-label={label} data-page={image.page} />;
}
