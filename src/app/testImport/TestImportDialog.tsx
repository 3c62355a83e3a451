/**
 * The import of tester results (issue 14 §3, §5, §6) as a dialog in two steps: map the columns
 * (MappingStep), then review and apply (ReviewStep). Nothing changes the design until "Import";
 * then every result goes in as one undo step, or nothing when the plan has a problem. The
 * confirmed mapping is remembered for the source and its headers are learned as synonyms. The
 * plan (which rows match which permanent link) is computed by the analysis worker.
 */
import { useMemo, useState, type ReactNode } from 'react';
import type { ImportPlan } from '../../io/testResults/importPlan';
import type { ResultsTable } from '../../io/testResults/readResultsFile';
import { learnMapping, mappingProblems, suggestMapping, type ResultMapping } from '../../io/testResults/resultColumns';
import { useModalDialog } from '../../panels/useModalDialog';
import { useAnswer } from '../../store/analysisAsk';
import { appAnalysis } from '../../store/analysisState';
import { designerActions } from '../../store/store';
import { loadMappingMemory, saveMappingMemory } from './mappingMemory';
import { MappingStep } from './MappingStep';
import { ReviewStep } from './ReviewStep';
import './testImport.css';

/** What the dialog works on: a read file, or the message of a file that could not be read. */
export type ImportSource =
  | { readonly kind: 'table'; readonly file: string; readonly table: ResultsTable }
  | { readonly kind: 'error'; readonly file: string; readonly message: string };

/** The dialog; `source` null keeps it closed. */
export function TestImportDialog({ source, onClose }: { source: ImportSource | null; onClose: () => void }) {
  const ref = useModalDialog(source !== null);
  return (
    <dialog
      ref={ref}
      className="test-import"
      aria-label="Import test results"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {source?.kind === 'error' && (
        <Notice file={source.file} button="Close" onClose={onClose}>
          <p className="ti-errors" role="alert">
            Cannot read {source.file}: {source.message}. Nothing was imported.
          </p>
        </Notice>
      )}
      {source?.kind === 'table' && (
        <Steps key={`${source.file}:${source.table.rows.length}`} source={source} onClose={onClose} />
      )}
    </dialog>
  );
}

/** The dialog with one message instead of the steps (a file that cannot be read, the plan on its way). */
function Notice({
  file,
  button,
  onClose,
  children,
}: {
  file: string;
  button: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <>
      <header>
        <h2>Import test results: {file}</h2>
        <button type="button" className="btn" onClick={onClose}>
          {button}
        </button>
      </header>
      <div className="body">{children}</div>
    </>
  );
}

function Steps({ source, onClose }: { source: Extract<ImportSource, { kind: 'table' }>; onClose: () => void }) {
  const [memory] = useState(loadMappingMemory);
  const first = useMemo(() => suggestMapping(source.table.headers, memory), [source, memory]);
  const [mapping, setMapping] = useState<ResultMapping>(first.mapping);
  const [step, setStep] = useState<'map' | 'review'>('map');
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(new Set());
  const [importedAt] = useState(() => new Date().toISOString());
  // The plan is computed by the analysis worker against the design it shows; while the plan of a
  // new mapping (or design) is on its way, the last one stays shown and Import waits for it.
  const query = useMemo(
    () => ({ kind: 'import-plan', input: { table: source.table, mapping, source: source.file, importedAt } }) as const,
    [source, mapping, importedAt],
  );
  const answered = useAnswer(appAnalysis(), query, JSON.stringify(mapping));
  const [last, setLast] = useState<ImportPlan | null>(null);
  if (answered.value && answered.value !== last) setLast(answered.value);
  const plan = answered.value ?? last;
  const blocked = mappingProblems(mapping).length > 0;
  if (!plan)
    return (
      <Notice file={source.file} button="Cancel" onClose={onClose}>
        <p className="muted loading" role="status" data-testid="plan-loading">
          Matching the results to the design’s links…
        </p>
      </Notice>
    );
  const toImport =
    plan.exact.length + plan.near.filter((g) => confirmed.has(g.text)).reduce((n, g) => n + g.records.length, 0);
  const apply = () => {
    const added = designerActions().importTestResults(plan, confirmed);
    if (added === null) return;
    saveMappingMemory(learnMapping(memory, source.table.headers, mapping));
    onClose();
  };
  return (
    <>
      <header>
        <h2>
          Import test results: {source.file} · {step === 'map' ? 'step 1 of 2, map the columns' : 'step 2 of 2, review'}
        </h2>
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
      </header>
      <div className="body">
        {step === 'map' ? (
          <MappingStep
            table={source.table}
            mapping={mapping}
            from={mapping === first.mapping ? first.from : 'suggested'}
            plan={plan}
            onChange={setMapping}
            onPreset={(p) =>
              setMapping(suggestMapping(source.table.headers, { synonyms: {}, sources: {} }, p || undefined).mapping)
            }
          />
        ) : (
          <ReviewStep
            plan={plan}
            confirmed={confirmed}
            onConfirm={(text, on) =>
              setConfirmed((c) => {
                const n = new Set(c);
                if (on) n.add(text);
                else n.delete(text);
                return n;
              })
            }
          />
        )}
      </div>
      <footer>
        {step === 'review' && (
          <button type="button" className="btn" onClick={() => setStep('map')}>
            Back to mapping
          </button>
        )}
        <span className="spacer" />
        {step === 'map' ? (
          <button type="button" className="btn primary" disabled={blocked} onClick={() => setStep('review')}>
            Next: review
          </button>
        ) : (
          <button
            type="button"
            className="btn primary"
            disabled={plan.errors.length > 0 || toImport === 0 || answered.loading}
            onClick={apply}
            title={plan.errors.length > 0 ? 'Fix the problems first: nothing is imported half-way' : undefined}
          >
            Import {toImport} result{toImport === 1 ? '' : 's'}
          </button>
        )}
      </footer>
    </>
  );
}
