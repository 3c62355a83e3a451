/**
 * Never a blank app (issue 9 §4): a React error boundary around each panel, the canvas and the
 * port map. When one throws, only that panel shows what happened, with "Reload this panel" (a
 * fresh mount of the panel) and "Save to file" (the design is in the store, untouched by the
 * panel's failure); the rest of the app goes on.
 * A fault injected by the test API (`panelFaults.ts`) makes the named panel throw.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { designerStore } from '../store/store';
import { saveDesignFile } from './fileActions';
import { clearPanelFault, useInjectedFault } from './panelFaults';

/** Throws when the test API injected a fault for `name`. */
function FaultProbe({ name }: { name: string }) {
  useInjectedFault(name);
  return null;
}

interface Props {
  /** What the panel is called in the message ("Channels", "Racks canvas"). */
  readonly name: string;
  /** Grid-area class the fallback takes (the panel's own area), if the panel is a grid item. */
  readonly area?: string;
  readonly children: ReactNode;
}

interface State {
  readonly error: Error | null;
  readonly generation: number;
}

/** The boundary; wrap one panel in it. */
export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[${this.props.name}] panel failed:`, error, info.componentStack);
  }

  private reload = () => {
    clearPanelFault(this.props.name);
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render() {
    const { error, generation } = this.state;
    if (!error)
      return (
        <PanelGeneration key={generation}>
          <FaultProbe name={this.props.name} />
          {this.props.children}
        </PanelGeneration>
      );
    return (
      <section
        className={`panel-failed ${this.props.area ?? ''}`}
        role="alert"
        aria-label={`${this.props.name} stopped`}
        data-testid="panel-failed"
      >
        <strong>{this.props.name} stopped because of an error.</strong>
        <p>The design is not affected: the other panels go on, and Save to file keeps a copy.</p>
        <code className="json-path">{error.message}</code>
        <div className="panel-failed-actions">
          <button type="button" className="btn primary" onClick={this.reload}>
            Reload this panel
          </button>
          <button type="button" className="btn" onClick={() => saveDesignFile(designerStore.getState().doc)}>
            Save to file
          </button>
        </div>
      </section>
    );
  }
}

/** A keyed fragment: a new generation remounts the panel from scratch. */
function PanelGeneration({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
