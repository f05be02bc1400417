/**
 * Make the `pin` value for a guardian policy (docs/protection-policy.md, R-MINOR-11): reads a PIN
 * from stdin (not argv, so it stays out of shell history and `ps`) and prints the PBKDF2 record
 * as JSON. Usage: `npm run -s protection:pin-hash` and type the PIN, or pipe it in.
 */
import { createInterface } from 'node:readline';
import { hashPin } from '../lib/protection/pin';

const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: process.stdin.isTTY });
if (process.stdin.isTTY) process.stderr.write('Guardian PIN (6-32 characters): ');
rl.once('line', async (line) => {
  rl.close();
  try {
    process.stdout.write(JSON.stringify(await hashPin(line), null, 2) + '\n');
  } catch (e) {
    process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
});
