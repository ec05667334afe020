// Debian's Chromium with (or, to compare against, without) the built extension, and a static
// server that answers every *.gov.cn name. Shared by the bench and test/e2e/robustness.test.ts.
// REPORT_CHECKER_EXTENSION overrides the build directory (default .output/chrome-mv3).
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const EXTENSION = resolve(process.env.REPORT_CHECKER_EXTENSION ?? join(ROOT, '.output/chrome-mv3'));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The strict policy of issue 4, sent as a header for files named csp-header*.html. */
export const STRICT_CSP = "default-src 'none'; style-src 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.pdf': 'application/pdf',
};

export interface Server {
  root: string;
  origin(host?: string): string;
  url(path: string, host?: string): string;
  /** every path asked of the server, in order */
  hits: string[];
  close(): Promise<void>;
}

/** Serves `root` on 127.0.0.1 (a random port); reach it as http://<anything>.gov.cn:<port>/. */
export async function startServer(root = ROOT, extraHeaders: Record<string, string> = {}): Promise<Server> {
  const hits: string[] = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    hits.push(path);
    try {
      const file = normalize(join(root, path));
      if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not found');
      const headers: Record<string, string> = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...extraHeaders };
      if (basename(file).startsWith('csp-header')) headers['content-security-policy'] = STRICT_CSP;
      res.writeHead(200, headers);
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as { port: number }).port;
  const origin = (host = 'www.example.gov.cn') => `http://${host}:${port}`;
  return {
    root,
    origin,
    url: (path, host) => origin(host) + path,
    hits,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface Chromium {
  context: BrowserContext;
  /** the extension's service worker (absent without the extension) */
  worker?: Worker;
  extensionId?: string;
  /** a browser-wide DevTools session (Target.*: service workers, all frames) */
  cdp: CDPSession;
  close(): Promise<void>;
}

/** `path`: another build of the extension (the bench compares two builds in one run) */
export async function launch({ extension = true, path = EXTENSION } = {}): Promise<Chromium> {
  if (extension && !existsSync(join(path, 'manifest.json'))) throw new Error(`no build at ${path}: run \`npm run build\` first`);
  const dir = await mkdtemp(join(tmpdir(), 'report-checker-bench-'));
  const args = [
    '--host-resolver-rules=MAP *.gov.cn 127.0.0.1',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--no-first-run',
    '--lang=zh-CN',
  ];
  if (extension) args.push(`--disable-extensions-except=${path}`, `--load-extension=${path}`);
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 1200, height: 900 },
    args,
  });
  let worker: Worker | undefined;
  if (extension) worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const cdp = await context.browser()!.newBrowserCDPSession();
  return {
    context,
    worker,
    extensionId: worker && new URL(worker.url()).host,
    cdp,
    close: async () => {
      await context.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
