// The crawl's speed: `audit --crawl` over a local column of 1,000 reports (20 list pages of 50,
// the sample pages as bodies), no pause between requests. What the CLI does per page — fetch,
// decode, parse, audit — against a server that answers at once; a real site's pace is its own.
import { spawn, spawnSync } from 'node:child_process';
import { bigColumnRoutes, startSite } from '../test/support/column-site';
import { ROOT } from './chromium';

export interface CrawlFigure {
  concurrency: number;
  reports: number;
  audited: number;
  secs: number;
  status: number | null;
}

const REPORTS = 1000;
const PER_PAGE = 50;

export async function measureCrawl(concurrencies = [2, 8]): Promise<CrawlFigure[]> {
  spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const site = await startSite(bigColumnRoutes(REPORTS, PER_PAGE));
  const figures: CrawlFigure[] = [];
  try {
    for (const concurrency of concurrencies) {
      const args = ['.output/cli/audit.mjs', '--jsonl', '--delay-ms', '0', '--concurrency', String(concurrency), '--crawl', `${site.base}/big/list_0.html`];
      const t = performance.now();
      // spawnSync would block the server in this process: the CLI runs asynchronously
      const { status, stdout } = await new Promise<{ status: number | null; stdout: string }>((resolve) => {
        const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
        let out = '';
        child.stdout.on('data', (d: Buffer) => (out += d));
        child.on('close', (code: number | null) => resolve({ status: code, stdout: out }));
      });
      const secs = (performance.now() - t) / 1000;
      const audited = stdout.split('\n').filter((l) => l.includes('"detected":true')).length;
      figures.push({ concurrency, reports: REPORTS, audited, secs, status });
    }
  } finally {
    await site.close();
  }
  return figures;
}
