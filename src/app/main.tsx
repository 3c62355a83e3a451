/**
 * Entry point: install the test API, register the service worker (update prompt), open this tab's
 * design from the library, render the app (the designer, or the port map when the URL hash asks
 * for it; see `Root.tsx`) and the update prompt.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindAppAnalysis } from '../store/analysisState';
import { designerStore } from '../store/store';
import { PanelBoundary } from './PanelBoundary';
import Root from './Root';
import { bootstrap } from './bootstrap';
import { registerPwa } from './registerPwa';
import { installTestApi } from './testApi';
import { UpdatePrompt } from './UpdatePrompt';
import { verdictCssVariables } from '../core/verdictStyle';
import './styles.css';
import './tablet.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

// One meaning per colour: the verdict-class colours of CSS come from the table the canvas and PDFs use.
for (const [name, value] of Object.entries(verdictCssVariables()))
  document.documentElement.style.setProperty(name, value);

installTestApi();
registerPwa();
void bootstrap().then(() => {
  bindAppAnalysis(designerStore);
  createRoot(root).render(
    <StrictMode>
      <PanelBoundary name="MPO Designer">
        <Root />
      </PanelBoundary>
      <UpdatePrompt />
    </StrictMode>,
  );
});
