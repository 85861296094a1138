import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export interface ProcessSpec {
  /** How the report names it: "institutions", "gateway", "apollo"… */
  name: string;
  /** A compiled entry point (dist/…js). */
  modulePath: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** A stdout line saying the process is ready; its first group is the URL it serves. */
  ready: RegExp;
  startTimeoutMs?: number;
}

export interface BenchProcess {
  name: string;
  pid: number;
  url: string;
  /** Sends an IPC message and resolves with the first reply `accept` recognizes. */
  request<T>(message: object, accept: (reply: unknown) => T | undefined, timeoutMs?: number): Promise<T>;
  /** The last lines it printed, to explain a failure. */
  recentOutput(): string;
}

export interface ProcessGroup {
  start(spec: ProcessSpec): Promise<BenchProcess>;
  /** A process that exited while the group had not asked it to, e.g. a crash under load. */
  crashed(): string | null;
  /** SIGTERM to every child, SIGKILL to those still alive after `graceMs`. */
  stopAll(graceMs?: number): Promise<void>;
  /** SIGKILL to every child, synchronously: for process 'exit', when nothing asynchronous runs any more. */
  killAllNow(): void;
}

const KEPT_LINES = 15;
// Colours of the processes' loggers: noise in a log file.
const ANSI = /\u001b\[[0-9;]*m/g;
const EXIT_WITH_PARENT = join(__dirname, 'exitWithParent.js');

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** The benchmark's child processes, each forked with IPC and the exit-with-parent guard; none outlives the runner. */
export function createProcessGroup(): ProcessGroup {
  const children = new Set<ChildProcess>();
  let stopping = false;
  let crash: string | null = null;

  const start = (spec: ProcessSpec) =>
    new Promise<BenchProcess>((resolve, reject) => {
      const lines: string[] = [];
      const keep = (line: string) => {
        lines.push(line.replace(ANSI, ''));
        if (lines.length > KEPT_LINES) lines.shift();
      };
      const child = fork(spec.modulePath, spec.args ?? [], {
        env: spec.env,
        execArgv: ['--require', EXIT_WITH_PARENT],
        stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      });
      children.add(child);
      const recentOutput = () => lines.join('\n');
      let ready = false;
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error(`${spec.name} not ready after ${spec.startTimeoutMs ?? 60_000} ms:\n${recentOutput()}`));
      }, spec.startTimeoutMs ?? 60_000);
      child.once('exit', (code, signal) => {
        children.delete(child);
        clearTimeout(timer);
        const how = `${spec.name} exited (${signal ?? `code ${code}`})`;
        if (!ready) reject(new Error(`${how} before it was ready:\n${recentOutput()}`));
        else if (!stopping) crash ??= `${how}:\n${recentOutput()}`;
      });
      if (child.stderr) createInterface({ input: child.stderr }).on('line', (line) => keep(`[stderr] ${line}`));
      if (child.stdout) {
        createInterface({ input: child.stdout }).on('line', (line) => {
          keep(line);
          const match = ready ? null : spec.ready.exec(line);
          if (!match || child.pid === undefined) return;
          ready = true;
          clearTimeout(timer);
          resolve({ name: spec.name, pid: child.pid, url: match[1], request: (message, accept, timeoutMs) => request(child, spec.name, message, accept, timeoutMs), recentOutput });
        });
      }
    });

  const stopAll = async (graceMs = 10_000) => {
    stopping = true;
    const live = [...children];
    for (const child of live) child.kill('SIGTERM');
    await Promise.all(
      live.map(async (child) => {
        if (!(await waitForExit(child, graceMs))) child.kill('SIGKILL');
      }),
    );
  };

  const killAllNow = () => {
    stopping = true;
    for (const child of children) child.kill('SIGKILL');
  };

  return { start, crashed: () => crash, stopAll, killAllNow };
}

function request<T>(child: ChildProcess, name: string, message: object, accept: (reply: unknown) => T | undefined, timeoutMs = 120_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    const onMessage = (reply: unknown) => {
      const accepted = accept(reply);
      if (accepted === undefined) return;
      cleanup();
      resolve(accepted);
    };
    const onExit = () => {
      cleanup();
      reject(new Error(`${name} exited while asked ${JSON.stringify(message)}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`${name} did not answer ${JSON.stringify(message)} within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}
