/**
 * Entry point: restore or seed the design, install the test API, render the app (the designer,
 * or the port map when the URL hash asks for it; see `Root.tsx`).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import Root from './Root';
import { bootstrap } from './bootstrap';
import { installTestApi } from './testApi';
import { verdictCssVariables } from '../core/verdictStyle';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root element missing from index.html');

// One meaning per colour: the verdict-class colours of CSS come from the table the canvas and PDFs use.
for (const [name, value] of Object.entries(verdictCssVariables()))
  document.documentElement.style.setProperty(name, value);

installTestApi();
void bootstrap().then(() => {
  createRoot(root).render(
    <StrictMode>
      <Root />
    </StrictMode>,
  );
});
