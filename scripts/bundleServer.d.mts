/** Writes `outdir/cli.js` and its chunks: the server bundled with its dependencies (bundleServer.mjs). */
export function bundleServer(options: { projectRoot: string; outdir: string; sourcemap?: boolean }): Promise<void>;
