/**
 * What a benchmarked server process reports to the benchmark over its IPC channel: CPU time, memory, and
 * event-loop delay since the last reset. Installed in every server the benchmark starts, claimgraph's and the
 * baselines', so their figures are measured the same way.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export interface ProcessStats {
  /** user + system CPU time since the last reset, in microseconds (all threads of the process) */
  cpuMicros: number;
  rssBytes: number;
  /** the most resident memory the process ever had */
  maxRssBytes: number;
  /** event-loop delay since the last reset, in milliseconds */
  eventLoopDelay: { p50: number; p99: number; max: number };
}

export type StatsRequest = { type: 'stats'; id: number; reset: boolean };

export function installStatsChannel(): void {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  let cpu = process.cpuUsage();
  process.on('message', (message: StatsRequest) => {
    if (message?.type !== 'stats') return;
    const used = process.cpuUsage(cpu);
    const stats: ProcessStats = {
      cpuMicros: used.user + used.system,
      rssBytes: process.memoryUsage.rss(),
      maxRssBytes: process.resourceUsage().maxRSS * 1024,
      eventLoopDelay: {
        p50: delay.percentile(50) / 1e6,
        p99: delay.percentile(99) / 1e6,
        max: delay.max / 1e6,
      },
    };
    if (message.reset) {
      cpu = process.cpuUsage();
      delay.reset();
    }
    process.send?.({ type: 'stats', id: message.id, stats });
  });
  // the benchmark owns this process: when it goes away, so do we
  process.on('disconnect', () => process.exit(0));
}

/** Tells the benchmark the server is listening. */
export function reportReady(url: string, startupMs: number): void {
  process.send?.({ type: 'ready', url, startupMs });
}
