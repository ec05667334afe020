// Renders the toolbar icon (public/icon/*.png) from the SVG below with the same Chromium the
// tests use. Run after changing the drawing: `npx tsx test/e2e/make-icons.ts`.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launch } from './harness';

// A report sheet with table rows, on a red tile, and a green check: "the numbers add up".
const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
  <rect x="4" y="4" width="120" height="120" rx="26" fill="#c62828"/>
  <path d="M32 18h46l20 20v72a6 6 0 0 1-6 6H32a6 6 0 0 1-6-6V24a6 6 0 0 1 6-6z" fill="#fff"/>
  <path d="M78 18v20h20" fill="#f3c6c6"/>
  <g fill="#c62828" opacity=".8"><rect x="36" y="48" width="50" height="8" rx="3"/><rect x="36" y="64" width="50" height="8" rx="3"/><rect x="36" y="80" width="30" height="8" rx="3"/></g>
  <circle cx="92" cy="94" r="26" fill="#2e7d32" stroke="#fff" stroke-width="6"/>
  <path d="M79 94l9 9 17-18" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const browser = await launch({ extension: false });
const page = await browser.context.newPage();
await mkdir(join(ROOT, 'public/icon'), { recursive: true });
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${SVG.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await writeFile(join(ROOT, `public/icon/${size}.png`), await page.screenshot({ omitBackground: true }));
}
await browser.close();
