/**
 * File actions of the toolbar: New (an empty design with one 42U rack), Open (a JSON design file,
 * loaded through `io/loadDesign`: migration, validation, readable errors) and Save (the JSON file
 * form of `io/saveDesign`).
 */
import { emptyDesign, type Design } from '../core/design';
import { addRack } from '../core/edits';
import { serializeDesign } from '../io/saveDesign';

/** A new design: one 42U rack, default settings. */
export function newDesign(): Design {
  const r = addRack(emptyDesign('Untitled design'));
  return r.ok ? r.design : emptyDesign('Untitled design');
}

/** A file name for a design: its name, lower-case, dashes, `.mpo.json`. */
export const fileNameOf = (d: Design): string =>
  `${
    d.name
      .trim()
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'design'
  }.mpo.json`;

/** Downloads the design as a JSON file. */
export function saveDesignFile(d: Design): void {
  const blob = new Blob([serializeDesign(d)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileNameOf(d);
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
