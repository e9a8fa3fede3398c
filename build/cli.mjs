// npm run simulate / npm run usage: the command line, built ahead of time to plain JavaScript
// in dist-cli/ (vite.cli.config.ts), so it starts in Node alone. A fresh clone, or a source
// edited since the last build, builds it first (a second or two, said on standard error);
// checking costs a stat of each bundled source, a millisecond or two.
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = join(import.meta.dirname, '..');
const outDir = join(root, 'dist-cli');
const COMMANDS = ['simulate', 'usage'];

const [command, ...args] = process.argv.slice(2);
if (!COMMANDS.includes(command)) {
  process.stderr.write(`usage: node build/cli.mjs ${COMMANDS.join('|')} …\n`);
  process.exit(2);
}

function modifiedAt(path) {
  return statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Number.POSITIVE_INFINITY;
}

/** True when dist-cli is missing, or a file it was built from (or its config) is newer. */
function isStale() {
  const sourcesFile = join(outDir, 'sources.json');
  const builtAt = statSync(sourcesFile, { throwIfNoEntry: false })?.mtimeMs;
  if (builtAt === undefined || modifiedAt(join(outDir, `${command}.mjs`)) > builtAt) return true;
  const sources = JSON.parse(readFileSync(sourcesFile, 'utf8'));
  return ['vite.cli.config.ts', 'package.json', ...sources].some(
    (source) => modifiedAt(join(root, source)) > builtAt,
  );
}

/**
 * Builds into a folder of its own, then moves the files in, sources.json last: two commands
 * that rebuild at once (parallel tests) never see each other's half-written files.
 */
async function rebuild() {
  process.stderr.write('building the command line (dist-cli/) from its sources…\n');
  const { build } = await import('vite');
  const staging = mkdtempSync(join(root, '.dist-cli-'));
  try {
    await build({
      configFile: join(root, 'vite.cli.config.ts'),
      mode: 'quiet',
      build: { outDir: staging },
    });
    const moves = readdirSync(staging, { recursive: true })
      .filter((file) => statSync(join(staging, file)).isFile())
      .sort((a, b) => (a === 'sources.json') - (b === 'sources.json'));
    for (const file of moves) {
      mkdirSync(join(outDir, file, '..'), { recursive: true });
      renameSync(join(staging, file), join(outDir, file));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

if (isStale()) await rebuild();
const { main } = await import(pathToFileURL(join(outDir, `${command}.mjs`)).href);
await main(args);
