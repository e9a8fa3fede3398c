import { describe, expect, it } from 'vitest';
import { inEnglish } from '../../engine/testing/in-english';
import { DEMO_DRAFT } from '../../store/demo';
import { checkDraft } from '../../store/draft';
import { catalogForCurrency, readScenarioText as readScenarioTextData } from './scenario-import';

const readScenarioText = (text: string) => inEnglish(readScenarioTextData(text));

const demoDocument = () => checkDraft(DEMO_DRAFT).document;

describe('importing a scenario document', () => {
  it('accepts what the app exports', () => {
    expect(readScenarioText(JSON.stringify(demoDocument())).ok).toBe(true);
  });

  it('refuses a file over 1 MB before reading it', () => {
    const result = readScenarioText(`{"name": "${'x'.repeat(1024 * 1024)}"}`);
    expect(result).toEqual({
      ok: false,
      errors: ['scenario: the document is 1.0 MB; the limit is 1.0 MB'],
    });
  });

  it.each([
    ['streams', 201, 'streams: 201 streams; the limit is 200'],
    ['packages', 1001, 'packages: 1001 packages; the limit is 1000'],
    ['payPerUse', 1001, 'payPerUse: 1001 price entries; the limit is 1000'],
  ])('caps the number of %s', (field, count, message) => {
    const document = { ...demoDocument(), [field]: Array.from({ length: count }, () => ({})) };
    expect(readScenarioText(JSON.stringify(document))).toEqual({ ok: false, errors: [message] });
  });

  it('reports text that is not JSON as an error', () => {
    const result = readScenarioText('{"format": ');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^scenario: not valid JSON/);
  });

  it('reports the engine gate messages with their paths', () => {
    const result = readScenarioText(JSON.stringify({ ...demoDocument(), months: 0 }));
    expect(!result.ok && result.errors).toContain('months: must be a whole number from 1 to 120');
  });

  it('picks the catalog of the scenario currency', () => {
    expect(catalogForCurrency({ currency: 'CNY' })).toBe('mainland');
    expect(catalogForCurrency({ currency: 'USD' })).toBe('international');
  });
});
