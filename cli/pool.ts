// Audits many files on every core: linkedom's parsing is most of a page's cost, and it is
// single-threaded. Results come back in the order the files were given.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EngineOptions } from '../lib/audit';
import { auditPath, type FileOutcome } from './audit-file';

const MIN_FILES_PER_WORKER = 50;
const MAX_WORKERS = 4;

export async function auditAll(files: string[], options: EngineOptions, onOutcome: (outcome: FileOutcome) => void): Promise<void> {
  const workers = Math.min(availableParallelism(), MAX_WORKERS, Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (workers < 2) {
    // read the next file while auditing this one
    let next = files.length ? auditPath(files[0], options) : undefined;
    for (let i = 0; i < files.length; i++) {
      const outcome = await next!;
      next = i + 1 < files.length ? auditPath(files[i + 1], options) : undefined;
      onOutcome(outcome);
    }
    return;
  }
  const outcomes: (FileOutcome | undefined)[] = new Array(files.length);
  let emitted = 0;
  const settle = (index: number, outcome: FileOutcome) => {
    outcomes[index] = outcome;
    while (emitted < files.length && outcomes[emitted]) {
      onOutcome(outcomes[emitted]!);
      outcomes[emitted++] = undefined;
    }
  };
  await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const indices = files.map((_, i) => i).filter((i) => i % workers === w);
      return new Promise<void>((resolve, reject) => {
        const worker = new Worker(new URL('./pool-worker.mjs', import.meta.url) /* the bundled worker beside the bundled CLI (scripts/build-cli.mjs) */, { workerData: { options, files: indices.map((i) => [i, files[i]]) } });
        worker.on('message', ([index, outcome]: [number, FileOutcome]) => settle(index, outcome));
        worker.on('error', reject);
        worker.on('exit', () => resolve());
      });
    }),
  );
}
