/**
 * Entry point: restore or seed the design, install the test API, render the app (the designer,
 * or the port map when the URL hash asks for it; see `Root.tsx`).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bindAppAnalysis } from '../store/analysisState';
import { designerStore } from '../store/store';
import Root from './Root';
import { bootstrap } from './bootstrap';
import { installTestApi } from './testApi';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

installTestApi();
void bootstrap().then(() => {
  bindAppAnalysis(designerStore);
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
