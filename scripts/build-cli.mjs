// Bundles the command line (and its worker) into .output/cli: starting from one file is ten times
// quicker than compiling TypeScript on every run, and quiet, for `npm run --silent audit`.
import { build } from 'esbuild';

// linkedom makes an event-listener map for every node it creates; the audit adds no listeners.
// Making the map on the first listener halves its parsing time and changes nothing else.
const lazyListeners = {
  name: 'linkedom-lazy-listeners',
  setup(b) {
    b.onLoad({ filter: /linkedom[\\/]esm[\\/]interface[\\/]event-target\.js$/ }, async ({ path }) => {
      const { readFile } = await import('node:fs/promises');
      const source = await readFile(path, 'utf8');
      const patched = source
        .replace('constructor() {\n    wm.set(this, new Map);\n  }', 'constructor() {}')
        .replace('addEventListener(type, listener, options) {\n    const map = wm.get(this);', 'addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map);\n    const map = wm.get(this);')
        .replace('const map = wm.get(this);\n    if (map.has(type)) {', 'const map = wm.get(this);\n    if (map && map.has(type)) {');
      return { contents: patched, loader: 'js' };
    });
  },
};

await build({
  entryPoints: { audit: 'cli/audit.ts', 'pool-worker': 'cli/pool-worker.ts' },
  outdir: '.output/cli',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // the crawl's HTTP client in its own chunk, loaded only when an address is given
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  external: ['canvas'],
  // linkedom's CommonJS dependencies call require(): give the ESM bundle one
  // (aliased: a bundled module may import createRequire itself, fflate's does)
  banner: { js: "import { createRequire as bannerRequire } from 'node:module'; const require = bannerRequire(import.meta.url);" },
  plugins: [lazyListeners],
  logLevel: 'warning',
});
