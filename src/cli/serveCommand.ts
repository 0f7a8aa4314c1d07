/** `claimgraph serve`: runs the server with configuration from the environment until SIGTERM or SIGINT. */
import { ConfigError, loadConfig } from '../config/config.js';
import { DatasetValidationError } from '../ingest/loadDatasetFile.js';
import { startServer, type RunningServer } from '../app/startServer.js';
import { helpOption, parseCommandArgs } from './arguments.js';

const USAGE = 'usage: claimgraph serve   (no arguments: configure it with environment variables, see README.md)';

export async function serveCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('serve', USAGE, args, { options: { help: helpOption } });
  if (typeof parsed === 'number') return parsed;
  // The signal handlers come first: a SIGTERM that arrives while the server starts (or just after its "serving"
  // line) must still shut it down cleanly, not kill the process mid-write.
  let stopSignal: string | null = null;
  let stop: (() => void) | null = null;
  const onSignal = (signal: string) => {
    stopSignal ??= signal;
    stop?.();
  };
  const onTerm = () => onSignal('SIGTERM');
  const onInt = () => onSignal('SIGINT');
  process.once('SIGTERM', onTerm);
  process.once('SIGINT', onInt);

  let server: RunningServer;
  try {
    server = await startServer(loadConfig());
  } catch (error) {
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onInt);
    if (error instanceof ConfigError || error instanceof DatasetValidationError) {
      console.error(`claimgraph serve: ${error.message}`);
      return 1;
    }
    if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
      console.error(`claimgraph serve: ${error.message} (set PORT to another port)`);
      return 1;
    }
    throw error;
  }
  return new Promise<number>((resolve) => {
    stop = () => {
      stop = null;
      console.log(`claimgraph received ${stopSignal}, shutting down`);
      server.close().then(
        () => resolve(0),
        (error) => {
          console.error('claimgraph: error while shutting down', error);
          resolve(1);
        },
      );
    };
    if (stopSignal !== null) stop();
  });
}
