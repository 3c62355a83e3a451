/**
 * The designer: toolbar, parts palette, rack canvas, analysis (channels and issues), sidebar
 * (selected channel and inspector) and status bar.
 */
import { useEffect, useState } from 'react';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { BottomPanel } from '../panels/BottomPanel';
import { CanvasLegend } from '../panels/CanvasLegend';
import { Sidebar } from '../panels/Inspector';
import { Palette } from '../panels/Palette';
import { StatusBar } from '../panels/StatusBar';
import { FileBanners, FileDropLayer } from './FileDrop';
import { CommandPalette } from './CommandPalette';
import { ShortcutsDialog } from './ShortcutsDialog';
import { ToolBanner } from './ToolBanner';
import { Toolbar } from './Toolbar';
import { beginAutosave } from './bootstrap';
import { useShortcuts } from './keyboard';
import { testApi } from './testApi';
import { useUi } from './uiState';

/** The app. */
export default function App() {
  const paletteOpen = useUi((s) => s.partsOpen);
  const [saved, setSaved] = useState('');
  useShortcuts();
  useEffect(() => {
    beginAutosave(() =>
      setSaved(`Saved ${new Date().toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' })}`),
    );
    // First analysed design on screen: after this commit and the next paint.
    requestAnimationFrame(() =>
      setTimeout(() => {
        if (testApi.firstAnalysedMs === null) {
          performance.mark('mpo:first-analysed');
          testApi.firstAnalysedMs = Math.round(performance.now());
        }
      }, 0),
    );
  }, []);
  return (
    <div className={`app${paletteOpen ? ' palette-open' : ''}`}>
      <Toolbar />
      <Palette />
      <main className="canvas-area" aria-label="Racks">
        <ToolBanner />
        <FileBanners />
        <DesignerCanvas />
        <CanvasLegend />
      </main>
      <BottomPanel />
      <Sidebar />
      <StatusBar saved={saved} />
      <ShortcutsDialog />
      <CommandPalette />
      <FileDropLayer />
    </div>
  );
}
