import { readFileSync } from 'node:fs';
import { parseScenario, renderMessage, simulate } from '../engine';

/*
 * npm run simulate -- scenario.json: prints the result document (scenario-format.md) on
 * standard output. Exit 1: the scenario breaks a rule (messages on standard error).
 * Exit 2: the file cannot be read or is not JSON.
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
      stderr: `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}\n`,
    };
  }
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    return {
      exitCode: 2,
      stdout: '',
      stderr: `${path} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`,
    };
  }
  const parsed = parseScenario(document);
  if (!parsed.ok)
    return {
      exitCode: 1,
      stdout: '',
      stderr: `${parsed.errors.map((error) => `${path}: ${renderMessage(error)}`).join('\n')}\n`,
    };
  return {
    exitCode: 0,
    stdout: `${JSON.stringify(simulate(parsed.scenario), null, 2)}\n`,
    stderr: '',
  };
}

const isMain =
  process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (isMain) {
  const outcome = runCli(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.exitCode;
}
