/** Shows a shared filing when the address carries one, the app otherwise. */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { onFilesLaunched } from '../../pwa/launch-files';
import { lazyComponent } from '../lazy';
import { useShareRoute } from './share-route';

/** Only a share link shows it: loaded then, not with every page. */
const SharedFilingView = lazyComponent(() =>
  import('./SharedFilingView').then((module) => module.SharedFilingView),
);

export function ShareRoute({ children }: { children: ComponentChildren }) {
  const { fragment, leave } = useShareRoute();
  // Files opened with the installed app belong to the app view: step aside for them.
  useEffect(() => onFilesLaunched(leave), [leave]);
  if (fragment === null) return <>{children}</>;
  return <SharedFilingView key={fragment} fragment={fragment} onLeave={leave} />;
}
