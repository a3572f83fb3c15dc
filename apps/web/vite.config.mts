import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

// Built into WEB_DIST (default dist/web), which the api serves in production.
// Every asset is also written brotli- and gzip-compressed at build time, so the api sends a phone the
// small file without spending CPU per request.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], include: /\.(js|css|html|svg|json|webmanifest|mjs)$/, threshold: 512 })],
  build: { outDir: resolve(import.meta.dirname, '../..', process.env.WEB_DIST ?? 'dist/web'), emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: {
    port: 5173,
    proxy: { '/api': 'http://127.0.0.1:3000', '/socket.io': { target: 'http://127.0.0.1:3000', ws: true } },
  },
});
