/**
 * Consumer fuzz of design files, structural half: single and chained structural mutations,
 * forbidden keys, deep nesting, truncation and random bytes (see `fixtures/consumerFuzz.ts`).
 */
import { EXAMPLES } from '../../../scripts/generate-examples';
import { describeConsumerFuzz } from '../fixtures/consumerFuzz';

describeConsumerFuzz(
  'consumer fuzz (design files: structural)',
  Object.values(EXAMPLES).map((make) => make()),
  ['single', 'chained', 'forbidden key', 'deep', 'truncated', 'bytes'],
  150,
);
