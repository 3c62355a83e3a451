/**
 * Consumer fuzz of design files, ids and text half: records renamed to Object.prototype member
 * names, references pointed at them, control characters and markup in strings, random text edits
 * (see `designFileConsumers.ts`).
 */
import { describeConsumerFuzz } from './designFileConsumers';

describeConsumerFuzz(
  'consumer fuzz (design files: ids and text)',
  ['proto id', 'proto ref', 'text hazard', 'text edit'],
  300,
);
