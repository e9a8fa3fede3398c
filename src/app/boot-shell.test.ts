import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * index.html shows the header before the JavaScript arrives (the page's first paint); the app
 * then draws the same header. The two must say the same thing.
 */

const root = join(import.meta.dirname, '..', '..');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const app = readFileSync(join(root, 'src', 'app', 'app.tsx'), 'utf8');

function textOf(tag: string): string {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(html);
  if (!match?.[1]) throw new Error(`index.html has no <${tag}> in its shell`);
  return match[1].trim();
}

describe('the loading shell in index.html', () => {
  it('shows the title the app draws', () => {
    expect(app).toContain(`<h1>{t('${textOf('h1')}')}</h1>`);
  });

  it('shows the description the app draws', () => {
    const description = textOf('p');
    expect(app.replace(/\s+/g, ' ')).toContain(`'${description}'`);
  });

  it('is inside the element the app renders into, so the first render replaces it', () => {
    const rootStart = html.indexOf('<div id="root">');
    expect(rootStart).toBeGreaterThan(-1);
    expect(html.indexOf('<h1>')).toBeGreaterThan(rootStart);
    expect(html.indexOf('role="status"')).toBeGreaterThan(rootStart);
  });
});
