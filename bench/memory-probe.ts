import { readFileSync } from 'node:fs';
import { parseScenario } from '../src/engine/scenario';
import { simulateDetailed } from '../src/engine/simulate';

/*
 * Run in its own process (node --expose-gc): the peak resident memory of a process that
 * parses and simulates one scenario a few times, and what one detailed simulation keeps alive.
 * Prints one JSON line.
 */
const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
const path = process.argv[2];
if (!path) throw new Error('usage: memory-probe.ts scenario.json');
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const parsed = parseScenario(JSON.parse(readFileSync(path, 'utf8')));
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
collect();
const before = process.memoryUsage();
let kept: unknown[] = [];
for (let run = 0; run < 5; run++) kept = [simulateDetailed(parsed.scenario)];
collect();
const after = process.memoryUsage();
const retained = after.heapUsed + after.arrayBuffers - (before.heapUsed + before.arrayBuffers);
process.stdout.write(
  `${JSON.stringify({ baselineRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, retainedMb: retained / 1024 / 1024, kept: kept.length })}\n`,
);
