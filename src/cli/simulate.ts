import { readdirSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioText, renderMessage, type SimulationResult, simulate } from '../engine';

/*
 * npm run simulate -- scenario.json: prints the result document (scenario-format.md) on
 * standard output. Exit 1: the scenario breaks a rule or a limit (messages on standard error).
 * Exit 2: the file cannot be read or is not JSON. It reads through the page's own gate
 * (parseScenarioText), so a file the page refuses is refused here with the same rule.
 *
 * npm run simulate -- a.json b.json … (or a folder of .json files): a whole customer list in one
 * process, one line of JSON per file, `{"file","exitCode","result"}` or `{"file","exitCode",
 * "errors"}`, in the order given (a folder's files by name). Every error also goes to standard
 * error as above. The process exits with the worst file's code: 2 if any file could not be
 * read, else 1 if any scenario broke a rule, else 0.
 */

export const USAGE = 'usage: npm run simulate -- path/to/scenario.json [more.json … | folder]';

export type CliOutcome = {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
};

/** One file's outcome: its result document, or the lines that say why there is none. */
type FileOutcome =
  | { readonly exitCode: 0; readonly result: SimulationResult }
  | { readonly exitCode: 1 | 2; readonly errors: readonly string[] };

/**
 * The `.json` files of a folder by name, or null when `path` is not a folder. Throws when the
 * folder cannot be listed.
 */
export type ListFolder = (path: string) => readonly string[] | null;

export function runCli(
  args: readonly string[],
  readText: (path: string) => string,
  listFolder: ListFolder = () => null,
): CliOutcome {
  const [path] = args;
  if (path === undefined) return { exitCode: 2, stdout: '', stderr: `${USAGE}\n` };
  if (args.length === 1) {
    let folder: readonly string[] | null;
    try {
      folder = listFolder(path);
    } catch (error) {
      return failure(path, { exitCode: 2, errors: [cannotRead(path, error)] });
    }
    if (folder === null) {
      const outcome = simulateFile(path, readText);
      return outcome.exitCode === 0
        ? { exitCode: 0, stdout: `${JSON.stringify(outcome.result, null, 2)}\n`, stderr: '' }
        : failure(path, outcome);
    }
  }
  return runBatch(args, readText, listFolder);
}

function failure(path: string, outcome: FileOutcome): CliOutcome {
  if (outcome.exitCode === 0) throw new Error(`${path} did not fail`);
  return { exitCode: outcome.exitCode, stdout: '', stderr: `${outcome.errors.join('\n')}\n` };
}

function runBatch(
  args: readonly string[],
  readText: (path: string) => string,
  listFolder: ListFolder,
): CliOutcome {
  const stdout: string[] = [];
  const stderr: string[] = [];
  let exitCode: 0 | 1 | 2 = 0;
  const report = (file: string, outcome: FileOutcome) => {
    stdout.push(`${JSON.stringify({ file, ...outcome })}\n`);
    if (outcome.exitCode !== 0) stderr.push(`${outcome.errors.join('\n')}\n`);
    exitCode = Math.max(exitCode, outcome.exitCode) as 0 | 1 | 2;
  };
  for (const arg of args) {
    let files: readonly string[];
    try {
      const folder = listFolder(arg);
      if (folder !== null && folder.length === 0) {
        report(arg, { exitCode: 2, errors: [`${arg} holds no .json file`] });
        continue;
      }
      files = folder === null ? [arg] : folder.map((name) => joinPath(arg, name));
    } catch (error) {
      report(arg, { exitCode: 2, errors: [cannotRead(arg, error)] });
      continue;
    }
    for (const file of files) report(file, simulateFile(file, readText));
  }
  return { exitCode, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** A folder's file as the user would type it: `plans/a.json`, whichever slash ends `plans/`. */
function joinPath(folder: string, name: string): string {
  return /[\\/]$/.test(folder) ? `${folder}${name}` : `${folder}/${name}`;
}

function cannotRead(path: string, error: unknown): string {
  return `cannot read ${path}: ${describeError(error)}`;
}

function simulateFile(path: string, readText: (path: string) => string): FileOutcome {
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    return { exitCode: 2, errors: [cannotRead(path, error)] };
  }
  try {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      const [first] = parsed.errors;
      if (parsed.errors.length === 1 && first?.code === 'json.invalid')
        return { exitCode: 2, errors: [`${path} is not valid JSON: ${first.params.detail}`] };
      return {
        exitCode: 1,
        errors: parsed.errors.map((error) => `${path}: ${renderMessage(error)}`),
      };
    }
    return { exitCode: 0, result: simulate(parsed.scenario) };
  } catch (error) {
    // The gate should let nothing through that fails later; should it, say so in one line.
    return {
      exitCode: 1,
      errors: [`${path}: could not be simulated (${describeError(error)})`],
    };
  }
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Where a path given on the command line points: from the folder the command was typed in.
 * npm runs scripts in the project's folder and names the caller's in INIT_CWD.
 */
export function callerPath(path: string, env: NodeJS.ProcessEnv, cwd: string): string {
  return resolve(env.INIT_CWD ?? cwd, path);
}

/** The command line's entry: the built `dist-cli/simulate.mjs` and `tsx` both come here. */
export function main(args: readonly string[] = process.argv.slice(2)): void {
  const place = (path: string) => callerPath(path, process.env, process.cwd());
  const outcome = runCli(
    args,
    (path) => readFileSync(place(path), 'utf8'),
    (path) => {
      const full = place(path);
      if (!statSync(full, { throwIfNoEntry: false })?.isDirectory()) return null;
      return readdirSync(full, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.json'))
        .map((entry) => entry.name)
        .sort();
    },
  );
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) main();
