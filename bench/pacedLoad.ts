/**
 * Latency at a fixed rate. autocannon's `overallRate` sends each second's requests in one burst and then waits,
 * so its latencies measure the queue of the burst rather than the server at that rate; this client sends requests
 * evenly spaced (open loop, over keep-alive connections) and measures each from the moment it was due, so a
 * stalled server shows as latency instead of as fewer requests (no coordinated omission).
 */
import { Agent, request } from 'node:http';

export interface PacedResult {
  requests: number;
  errors: number;
  latencyMs: { p50: number; p99: number; p99_9: number; max: number };
}

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export async function pacedLoad(
  url: string,
  bodies: string[],
  rate: number,
  durationSeconds: number,
): Promise<PacedResult> {
  const target = new URL(url);
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const total = Math.max(1, Math.round(rate * durationSeconds));
  const interval = 1000 / rate;
  const latencies = new Float64Array(total);
  let errors = 0;
  let done = 0;
  const start = performance.now() + 5;
  const finished = new Promise<void>((resolve) => {
    const send = (index: number) => {
      const due = start + index * interval;
      const body = bodies[index % bodies.length];
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          if (response.statusCode !== 200) errors++;
          response.resume();
          response.on('end', () => {
            latencies[index] = performance.now() - due;
            if (++done === total) resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        latencies[index] = performance.now() - due;
        if (++done === total) resolve();
      });
      req.end(body);
    };
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < total && start + next * interval <= now) send(next++);
      if (next < total) setTimeout(tick, Math.max(0, Math.min(interval, start + next * interval - performance.now())));
    };
    setTimeout(tick, 5);
  });
  await finished;
  agent.destroy();
  const sorted = latencies.slice().sort();
  return {
    requests: total,
    errors,
    latencyMs: {
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      p99_9: percentile(sorted, 99.9),
      max: sorted[sorted.length - 1] ?? 0,
    },
  };
}
