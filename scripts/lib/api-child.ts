/**
 * The companion API as `npm start` runs it: server/src/main.ts, plus an exit when the start script
 * is gone, however it went (its IPC channel closes on any death, SIGKILL included), so the API never
 * outlives the demo and keeps the port.
 */
process.on('disconnect', () => {
  // the server's own SIGTERM handler closes the database cleanly; exit anyway if that hangs
  setTimeout(() => process.exit(0), 5000).unref();
  process.kill(process.pid, 'SIGTERM');
});
await import('../../server/src/main');
export {};
