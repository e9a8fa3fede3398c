import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicyPlugin } from './build/content-security-policy.ts';
import { firstScreenPlugin } from './build/first-screen-plugin.ts';
import { offlinePlugin } from './build/offline-plugin.ts';

export default defineConfig({
  base: './',
  // No SPA fallback: a missing file is a real 404 (as on a static host), so e2e console checks see it.
  appType: 'mpa',
  plugins: [react(), offlinePlugin(), firstScreenPlugin(), contentSecurityPolicyPlugin()],
  // Module workers, so the advisor's worker can load the exact solver (HiGHS) as a chunk of its
  // own, only when a plan is asked for.
  worker: { format: 'es' },
  server: {
    host: '127.0.0.1',
    port: 5173,
    strictPort: true,
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit-results.json' }]],
  },
});
