import { render } from 'preact';
import { App } from './ui/App';
import { ShareRoute } from './ui/share/ShareRoute';
import { UpdateNotice } from './pwa/UpdateNotice';
import { registerServiceWorker } from './pwa/app-update';
import { listenForLaunchedFiles } from './pwa/launch-files';
import './ui/styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
registerServiceWorker();
listenForLaunchedFiles();
render(
  <>
    <ShareRoute>
      <App />
    </ShareRoute>
    <UpdateNotice />
  </>,
  root,
);
