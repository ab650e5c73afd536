import { describeError, processOutput } from './output.js';
import { installedPlugins } from './plugins.js';
import { startServer } from './server.js';

/** `npm start` runs this (scripts/start.mjs builds first). */
try {
  const { sb } = await startServer({ plugins: installedPlugins, output: processOutput });
  let closing = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    sb.logger.info({ signal }, 'shutting down');
    // a request that never ends must not keep the process alive forever
    setTimeout(() => process.exit(1), 10_000).unref();
    sb.close().then(
      () => process.exit(0),
      (err: unknown) => {
        processOutput.err(describeError(err).text);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
} catch (err) {
  processOutput.err(`SchoolBridge 未能启动 / SchoolBridge did not start\n${describeError(err).text}`);
  process.exit(1);
}
