/**
 * Test support for the consumer fuzz of design files (issue 9 proof): the mutated design files of
 * `io/testing/designMutations.ts` go through the loader, and every distinct design it accepts
 * goes through every consumer (`app/testing/consumers.ts`). Split over two test files so the
 * two halves run in parallel workers.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { parseDesignFile } from '../../io/loadDesign';
import { serializeDesign } from '../../io/saveDesign';
import { FAMILIES, mutatedFiles } from '../../io/testing/designMutations';
import { ConsumerRunner } from '../testing/consumers';

/**
 * Budgets per family, ms: 3× what the family took on a 2-core machine at load average 19 (seven
 * agents building and testing beside it), rounded up; at least 30 s.
 */
const BUDGET_MS: Readonly<Record<string, number>> = {
  single: 200_000,
  chained: 30_000,
  'forbidden key': 30_000,
  deep: 30_000,
  'proto id': 240_000,
  'proto ref': 150_000,
  'text hazard': 140_000,
  truncated: 30_000,
  'text edit': 120_000,
  bytes: 30_000,
};

/**
 * Declares the consumer fuzz of the families named `families` (by `MutatedFile.family`): every
 * distinct accepted design through every consumer; 0 throws; counts printed at the end.
 */
export function describeConsumerFuzz(title: string, families: readonly string[], minDistinct: number): void {
  const chosen = FAMILIES.filter((f) => families.includes(f.name));
  const runner = new ConsumerRunner();
  const tally = { files: 0, accepted: 0 };
  /** Accepted designs already run, by their saved text: the consumers are pure functions of it. */
  const seen = new Set<string>();
  describe(title, () => {
    for (const family of chosen) {
      it(`${family.runs} × ${family.family}`, { timeout: BUDGET_MS[family.name] ?? 60_000 }, async () => {
        for (const f of mutatedFiles(family)) {
          tally.files += 1;
          const r = parseDesignFile(f.text);
          if (!r.ok) continue;
          tally.accepted += 1;
          const key = serializeDesign(r.design);
          if (seen.has(key)) continue;
          seen.add(key);
          await runner.run(r.design);
        }
        await runner.flush();
      });
    }

    it('ran every file and every distinct accepted design', () => {
      expect(chosen.length).toBe(families.length);
      expect(tally.files).toBe(chosen.reduce((n, f) => n + f.runs, 0));
      expect(runner.counts.designs).toBe(seen.size);
      expect(seen.size).toBeGreaterThan(minDistinct);
    });

    afterAll(() => {
      const c = runner.counts;
      console.info(
        `${title}: ${tally.files} files, ${tally.accepted} accepted (${seen.size} distinct designs) → every consumer ran on each distinct one: ${c.channels} channels analysed, ${c.sharedLinks} share links round-tripped, ${c.pdfRows} PDF rows in ${c.pdfs} PDFs; 0 throws`,
      );
    });
  });
}
