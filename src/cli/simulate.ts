import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseScenarioText, renderMessage, simulate } from '../engine';

/*
 * npm run simulate -- scenario.json: prints the result document (scenario-format.md) on
 * standard output. Exit 1: the scenario breaks a rule or a limit (messages on standard error).
 * Exit 2: the file cannot be read or is not JSON. It reads through the page's own gate
 * (parseScenarioText), so a file the page refuses is refused here with the same rule.
 */

export const USAGE = 'usage: npm run simulate -- path/to/scenario.json';

export type CliOutcome = {
  readonly exitCode: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
};

export function runCli(args: readonly string[], readText: (path: string) => string): CliOutcome {
  const [path, ...extra] = args;
  if (path === undefined || extra.length > 0)
    return { exitCode: 2, stdout: '', stderr: `${USAGE}\n` };
  let text: string;
  try {
    text = readText(path);
  } catch (error) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `cannot read ${path}: ${describeError(error)}\n`,
    };
  }
  try {
    const parsed = parseScenarioText(text);
    if (!parsed.ok) {
      const [first] = parsed.errors;
      if (parsed.errors.length === 1 && first?.code === 'json.invalid')
        return {
          exitCode: 2,
          stdout: '',
          stderr: `${path} is not valid JSON: ${first.params.detail}\n`,
        };
      return {
        exitCode: 1,
        stdout: '',
        stderr: `${parsed.errors.map((error) => `${path}: ${renderMessage(error)}`).join('\n')}\n`,
      };
    }
    return {
      exitCode: 0,
      stdout: `${JSON.stringify(simulate(parsed.scenario), null, 2)}\n`,
      stderr: '',
    };
  } catch (error) {
    // The gate should let nothing through that fails later; should it, say so in one line.
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${path}: could not be simulated (${describeError(error)})\n`,
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

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const outcome = runCli(process.argv.slice(2), (path) =>
    readFileSync(callerPath(path, process.env, process.cwd()), 'utf8'),
  );
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
}
