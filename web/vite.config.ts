// Builds the web UI into dist/web, which `dyad serve` serves under /ui/. Nothing is loaded from
// another origin at run time: fonts are the system's, every script and style is in the bundle.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.DYAD_API ?? 'http://127.0.0.1:8787';

export default defineConfig({
  root: here,
  base: '/ui/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: fileURLToPath(new URL('../dist/web/', import.meta.url)),
    emptyOutDir: true,
    // No inline module-preload polyfill: the server's Content-Security-Policy forbids inline code.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
  },
  // `npm run dev:web` (with `dyad serve` running) proxies the API to the running server.
  server: {
    proxy: Object.fromEntries(
      ['/events', '/entities', '/dyads', '/documents', '/extract', '/actors', '/network'].map((path) => [
        path,
        api,
      ]),
    ),
  },
});
