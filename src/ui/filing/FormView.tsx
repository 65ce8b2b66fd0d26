/**
 * The filing as EDGAR lays it out (renderFormHtml, the form-view helper's
 * renderer): a familiar page for people who know the SEC's rendering. The
 * fragment is escaped, has no scripts, handlers or style attributes, so it is
 * safe to insert under the app's strict CSP; its look is form.css.
 */
import { useMemo } from 'preact/hooks';
import type { Filing } from '../../core/filing';
import { renderFormHtml } from '../../core/render/form-html';
import '../../core/render/form.css';

export function FormView({ filing, labelledBy }: { filing: Filing; labelledBy: string }) {
  const html = useMemo(() => renderFormHtml(filing), [filing]);
  return (
    <div class="form-view-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <div class="form-view" data-testid="form-view" dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}
