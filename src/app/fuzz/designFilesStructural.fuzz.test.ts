/**
 * Consumer fuzz of design files, structural half: single and chained structural mutations,
 * forbidden keys, deep nesting, truncation and random bytes (see `designFileConsumers.ts`).
 */
import { describeConsumerFuzz } from './designFileConsumers';

describeConsumerFuzz(
  'consumer fuzz (design files: structural)',
  ['single', 'chained', 'forbidden key', 'deep', 'truncated', 'bytes'],
  150,
);
