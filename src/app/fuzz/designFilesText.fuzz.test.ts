/**
 * Consumer fuzz of design files, ids and text half: records renamed to Object.prototype member
 * names, references pointed at them, control characters and markup in strings, random text edits
 * (see `fixtures/consumerFuzz.ts`).
 */
import { EXAMPLES } from '../../../scripts/generate-examples';
import { describeConsumerFuzz } from '../fixtures/consumerFuzz';

describeConsumerFuzz(
  'consumer fuzz (design files: ids and text)',
  Object.values(EXAMPLES).map((make) => make()),
  ['proto id', 'proto ref', 'text hazard', 'text edit'],
  300,
);
