/**
 * The analysis worker's entry (Vite: `new Worker(new URL('./analysis.worker.ts', import.meta.url),
 * { type: 'module' })`): exposes one `AnalysisService` over comlink. Everything it computes is
 * plain data (see `analysisService.ts`).
 */
import { expose } from 'comlink';
import { createAnalysisService } from './analysisService';

expose(createAnalysisService());
