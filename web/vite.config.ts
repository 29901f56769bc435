import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The web app: built into web/dist, which `dossier serve` serves. `npm run build:web`.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
