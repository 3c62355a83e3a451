/**
 * Insertion-loss budgets and application limits (issue 3; REFERENCE §7, §8): component losses,
 * attenuation, the application table, per-fiber breakdowns, channel loss reports with verdicts
 * and transceiver power budgets.
 */
export * from './applications';
export * from './attenuation';
export * from './channelLoss';
export * from './componentLoss';
export * from './judgement';
export * from './pathLoss';
export * from './powerBudget';
