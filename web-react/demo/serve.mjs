// A static server for the demo host page, on another origin than the gateway (default :5175), to show the
// widget embedding cross-origin. PARLEY_WIDGET_ORIGIN points the snippet at another widget server (e.g. a
// `vite preview` on http://localhost:5173); the page itself is served as written otherwise.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.PARLEY_DEMO_PORT ?? 5175);
const widgetOrigin = process.env.PARLEY_WIDGET_ORIGIN;
const types = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  try {
    let body = await readFile(file);
    if (widgetOrigin && file.endsWith('.html')) {
      body = body.toString().replaceAll('http://localhost:8080/widget/', `${widgetOrigin}/widget/`);
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
  }
}).listen(port, () =>
  console.log(
    `Demo shop: http://localhost:${port}/ (widget from ${widgetOrigin ?? 'http://localhost:8080'})`,
  ),
);
