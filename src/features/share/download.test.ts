import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('file names for exports', () => {
  it.each([
    [
      'Harbour Freight: shipping documents 2027',
      'json',
      'Harbour-Freight-shipping-documents-2027.json',
    ],
    ['  ', 'csv', 'ocr-scenario.csv'],
    ['../../etc/passwd', 'json', 'etc-passwd.json'],
    ['发票识别 2027', 'json', '发票识别-2027.json'],
  ])('turns %j into a safe %s file name', (name, extension, expected) => {
    expect(fileNameFor(name, extension)).toBe(expected);
  });
});
