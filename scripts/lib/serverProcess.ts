// Starting the app (or a static host) as a child process on a free loopback port, for the end-to-end
// suites and the benchmarks: one place for the port, the readiness wait and the shutdown.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface ServerProcess {
  baseURL: string;
  /** The server's process id when it was started here (benchmarks sample its memory). */
  pid: number | null;
  stop: () => Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/** Waits until the server answers /api/places (on `next start`, or a static host through its rewrite). */
async function waitForServer(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited with code ${child.exitCode}:\n${output()}`);
    try {
      if ((await fetch(`${url}/api/places`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not answer at ${url}/api/places within 60 s:\n${output()}`);
}

export interface StartOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs `command` with the arguments `args(port)` builds for a free port and resolves once it serves. */
export async function startServerProcess(command: string, args: (port: number) => string[], options: StartOptions): Promise<ServerProcess> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const child = spawn(command, args(port), { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  try {
    await waitForServer(baseURL, child, () => output);
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  // Still flowing without listeners: the pipes are drained and what the server prints is dropped.
  child.stdout?.removeAllListeners('data');
  child.stderr?.removeAllListeners('data');
  output = '';
  return {
    baseURL,
    pid: child.pid ?? null,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

/** `next start` of the production build in `root` (which must exist). */
export function startNextServer(root: string): Promise<ServerProcess> {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error('No production build in .next/: run `npm run build` first (or set BASE_URL to a running app).');
  }
  return startServerProcess(path.join(root, 'node_modules', '.bin', 'next'), (port) => ['start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
