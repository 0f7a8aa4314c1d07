/**
 * The real claimgraph server, for the benchmark: `startServer` with the configuration from the environment (as
 * `claimgraph serve` runs it), plus the stats channel. Started by bench/run.ts as a child process.
 */
import { loadConfig } from '../src/config/config.js';
import { startServer } from '../src/app/startServer.js';
import { installStatsChannel, reportReady } from './processStats.js';

const started = performance.now();
installStatsChannel();
const server = await startServer(loadConfig(), () => {});
reportReady(server.url, performance.now() - started);
process.on('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
