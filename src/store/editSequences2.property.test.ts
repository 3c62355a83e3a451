/** Issue 9 edit-sequence property, part 2 of 4 (see `testing/editProperty.ts`). */
import { describeEditProperty } from './testing/editProperty';

// 2,500 sequences took 40–49 s on a 2-core machine at load average 18 (four such files in
// parallel); budget 3× and more.
describeEditProperty(2500, 9102, 180_000);
