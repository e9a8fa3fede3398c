import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../core/scenario';
import { simulate } from './simulate';

const examplesDirectory = join(import.meta.dirname, '..', 'fixtures', 'examples');
const exampleNames = readdirSync(examplesDirectory)
  .filter((file) => file.endsWith('.json') && !file.endsWith('.expected.json'))
  .map((file) => file.replace(/\.json$/, ''));

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(join(examplesDirectory, file), 'utf8'));
}

describe('the worked examples of the spec', () => {
  it('are all present', () => {
    expect(exampleNames).toEqual([
      '01-single-package',
      '02-deduction-order',
      '03-expiry-waste',
      '04-regions-and-subscription',
      '05-tiers',
      '06-allowances',
    ]);
  });

  it.each(exampleNames)('%s gives its expected result in full', (name) => {
    const parsed = parseScenario(readJson(`${name}.json`));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    // Through JSON, as the command line prints it: key order of byPackage carries no meaning.
    expect(JSON.parse(JSON.stringify(simulate(parsed.scenario)))).toEqual(
      readJson(`${name}.expected.json`),
    );
  });
});
