import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * index.html shows a returning visitor a loading page before the JavaScript arrives (the page's
 * first paint); the app then draws the same header. The two must say the same thing.
 */

const root = join(import.meta.dirname, '..', '..');
const html = readFileSync(join(root, 'index.html'), 'utf8');
const app = readFileSync(join(root, 'src', 'app', 'app.tsx'), 'utf8');

function textOf(tag: string): string {
  const match = new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(html);
  if (!match?.[1]) throw new Error(`index.html has no <${tag}> in its shell`);
  return match[1].trim();
}

describe('the loading page in index.html', () => {
  it('shows the title the app draws', () => {
    expect(app).toContain(`<h1>{t('${textOf('h1')}')}</h1>`);
  });

  it('shows the description the app draws', () => {
    const description = textOf('p');
    expect(app.replace(/\s+/g, ' ')).toContain(`'${description}'`);
  });

  it('sits beside the element the app takes over, which holds nothing but the prerendered page', () => {
    const shellStart = html.indexOf('<div id="boot-shell"');
    const rootStart = html.indexOf('<div id="root">');
    expect(shellStart).toBeGreaterThan(-1);
    expect(html.indexOf('<h1>')).toBeGreaterThan(shellStart);
    expect(html.indexOf('role="status"')).toBeLessThan(rootStart);
    // Anything else inside #root would differ from what the app draws there, so it could not
    // take the page over (hydration).
    expect(html).toContain('<div id="root"><!-- first-screen --></div>');
  });
});
