/**
 * The bundle signing key. Order: LIVEGUARD_SIGNING_KEY (base64 private key) > the committed
 * DEMO key when the demo dataset is seeded > <dataDir>/signing-key.json > a new key pair written
 * there (its public key is printed so a build can embed it). The production private key never
 * enters the repo: it lives in the deployment's env or data folder.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, publicKeyOf } from '../../lib/bundle/signature';
import { DEMO_PRIVATE_KEY } from './seed/demo-key';

export interface KeyPair { publicKey: string; privateKey: string; source: string }

export async function loadSigningKey(opts: { dataDir: string; envKey?: string; demo?: boolean }): Promise<KeyPair> {
  if (opts.envKey) return { privateKey: opts.envKey, publicKey: await publicKeyOf(opts.envKey), source: 'env' };
  if (opts.demo) return { privateKey: DEMO_PRIVATE_KEY, publicKey: await publicKeyOf(DEMO_PRIVATE_KEY), source: 'demo' };
  const file = join(opts.dataDir, 'signing-key.json');
  if (existsSync(file)) {
    const { privateKey } = JSON.parse(readFileSync(file, 'utf8')) as { privateKey: string };
    return { privateKey, publicKey: await publicKeyOf(privateKey), source: file };
  }
  const kp = await generateKeyPair();
  if (!opts.dataDir.startsWith('memory://')) {
    mkdirSync(opts.dataDir, { recursive: true });
    writeFileSync(file, JSON.stringify(kp, null, 1), { mode: 0o600 });
  }
  return { ...kp, source: `generated ${file}` };
}
