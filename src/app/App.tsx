/**
 * The designer: toolbar, parts palette, rack canvas, analysis (channels and issues), sidebar
 * (selected channel and inspector) and status bar.
 */
import { useEffect, useState } from 'react';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { BottomPanel } from '../panels/BottomPanel';
import { Sidebar } from '../panels/Inspector';
import { Palette } from '../panels/Palette';
import { ShortcutsDialog } from '../panels/ShortcutsDialog';
import { StatusBar } from '../panels/StatusBar';
import { FileBanners, FileDropLayer } from './FileDrop';
import { ToolBanner } from './ToolBanner';
import { Toolbar } from './Toolbar';
import { beginAutosave } from './bootstrap';
import { appAnalysis } from '../store/analysisState';
import { useShortcuts } from './keyboard';
import { testApi } from './testApi';

/** The app. */
export default function App() {
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [saved, setSaved] = useState('');
  useShortcuts();
  useEffect(() => {
    beginAutosave(() =>
      setSaved(`Saved ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`),
    );
    // First analysed design on screen: the first analysis result, after the frame that shows it.
    const mark = () =>
      requestAnimationFrame(() =>
        setTimeout(() => {
          if (testApi.firstAnalysedMs === null) {
            performance.mark('mpo:first-analysed');
            testApi.firstAnalysedMs = Math.round(performance.now());
          }
        }, 0),
      );
    const binding = appAnalysis();
    if (!binding || binding.state.getState().analysis) return void mark();
    const unsubscribe = binding.state.subscribe((s) => {
      if (!s.analysis) return;
      unsubscribe();
      mark();
    });
    return unsubscribe;
  }, []);
  return (
    <div className={`app${paletteOpen ? ' palette-open' : ''}`}>
      <Toolbar paletteOpen={paletteOpen} onTogglePalette={() => setPaletteOpen((o) => !o)} />
      <Palette />
      <main className="canvas-area" aria-label="Racks">
        <ToolBanner />
        <FileBanners />
        <DesignerCanvas />
      </main>
      <BottomPanel />
      <Sidebar />
      <StatusBar saved={saved} />
      <ShortcutsDialog />
      <FileDropLayer />
    </div>
  );
}
