import { parentPort, workerData } from 'node:worker_threads';
import { requireRules } from '../rules/load.js';
import { extractReport, type ExtractInput } from './extract.js';
import { emptyTimings } from './stage-timings.js';
import { toError } from '../core/errors.js';

const ruleSet = requireRules((workerData as { rulesDir: string }).rulesDir);

parentPort!.on('message', (input: ExtractInput) => {
  const timings = emptyTimings();
  try {
    const report = extractReport(input, { ruleSet, timings });
    parentPort!.postMessage({ report, timings });
  } catch (err) {
    parentPort!.postMessage({ error: toError(err).message, timings });
  }
});
