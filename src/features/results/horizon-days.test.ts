import { describe, expect, it } from 'vitest';
import { simulateDetailed } from '../../engine';
import { buildScenario } from '../../engine/testing/scenario-builder';
import {
  dayIndexOf,
  isoOfDay,
  monthEndDays,
  monthStartDays,
  pickDays,
  tickDays,
  tickStep,
} from './horizon-days';

describe('pickDays', () => {
  it('keeps every day when they fit', () => {
    expect(pickDays(5, [], 400)).toEqual([0, 1, 2, 3, 4]);
  });

  it('gives nothing for an empty range', () => {
    expect(pickDays(0, [3], 400)).toEqual([]);
  });

  it.each([401, 1000, 3653])(
    'draws %i days through at most the budget, ends and required days included',
    (length) => {
      const required = [17, 200, length - 5, -3, length + 10];
      const days = pickDays(length, required, 400);
      expect(days.length).toBeLessThanOrEqual(400);
      expect(days).toContain(0);
      expect(days).toContain(length - 1);
      for (const day of [17, 200, length - 5]) expect(days).toContain(day);
      expect(days.every((day) => day >= 0 && day < length)).toBe(true);
      expect([...days].sort((a, b) => a - b)).toEqual(days);
      expect(new Set(days).size).toBe(days.length);
    },
  );

  it('takes optional days while half the room left allows, and stays within the budget', () => {
    const optional = Array.from({ length: 1000 }, (_, index) => index * 3);
    const days = pickDays(3653, [], 400, optional);
    expect(days.length).toBeLessThanOrEqual(400);
    expect(days.filter((day) => day % 3 === 0).length).toBeGreaterThanOrEqual(199);
  });

  it('keeps every optional day when few', () => {
    const days = pickDays(3653, [], 400, [1001, 1002]);
    expect(days).toContain(1001);
    expect(days).toContain(1002);
  });
});

describe('horizon days', () => {
  const simulation = simulateDetailed(
    buildScenario({ start: '2027-01', months: 14, streams: [{ monthlyCalls: Array(14).fill(0) }] }),
  );

  it('places month starts and ends on horizon days', () => {
    expect(monthStartDays(simulation).slice(0, 3)).toEqual([0, 31, 59]);
    expect(monthEndDays(simulation).slice(0, 3)).toEqual([30, 58, 89]);
    expect(monthEndDays(simulation).at(-1)).toBe(simulation.days - 1);
  });

  it('converts between ISO dates and horizon days', () => {
    expect(dayIndexOf('2027-02-01', simulation.firstDay)).toBe(31);
    expect(dayIndexOf('2026-12-31', simulation.firstDay)).toBe(-1);
    expect(isoOfDay(simulation.firstDay, 59)).toBe('2027-03-01');
  });

  it.each([
    [12, 6, 2],
    [14, 6, 3],
    [120, 6, 24],
    [3, 6, 1],
  ])('labels %i months with at most %i ticks every %i months', (months, maxTicks, step) => {
    expect(tickStep(months, maxTicks)).toBe(step);
  });

  it('labels every other month when every month would be too many ticks', () => {
    const ticks = tickDays(simulation, 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.map((day) => isoOfDay(simulation.firstDay, day))).toEqual([
      '2027-01-01',
      '2027-03-01',
      '2027-05-01',
      '2027-07-01',
      '2027-09-01',
      '2027-11-01',
      '2028-01-01',
    ]);
  });
});
