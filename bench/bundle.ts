// The engine and the overlay as one IIFE (global RC), to time them inside a page: the built
// extension runs them in an isolated world that exposes no timing hook. Not minified, so CPU
// profiles name lib/'s functions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { ROOT } from './chromium';

/** `import css from './x.css?inline'` (Vite) → the file's text */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\?inline$/ }, (a) => ({ path: new URL(a.path.replace(/\?inline$/, ''), `file://${a.resolveDir}/`).pathname, namespace: 'inline-css' }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, (a) => ({ contents: readFileSync(a.path, 'utf8'), loader: 'text' }));
  },
};

/** `wxt/browser` → the locale-file stub of in-page.ts (should the overlay import it again) */
const browserStub: Plugin = {
  name: 'browser-stub',
  setup(b) {
    b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'wxt-browser', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      resolveDir: join(ROOT, 'bench'),
      contents: `import { getMessage } from './in-page'; export const browser = { i18n: { getMessage } };`,
    }));
  },
};

export async function engineBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'bench/in-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'RC',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
    plugins: [inlineCss, browserStub],
  });
  return out.outputFiles[0].text;
}
