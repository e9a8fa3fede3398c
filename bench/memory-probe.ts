import { existsSync, readFileSync } from 'node:fs';
import { simulateDetailed } from '../src/engine/billing/simulate';
import { parseScenario } from '../src/engine/core/scenario';

/*
 * Run in its own process (node --expose-gc), bundled to plain JavaScript so no TypeScript
 * loader is counted: the peak resident memory of a process that parses and simulates one
 * scenario a few times, and what one detailed simulation keeps alive. Prints one JSON line.
 */

/**
 * This process's own peak resident memory, in MB. Linux's VmHWM starts afresh when the process
 * starts; getrusage's maxRSS also counts the parent's memory at the moment it forked this one.
 */
function peakRssMb(): number {
  const status = '/proc/self/status';
  const line = existsSync(status)
    ? readFileSync(status, 'utf8')
        .split('\n')
        .find((entry) => entry.startsWith('VmHWM:'))
    : undefined;
  const kilobytes = line ? Number(line.replace(/[^0-9]/g, '')) : process.resourceUsage().maxRSS;
  return kilobytes / 1024;
}

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
  `${JSON.stringify({ baselineRssMb, peakRssMb: peakRssMb(), retainedMb: retained / 1024 / 1024, kept: kept.length })}\n`,
);
