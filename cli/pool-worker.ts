// One of the CLI's workers: audits its share of the files and posts each outcome back.
import { parentPort, workerData } from 'node:worker_threads';
import type { EngineOptions } from '../lib/audit';
import { auditPath } from './audit-file';

const { options, files } = workerData as { options: EngineOptions; files: [number, string][] };
for (const [index, file] of files) parentPort!.postMessage([index, await auditPath(file, options)]);
