/**
 * Issue 9 edit-sequence property (see `fixtures/editProperty.ts`): 10,000 random sequences over
 * every doc action, in four runs of 2,500 with their own seeds, each starting from a small valid
 * design: New (one 42U rack), examples/method-a.json, every custom part kind, the 40G breakout demo.
 */
import { methodA } from '../../scripts/generate-examples';
import { emptyDesign, type Design } from '../core/design';
import { addRack } from '../core/edits';
import { demoById } from '../demos/demos';
import { customPartsDesign } from '../io/fixtures/sampleDesigns';
import { describeEditProperty } from './fixtures/editProperty';

const STARTS: readonly (() => Design)[] = [
  () => {
    const r = addRack(emptyDesign('Untitled design'));
    return r.ok ? r.design : emptyDesign();
  },
  methodA,
  customPartsDesign,
  () => demoById('breakout-40g')?.build() ?? emptyDesign(),
];

// 2,500 sequences took 40–62 s on a 2-core machine at load average 18 (fuzz files beside it);
// budget 3× and more.
for (const seed of [9101, 9102, 9103, 9104]) describeEditProperty(2500, seed, 200_000, STARTS);
