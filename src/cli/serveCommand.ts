/** `claimgraph serve`: runs the server with configuration from the environment until SIGTERM or SIGINT. */
import { ConfigError, loadConfig } from '../config/config.js';
import { DatasetValidationError } from '../ingest/loadDatasetFile.js';
import { startServer } from '../http/startServer.js';

export async function serveCommand(args: string[]): Promise<number> {
  if (args.length > 0) {
    console.error(`claimgraph serve takes no arguments (configure it with environment variables), got: ${args.join(' ')}`);
    return 2;
  }
  let server;
  try {
    server = await startServer(loadConfig());
  } catch (error) {
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
  const running = server;
  return new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      console.log(`claimgraph received ${signal}, shutting down`);
      running.close().then(
        () => resolve(0),
        (error) => {
          console.error('claimgraph: error while shutting down', error);
          resolve(1);
        },
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
}
