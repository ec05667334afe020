// npm run bench:ab -- [--ref REV] PAGE...: the audit as it was at REV (default HEAD) against the
// working tree, both loaded into one page and timed in alternating runs with the floor, so that a
// difference of a few per cent shows through the machine's noise. PAGE: a path under the project
// (samples/html/001-cms.html). Prints; never fails.
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launch, median, ROOT, startServer } from './chromium';

const ROUNDS = 60;
const WARM_UP_MS = 400;

/** auditDocument of the lib/ under `root`, as global `name` */
async function engine(root: string, name: string): Promise<string> {
  const out = await build({
    stdin: { contents: `import { auditDocument } from './lib/audit-dom'; (globalThis as any).${name} = auditDocument;`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
    nodePaths: [join(ROOT, 'node_modules')],
  });
  return out.outputFiles[0].text;
}

/** In the page: warm up, then time A, B and the floor in alternating runs of ≥ 4 ms each. */
const TIME = `(() => {
  const floor = () => { let n = 0; for (const c of document.querySelectorAll('td, th')) n += (c.textContent ?? '').length; return n; };
  const fns = { A: () => globalThis.A(document), B: () => globalThis.B(document), F: floor };
  const t = performance.now();
  while (performance.now() - t < ${WARM_UP_MS}) { fns.A(); fns.B(); fns.F(); }
  const per = { A: [], B: [], F: [] };
  for (let r = 0; r < ${ROUNDS}; r++) for (const k of r % 2 ? ['A', 'B', 'F'] : ['F', 'B', 'A']) {
    let n = 0; const s = performance.now(); let e;
    do { fns[k](); n++; e = performance.now(); } while (e - s < 4);
    per[k].push(((e - s) / n) * 1000);
  }
  return per;
})()`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--ref');
  const ref = at >= 0 ? args.splice(at, 2)[1] : 'HEAD';
  if (!args.length) throw new Error('usage: npm run bench:ab -- [--ref REV] PAGE...');
  const dir = await mkdtemp(join(tmpdir(), 'report-checker-ab-'));
  execFileSync('git', ['worktree', 'add', '--detach', dir, ref], { cwd: ROOT, stdio: 'ignore' });
  // a cross-origin-isolated page gets a 5 µs timer instead of 100 µs
  const server = await startServer(ROOT, { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' });
  const b = await launch({ extension: false });
  try {
    const [a, w] = [await engine(dir, 'A'), await engine(ROOT, 'B')];
    console.log(`A = lib/ at ${ref}, B = the working tree; µs per audit, medians of ${ROUNDS} alternating runs`);
    for (const file of args) {
      const page = await b.context.newPage();
      await page.goto(server.url('/' + file, '127.0.0.1'));
      await page.addScriptTag({ content: a });
      await page.addScriptTag({ content: w });
      const per = (await page.evaluate(TIME)) as Record<'A' | 'B' | 'F', number[]>;
      const [ma, mb, mf] = [median(per.A), median(per.B), median(per.F)];
      console.log(`  ${file.padEnd(34)} A ${ma.toFixed(1).padStart(6)}  B ${mb.toFixed(1).padStart(6)}  B/A ${(mb / ma).toFixed(3)}  floor ${mf.toFixed(1).padStart(6)}  A÷floor ${(ma / mf).toFixed(2)}  B÷floor ${(mb / mf).toFixed(2)}`);
      await page.close();
    }
  } finally {
    await Promise.all([b.close(), server.close()]);
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
