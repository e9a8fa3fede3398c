// A plain static file server for the built app under a sub-path, as any static host would
// serve it: `node e2e/support/static-server.mjs <port> <sub-path>` serves dist/ at that path.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [port = '4174', base = '/tools/ocr/'] = process.argv.slice(2);
const root = join(import.meta.dirname, '..', '..', 'dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  if (!path.startsWith(base)) {
    response.writeHead(404).end('not found');
    return;
  }
  const relative = normalize(path.slice(base.length) || 'index.html').replace(/^(\.\.[/\\])+/, '');
  let file = join(root, relative);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end('not found');
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
  });
  createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1');
