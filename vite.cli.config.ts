import { relative } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/*
 * The command line built ahead of time to plain JavaScript in dist-cli/, so `npm run simulate`
 * starts in Node alone, without a TypeScript loader (build/cli.mjs runs it, and builds it again
 * when a source is newer). Packages from node_modules stay imports; only our own code is bundled.
 */

export const CLI_OUT_DIR = 'dist-cli';
/** Written last by each build: the source files it bundled, for build/cli.mjs to compare with. */
export const CLI_SOURCES_FILE = 'sources.json';

function listSources(root: string): Plugin {
  return {
    name: 'cli-sources',
    generateBundle(_options, bundle) {
      const sources = new Set<string>();
      for (const output of Object.values(bundle))
        if (output.type === 'chunk')
          for (const id of output.moduleIds)
            if (!id.startsWith('\0') && !id.includes('/node_modules/'))
              sources.add(relative(root, id).split('\\').join('/'));
      this.emitFile({
        type: 'asset',
        fileName: CLI_SOURCES_FILE,
        source: JSON.stringify([...sources].sort(), null, 1),
      });
    },
  };
}

export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  publicDir: false,
  logLevel: mode === 'quiet' ? 'warn' : 'info',
  plugins: [listSources(import.meta.dirname)],
  build: {
    ssr: true,
    target: 'node20',
    outDir: CLI_OUT_DIR,
    emptyOutDir: true,
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      input: { simulate: 'src/cli/simulate.ts', usage: 'src/cli/usage.ts' },
      output: {
        format: 'es',
        entryFileNames: '[name].mjs',
        // Names without hashes: two processes that rebuild at once write the same files.
        chunkFileNames: 'chunks/[name].mjs',
      },
    },
  },
}));
