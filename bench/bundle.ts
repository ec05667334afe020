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

export async function engineBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, 'bench/in-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: 'RC',
    target: 'chrome120',
    write: false,
    logLevel: 'error',
    plugins: [inlineCss],
  });
  return out.outputFiles[0].text;
}
