/**
 * Field testing of installed links (issue 14; REFERENCE-2 §16): permanent links, their
 * TIA-568.3-E link limits and designed loss, the test plan, and measured results judged
 * against the design.
 */
export * from './arrayType';
export * from './judge';
export * from './likelyHop';
export * from './linkEvaluation';
export * from './linkLimit';
export * from './linkLoss';
export * from './linkTest';
export * from './measured';
export * from './permanentLinks';
export * from './polarityCheck';
export * from './testPlan';
export * from './certification';
export * from './linkTestEdits';
