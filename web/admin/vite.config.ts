import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Paths are resolved from this file, so `vite build --config web/admin/vite.config.ts` works from the repo root.
const here = decodeURIComponent(new URL('.', import.meta.url).pathname);

/**
 * The admin UI build. The server serves `dist/` at /admin with a strict Content-Security-Policy (no inline script
 * or style, no eval, nothing from other origins), so the build must emit only external, same-origin files.
 */
export default defineConfig({
  root: here,
  base: '/admin/',
  plugins: [react()],
  publicDir: `${here}public`,
  build: {
    outDir: `${here}dist`,
    emptyOutDir: true,
    target: 'es2022',
    // An inlined asset would become a data: URL; keep every asset a file so the CSP never has to allow more.
    assetsInlineLimit: 0,
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    // `npx vite --config web/admin/vite.config.ts` for hot reload against a running `npm run dev` on :4000.
    proxy: { '/api': 'http://127.0.0.1:4000', '/readyz': 'http://127.0.0.1:4000' },
  },
});
