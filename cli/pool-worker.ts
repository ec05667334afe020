// One of the CLI's workers: audits its share of the files and posts each outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import { auditPath } from './audit-file';

for (const [index, file] of workerData as [number, string][]) parentPort!.postMessage([index, await auditPath(file)]);
