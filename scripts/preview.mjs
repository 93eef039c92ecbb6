// `npm run preview`: builds the browser preview of the plans dashboard (the real view running
// on the in-memory Obsidian stand-in over demo-vault/) into .preview/ and serves it on
// localhost. `node scripts/preview.mjs --build-only` only builds. The e2e run imports
// buildPreview/servePreview from here.
import esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mangleProps } from './mangle-props.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const PREVIEW_DIR = join(root, '.preview');

/** Every note of the demo vault, by vault path. */
export function demoVault() {
  const base = join(root, 'demo-vault');
  const files = {};
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (name.startsWith('.')) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.md')) files[relative(base, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(base);
  return files;
}

/**
 * The preview bundle: the real view on the stand-in, minified and with main.js's property
 * mangling, so the e2e run drives the dashboard's code as it ships.
 */
export function previewOptions({ demoVault: files }) {
  return {
    entryPoints: [join(root, 'preview/main.ts')],
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    outfile: join(PREVIEW_DIR, 'preview.js'),
    alias: { obsidian: join(root, 'test/stand-in/obsidian.ts') },
    minify: true,
    mangleProps,
    define: { __DEMO_VAULT__: JSON.stringify(files) },
    sourcemap: 'inline',
    logLevel: 'error',
  };
}

export async function buildPreview() {
  mkdirSync(PREVIEW_DIR, { recursive: true });
  await esbuild.build(previewOptions({ demoVault: demoVault() }));
  copyFileSync(join(root, 'preview/index.html'), join(PREVIEW_DIR, 'index.html'));
  copyFileSync(join(root, 'preview/obsidian-theme.css'), join(PREVIEW_DIR, 'obsidian-theme.css'));
  copyFileSync(join(root, 'styles.css'), join(PREVIEW_DIR, 'styles.css'));
  return PREVIEW_DIR;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.png': 'image/png' };

/** Serves .preview/ on 127.0.0.1; port 0 picks a free port. Resolves with the server and URL. */
export function servePreview(port = 0) {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const file = resolve(PREVIEW_DIR, '.' + (path === '/' ? '/index.html' : path));
    if (!file.startsWith(PREVIEW_DIR)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolvePromise) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolvePromise({ server, url: `http://127.0.0.1:${actual}/` });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildPreview();
  if (process.argv.includes('--build-only')) {
    process.stdout.write(`Built ${relative(root, PREVIEW_DIR)}/\n`);
  } else {
    const { url } = await servePreview(Number(process.env.PORT ?? 4173));
    process.stdout.write(`Plans dashboard preview: ${url}  (?theme=dark, ?layout=board, ?synthetic=1000, ?pane=side)\n`);
    process.stdout.write('Press Ctrl+C to stop.\n');
  }
}
