// Builds the app, serves the production build on 127.0.0.1:4173, and runs the browser
// tests (test/e2e/*.test.mjs) with node's test runner against it.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const port = 4173;
const base = `http://127.0.0.1:${port}`;

// Another server on the port would answer instead of this build: refuse rather than test it.
try {
  await fetch(base);
  console.error(`${base} is already in use; stop the server there first.`);
  process.exit(1);
} catch {
  // free, as it should be
}

const build = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'],
  { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], detached: true },
);
const stop = () => {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    // already gone
  }
};
process.on('exit', stop);

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(base);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the preview server did not start on ${base}`);
}
await waitForServer();

const only = process.argv.slice(2);
const files = readdirSync(join(root, 'test/e2e'))
  .filter((f) => f.endsWith('.test.mjs'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .map((f) => join('test/e2e', f));
const run = spawnSync('node', ['--test', '--test-concurrency=1', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, BASE_URL: base },
});
stop();
process.exit(run.status ?? 1);
