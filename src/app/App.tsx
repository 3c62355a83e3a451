/**
 * The designer: toolbar, parts palette, rack canvas, analysis (channels and issues), sidebar
 * (selected channel and inspector) and status bar.
 */
import { useEffect } from 'react';
import { DesignerCanvas } from '../canvas/DesignerCanvas';
import { BottomPanel } from '../panels/BottomPanel';
import { Sidebar } from '../panels/Inspector';
import { CanvasLegend } from '../panels/CanvasLegend';
import { CanvasViewOptions } from './CanvasViewOptions';
import { Palette } from '../panels/Palette';
import { StatusBar } from '../panels/StatusBar';
import { CommandPalette } from './CommandPalette';
import { ConnectByLabelDialog } from './ConnectByLabelDialog';
import { ShortcutsDialog } from './ShortcutsDialog';
import { DesignsDialog } from './DesignsDialog';
import { FileBanners, FileDropLayer } from './FileDrop';
import { PanelBoundary } from './PanelBoundary';
import { SaveState } from './SaveState';
import { ToolBanner } from './ToolBanner';
import { Toolbar } from './Toolbar';
import { appAnalysis } from '../store/analysisState';
import { useShortcuts } from './keyboard';
import { testApi } from './testApi';
import { useUi } from './uiState';

/** The app. */
export default function App() {
  const paletteOpen = useUi((s) => s.partsOpen);
  useShortcuts();
  useEffect(() => {
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
    if (!binding || binding.state.getState().view) return void mark();
    const unsubscribe = binding.state.subscribe((s) => {
      if (!s.view) return;
      unsubscribe();
      mark();
    });
    return unsubscribe;
  }, []);
  return (
    <div className={`app${paletteOpen ? ' palette-open' : ''}`}>
      <PanelBoundary name="Toolbar" area="toolbar">
        <Toolbar />
      </PanelBoundary>
      <PanelBoundary name="Parts palette" area="palette">
        <Palette />
      </PanelBoundary>
      <main className="canvas-area" aria-label="Racks">
        <PanelBoundary name="Banners">
          <FileBanners />
        </PanelBoundary>
        {/* The legend and view options float over the canvas; the tool banner has its own strip below it. */}
        <div className="canvas-stack">
          <PanelBoundary name="Racks canvas">
            <DesignerCanvas />
          </PanelBoundary>
          <CanvasLegend />
          <CanvasViewOptions />
        </div>
        <ToolBanner />
      </main>
      <PanelBoundary name="Analysis" area="bottom">
        <BottomPanel />
      </PanelBoundary>
      <PanelBoundary name="Inspector" area="side">
        <Sidebar />
      </PanelBoundary>
      <PanelBoundary name="Status bar" area="statusbar">
        <StatusBar saved={<SaveState />} />
      </PanelBoundary>
      <PanelBoundary name="Dialogs">
        <ShortcutsDialog />
        <CommandPalette />
        <ConnectByLabelDialog />
        <FileDropLayer />
        <DesignsDialog />
      </PanelBoundary>
    </div>
  );
}
