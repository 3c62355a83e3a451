/**
 * The top of the app: picks the screen from the URL hash (see `portmap/route.ts`): the designer,
 * the technician's port map of the local design (`#view=portmap`, `#port=<label>`), a shared
 * design read-only in the port map (`#design=…&mode=view`), or a shared design opened as an
 * editable copy in the designer (`#design=…&mode=copy`, a new design of the library). The port map is
 * loaded lazily.
 */
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Design } from '../core/design';
import { goToHash, replaceHash } from '../portmap/navigation';
import { parseRoute, portMapHash, type AppRoute } from '../portmap/route';
import { designerActions, useDesigner } from '../store/store';
import App from './App';
import { PanelBoundary } from './PanelBoundary';
import { openDesign } from './viewCommands';

const PortMapView = lazy(() => import('../portmap/PortMapView'));

/** A shared design decoded from the hash, keyed by its payload. */
type Shared = { payload: string; design: Design } | { payload: string; error: string };

async function decodeShared(payload: string): Promise<Shared> {
  const { decodeShareLink } = await import('../io/exports/shareLink');
  const r = decodeShareLink(`#design=${payload}`);
  if (!r.ok) return { payload, error: `${r.path}: ${r.error}` };
  if (!r.result.ok) return { payload, error: `${r.result.error.path}: ${r.result.error.message}` };
  return { payload, design: r.result.design };
}

function useRoute(): AppRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const on = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', on);
    window.addEventListener('popstate', on);
    return () => {
      window.removeEventListener('hashchange', on);
      window.removeEventListener('popstate', on);
    };
  }, []);
  return route;
}

const Loading = ({ text }: { text: string }) => (
  <p className="pm-loading" role="status">
    {text}
  </p>
);

/** The port map of the local design: the only screen here that follows the whole design. */
function LocalPortMap({ port }: { port: string | null }) {
  const doc = useDesigner((s) => s.doc);
  return (
    <PanelBoundary name="Port map">
      <Suspense fallback={<Loading text="Loading the port map…" />}>
        <PortMapView key={port ?? ''} design={doc} shared={null} initialPort={port} onExit={() => goToHash('')} />
      </Suspense>
    </PanelBoundary>
  );
}

/** The root component: follows the route, never the design (an edit does not re-render the app). */
export default function Root() {
  const route = useRoute();
  const [shared, setShared] = useState<Shared | null>(null);
  const payload = route.design;
  useEffect(() => {
    if (!payload || shared?.payload === payload) return;
    let live = true;
    void decodeShared(payload).then((s) => {
      if (live) setShared(s);
    });
    return () => {
      live = false;
    };
  }, [payload, shared]);
  const ready = payload && shared?.payload === payload ? shared : null;
  // An editable copy, or a link that cannot be read: into the designer (one undo step back).
  useEffect(() => {
    if (!ready || !route.design) return;
    if ('error' in ready) {
      designerActions().notify('error', `The shared link could not be opened: ${ready.error}`);
      replaceHash('');
    } else if (route.mode === 'copy') {
      void openDesign(ready.design, 'Opened a shared copy').then(() =>
        designerActions().notify('success', `Opened a copy of “${ready.design.name}”: edits stay on this device`),
      );
      replaceHash(route.port ? portMapHash(route.port) : '');
    }
  }, [ready, route.design, route.mode, route.port]);

  if (payload) {
    if (!ready || 'error' in ready || route.mode === 'copy') return <Loading text="Opening the shared design…" />;
    return (
      <PanelBoundary name="Port map">
        <Suspense fallback={<Loading text="Loading the port map…" />}>
          <PortMapView
            key={route.port ?? ''}
            design={ready.design}
            shared={payload}
            initialPort={route.port}
            onExit={() => goToHash('')}
            onOpenCopy={() => {
              void openDesign(ready.design, 'Opened a shared copy');
              goToHash('');
            }}
          />
        </Suspense>
      </PanelBoundary>
    );
  }
  if (route.screen === 'portmap') return <LocalPortMap port={route.port} />;
  return <App />;
}
