import { editLatencies } from './ui-bench.ts';

const samples = await editLatencies();
console.log(
  samples.map((s) => s.toFixed(0)).join(' '),
  'median',
  [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]?.toFixed(1),
);
