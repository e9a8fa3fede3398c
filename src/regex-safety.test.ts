import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';

/*
 * No input is expensive (issue 14): every regular expression in src, as a literal or through
 * RegExp, is parsed out of the syntax tree and judged by recheck, which finds super-linear
 * (polynomial or exponential) backtracking by automaton analysis and fuzzing. A pattern built at
 * run time cannot be judged, so none is allowed. Tests' own patterns never meet user text and
 * are left out, as are the test-data builders in engine/testing.
 */

type Pattern = { readonly file: string; readonly source: string; readonly flags: string };

const SRC = import.meta.dirname;
/** Builders of test data: their patterns only ever see what the tests generate. */
const TEST_SUPPORT = join(SRC, 'engine', 'testing');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    const isSource = /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name);
    return isSource && !path.startsWith(TEST_SUPPORT) ? [path] : [];
  });
}

/** Every node of an ESTree, depth first, without recursion. */
function* nodes(root: unknown): Generator<Record<string, unknown>> {
  const pending = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (Array.isArray(node)) pending.push(...node);
    else if (typeof node === 'object' && node !== null) {
      yield node as Record<string, unknown>;
      pending.push(...Object.values(node));
    }
  }
}

function patternsIn(file: string): { patterns: Pattern[]; dynamic: string[] } {
  const name = relative(SRC, file);
  const program = parseAst(readFileSync(file, 'utf8'), {
    lang: file.endsWith('x') ? 'tsx' : 'ts',
  });
  const patterns: Pattern[] = [];
  const dynamic: string[] = [];
  for (const node of nodes(program)) {
    const regex = node.regex as { pattern: string; flags: string } | undefined;
    if (node.type === 'Literal' && regex)
      patterns.push({ file: name, source: regex.pattern, flags: regex.flags });
    const callee = node.callee as { type?: string; name?: string } | undefined;
    if (
      (node.type === 'NewExpression' || node.type === 'CallExpression') &&
      callee?.type === 'Identifier' &&
      callee.name === 'RegExp'
    ) {
      const [source, flags] = node.arguments as { type: string; value?: unknown }[];
      if (source?.type === 'Literal' && typeof source.value === 'string')
        patterns.push({
          file: name,
          source: source.value,
          flags: typeof flags?.value === 'string' ? flags.value : '',
        });
      else dynamic.push(`${name}: RegExp built at run time`);
    }
  }
  return { patterns, dynamic };
}

describe('regular expressions in src', () => {
  const found = sourceFiles(SRC).map(patternsIn);
  const patterns = found.flatMap((file) => file.patterns);

  it('finds the patterns (the scan itself works)', () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(patterns.some((pattern) => pattern.file.endsWith('calendar.ts'))).toBe(true);
  });

  it('builds none at run time', () => {
    expect(found.flatMap((file) => file.dynamic)).toEqual([]);
  });

  it('has none with super-linear backtracking', () => {
    const unsafe = patterns.flatMap(({ file, source, flags }) => {
      const diagnostics = checkSync(source, flags, { timeout: 10_000 });
      return diagnostics.status === 'safe'
        ? []
        : [`${file}: /${source}/${flags} is ${diagnostics.status}`];
    });
    expect(unsafe).toEqual([]);
  }, 120_000);

  it('the checker catches the kinds it must', () => {
    expect(checkSync('(a+)+$', '').status).toBe('vulnerable');
    // Polynomial: the shape that froze the tab on a long run of zeros.
    expect(checkSync('0+$', '').status).toBe('vulnerable');
  });
});
