import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The admin: built into dist/ and served by the API at `/`; `npm run dev` proxies /api to it. */
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ['source'] },
  server: {
    port: 5173,
    proxy: { '/api': { target: process.env.SCHOOLBRIDGE_API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
});
