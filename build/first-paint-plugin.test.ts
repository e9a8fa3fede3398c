import { describe, expect, it } from 'vitest';
import { loadAppAfterFirstPaint } from './first-paint-plugin';

const built = `<!doctype html>
<html lang="en">
  <head>
    <title>OCR billing simulator</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/format-def.js">
    <link rel="modulepreload" crossorigin href="./assets/engine-ghi.js">
    <link rel="stylesheet" crossorigin href="./assets/index-jkl.css">
  </head>
  <body>
    <div id="root"><h1>OCR billing simulator</h1></div>
  </body>
</html>`;

describe('loadAppAfterFirstPaint', () => {
  const page = loadAppAfterFirstPaint(built);
  const head = page.slice(0, page.indexOf('</head>'));

  it('leaves nothing in <head> that fetches the app before the first paint', () => {
    expect(head).not.toContain('<script');
    expect(head).not.toContain('modulepreload');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="./assets/index-jkl.css">');
  });

  it('starts the same entry and preloads from the end of <body>, after the first frame', () => {
    const loader = page.slice(page.indexOf('</div>'), page.indexOf('</body>'));
    expect(loader).toContain('<script type="module">');
    expect(loader).toContain('"./assets/index-abc.js"');
    expect(loader).toContain('["./assets/format-def.js","./assets/engine-ghi.js"]');
    expect(loader).toContain('requestAnimationFrame');
    expect(loader).toContain("document.visibilityState === 'hidden'");
  });

  it('leaves a page without an entry script as it is', () => {
    const plain = '<html><head></head><body></body></html>';
    expect(loadAppAfterFirstPaint(plain)).toBe(plain);
  });
});
