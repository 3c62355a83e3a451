/**
 * In the inspector of a device whose part is custom (imported from NetBox or edited): how many
 * settable facts are still unknown (traces through it are unchecked) and a button that opens the
 * fact editor. Built-in parts show nothing.
 */
import type { Design } from '../core/design';
import type { PartId } from '../core/ids';
import { editPartFacts } from '../store/importState';
import { editableFacts } from './partFactsEdit';
import { own } from '../core/own';

/** The prompt, or nothing for a built-in part. */
export function PartFactsPrompt({ design, part }: { design: Design; part: PartId }) {
  const ownPart = own(design.parts, part);
  if (!ownPart) return null;
  const facts = editableFacts(ownPart);
  if (facts.length === 0) return null;
  const unknown = facts.filter((f) => f.unknown);
  return (
    <p
      className={unknown.length ? 'badge v-unchecked' : 'muted'}
      style={{ display: 'flex', gap: 8, alignItems: 'center', whiteSpace: 'normal', padding: '4px 8px' }}
      data-testid="part-facts-prompt"
    >
      <span style={{ flex: 1 }}>
        {unknown.length
          ? `Unknown: ${unknown.map((f) => f.label.toLowerCase()).join(', ')}. Traces through this part stay unchecked until set.`
          : 'Custom part: its facts were set by hand or read from the vendor file.'}
      </span>
      <button type="button" className="btn small" onClick={() => editPartFacts(ownPart.id)}>
        {unknown.length ? 'Set facts…' : 'Facts…'}
      </button>
    </p>
  );
}
