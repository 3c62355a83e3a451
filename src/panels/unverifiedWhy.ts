/**
 * Why a verdict holds over a part whose map the sources mark UNVERIFIED (REFERENCE §5.1–§5.2):
 * the A/B assignment inside a module's canonical map is a convention (swapping A↔B in every port
 * of the same module type at both ends adds two flips and never changes a method's verdict), while
 * the method's combination rule (TIA-568.3-E, §5.3) is normative. So a channel built by the rule
 * passes whatever A/B assignment the vendor chose; what stays unverified is the port-by-port fiber
 * map, which needs the vendor's data sheet. Text per module class; other unverified values (two-row
 * MPO-24/32 matings, §3.4) say so instead.
 */
import type { ModuleClass, Part } from '../core/parts';

/** The combination rule each canonical module class is used by (REFERENCE §5.3). */
const RULE: Readonly<Partial<Record<ModuleClass, string>>> = {
  'MOD-B2':
    'Method B: MOD-B1 at one end and MOD-B2 at the other of a Type-B trunk, with A-to-B cords (the exact TIA figure of MOD-B2 is UNVERIFIED; its pairing with MOD-B1 is what the rule needs)',
  'MOD-U1':
    'Method U1: MOD-U1 at both ends of a Type-B trunk, with A-to-B cords (or a breakout from a parallel optic, §6.4)',
  'MOD-U1-8': 'Method U1 on Base-8: MOD-U1-8 at both ends of a Type-B trunk, with A-to-B cords (§5.2)',
  'MOD-U2': 'Method U2: MOD-U2 at both ends of a Type-B trunk through key-up/key-up adapters, with A-to-B cords',
};

/** One-paragraph explanation of why verdicts through `part` hold although its map is UNVERIFIED, or null. */
export function unverifiedWhy(part: Part | undefined): string | null {
  if (!part?.provenance.unverified) return null;
  const rule = part.kind === 'module' ? RULE[part.moduleClass] : undefined;
  if (rule)
    return `Only the A/B assignment inside this map is a convention (REFERENCE §5.1): swapping A and B in every port of the same module at both ends adds two flips and never changes a verdict. What decides the verdict is the method's combination rule, which is normative — ${rule}. A channel built by that rule is judged by it; what stays unverified is which fiber lands on which side of a port, so check the vendor's data sheet before you label fibers.`;
  return `A value of this part is marked UNVERIFIED in the sources (${part.provenance.source}); channels through it are shown as unverified until a vendor data sheet confirms it.`;
}
