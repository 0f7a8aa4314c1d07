/** A server process the benchmark started: its address, how long it took to start, and its stats channel. */
import { fork, type ChildProcess } from 'node:child_process';
import type { ProcessStats } from './processStats.js';

export class BenchProcess {
  private nextId = 1;

  private constructor(
    private readonly child: ChildProcess,
    readonly url: string,
    /** from spawning the process to its first `ready`, wall-clock */
    readonly startWallMs: number,
    /** from the start of the server module to listening, as the process measured it */
    readonly startupMs: number,
  ) {}

  static start(script: string, args: string[], env: Record<string, string>, setup?: unknown): Promise<BenchProcess> {
    const started = performance.now();
    const child = fork(script, args, {
      // BENCH_CPU_PROF=DIR profiles every server the benchmark starts (node --cpu-prof), to find what limits it
      execArgv: [
        '--import',
        'tsx',
        ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      ],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    if (setup !== undefined) child.send(setup as never);
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) =>
        reject(new Error(`${script} ${args.join(' ')} exited with code ${code} before it was ready`));
      child.once('exit', onExit);
      child.on('message', (message: { type: string; url: string; startupMs: number }) => {
        if (message.type !== 'ready') return;
        child.off('exit', onExit);
        resolve(new BenchProcess(child, message.url, performance.now() - started, message.startupMs));
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  /** CPU, memory and event-loop delay since the last reset; `reset` starts a new interval. */
  stats(reset: boolean): Promise<ProcessStats> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      const listener = (message: { type: string; id: number; stats: ProcessStats }) => {
        if (message.type !== 'stats' || message.id !== id) return;
        this.child.off('message', listener);
        resolve(message.stats);
      };
      this.child.on('message', listener);
      this.child.send({ type: 'stats', id, reset });
    });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
}
