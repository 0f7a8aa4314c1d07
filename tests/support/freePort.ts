/** A free TCP port on 127.0.0.1, for a server a test starts itself (the one place tests pick a port). */
import { createServer } from 'node:net';

/**
 * Listens on port 0, notes the port the system chose, and lets it go. Another process could take the port before
 * the caller binds it; on a test machine that is rare enough to accept.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port > 0 ? resolve(port) : reject(new Error('the system gave no port'))));
    });
  });
}
