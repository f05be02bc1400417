/**
 * `npm run admin -- <command>`: the admin operations on the same database the server uses
 * (LIVEGUARD_DATA_DIR or server/.data; DATABASE_URL for PostgreSQL).
 *   keygen [--out FILE]                      new Ed25519 key pair; private key to FILE (default <dataDir>/signing-key.json), public key printed
 *   create-token NAME                        prints a new admin bearer token once (stored hashed)
 *   list-tokens                              id, name, creation time and hash fingerprint of every admin token
 *   revoke-token ID|TOKEN                    deletes an admin token (by its id from list-tokens, or the token itself); effective at once
 *   publish [FILE.json]                      publish a new bundle version (optional {settings,vocabulary,sites})
 *   blacklist-add SITE ACCOUNT_ID REASON SOURCE SINCE [DISPLAY_NAME]
 *   blacklist-remove SITE ACCOUNT_ID
 *   import-credit FILE.csv|FILE.jsonl [--resume] [--rejects PATH] [--keep-indexes]   streamed, batched, resumable; rejected lines with reasons to FILE.rejected.jsonl; --keep-indexes: never drop the hash index (a server answers from the table meanwhile)
 *   import-credit FILE.json                  a JSON array, all or nothing (≤ 200k records)
 *   generate --records N [--out FILE.csv|FILE.jsonl] [--seed S]   a realistic synthetic credit dataset (default credit-N.csv)
 *   render-buckets                           after a bulk load: every non-empty credit bucket rendered once and VACUUMed (store/credit-buckets.ts), so no lookup pays for it
 *   export-static DIR [--bucket-hex 4]        the public API as static files for a CDN: signed bundle, deltas, credit buckets, signed manifest
 *   seed-demo                                load the demo dataset (empty database only)
 *   reset                                    after restoring an older backup: a signed reset plus a new version, so clients take it (docs/sync-recovery.md)
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve, join } from 'node:path';
import { openDb } from './db/open';
import { generateKeyPair } from '../../lib/bundle/signature';
import { BlacklistAddSchema, BlacklistRemoveSchema, PublishRequestSchema } from '../../lib/api';
import { publish, resetAndPublish } from './store/bundles';
import { addBlacklist, removeBlacklist } from './store/blacklist';
import { importCredit } from './store/credit';
import { renderAllBuckets } from './store/credit-buckets';
import { createToken, listTokens, revokeToken } from './store/tokens';
import { parseCreditJson } from './credit-import';
import { cliStreamImport } from './cli-import';
import { writeGenerated } from './credit-generate';
import { exportStatic } from './static-export';
import { loadSigningKey } from './keys';
import { seedDemo } from './seed/demo';
import { parseBoundedJson } from './bounded-json';

const [cmd, ...args] = process.argv.slice(2);
const dataDir = resolve(process.env.LIVEGUARD_DATA_DIR ?? 'server/.data');

async function withDb<T>(fn: (db: Awaited<ReturnType<typeof openDb>>) => Promise<T>): Promise<T> {
  const db = await openDb({ dataDir, databaseUrl: process.env.DATABASE_URL || undefined });
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

async function main(): Promise<void> {
  switch (cmd) {
    case 'keygen': {
      const i = args.indexOf('--out');
      const out = resolve(i >= 0 ? args[i + 1]! : join(dataDir, 'signing-key.json'));
      if (existsSync(out)) throw new Error(`${out} exists; refusing to overwrite a signing key`);
      const kp = await generateKeyPair();
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, JSON.stringify(kp, null, 1), { mode: 0o600 });
      console.log(`private key written to ${out} (keep it out of the repo)`);
      console.log(`public key (build with WXT_LIVEGUARD_BUNDLE_PUBKEY=...): ${kp.publicKey}`);
      return;
    }
    case 'create-token':
      if (!args[0]) throw new Error('usage: create-token NAME');
      console.log(await withDb((db) => createToken(db, args[0]!)));
      return;
    case 'list-tokens': {
      const tokens = await withDb(listTokens);
      if (!tokens.length) console.log('no admin tokens');
      for (const t of tokens) console.log(`${t.id}\t${t.name}\t${t.createdAt}\tsha256:${t.fingerprint}…`);
      return;
    }
    case 'revoke-token': {
      if (!args[0]) throw new Error('usage: revoke-token ID|TOKEN  (ids: list-tokens)');
      const n = await withDb((db) => revokeToken(db, args[0]!));
      if (!n) throw new Error(`no admin token matches '${/^\d+$/.test(args[0]) ? args[0] : 'the given token'}'`);
      console.log(`revoked ${n} admin token${n > 1 ? 's' : ''}`);
      return;
    }
    case 'publish': {
      const req = PublishRequestSchema.parse(args[0] ? parseBoundedJson(readFileSync(args[0], 'utf8')) : {});
      console.log(`published version ${await withDb((db) => publish(db, req))}`);
      return;
    }
    case 'blacklist-add': {
      const [site, accountId, reason, source, since, displayName] = args;
      const e = BlacklistAddSchema.parse({ site, accountId, reason, source, since, ...(displayName ? { displayName } : {}) });
      console.log(`added entry ${await withDb((db) => addBlacklist(db, e))}; run 'publish' to release it`);
      return;
    }
    case 'blacklist-remove': {
      const e = BlacklistRemoveSchema.parse({ site: args[0], accountId: args[1] });
      await withDb((db) => removeBlacklist(db, e.site, e.accountId));
      console.log("removed; run 'publish' to release it");
      return;
    }
    case 'import-credit': {
      const file = args[0];
      if (!file) throw new Error('usage: import-credit FILE.csv|FILE.jsonl|FILE.json [--resume] [--rejects PATH] [--keep-indexes]');
      if (/\.(csv|jsonl|ndjson)$/i.test(file)) {
        const i = args.indexOf('--rejects');
        await withDb((db) => cliStreamImport(db, file, /\.csv$/i.test(file) ? 'csv' : 'jsonl', { resume: args.includes('--resume'), keepIndexes: args.includes('--keep-indexes'), rejects: i > 0 ? args[i + 1] : undefined }));
        return;
      }
      // a JSON array (the admin endpoint's other format): all or nothing, at most 200k records
      const records = parseCreditJson(readFileSync(file, 'utf8'));
      console.log(`imported ${await withDb((db) => importCredit(db, records))} credit records`);
      return;
    }
    case 'reset': {
      const r = await withDb((db) => resetAndPublish(db));
      console.log(`reset at ${r.resetAt}; published version ${r.version}: clients holding a higher version will take it`);
      return;
    }
    case 'generate': {
      const n = Number(args[args.indexOf('--records') + 1]);
      if (!args.includes('--records') || !Number.isInteger(n) || n < 1) throw new Error('usage: generate --records N [--out FILE.csv|FILE.jsonl] [--seed S]');
      const oi = args.indexOf('--out');
      const out = resolve(oi >= 0 ? args[oi + 1]! : `credit-${n}.csv`);
      const si = args.indexOf('--seed');
      await writeGenerated(out, n, si >= 0 ? Number(args[si + 1]) : undefined);
      console.log(`wrote ${n} credit records to ${out}`);
      return;
    }
    case 'render-buckets': {
      await withDb(async (db) => {
        const t0 = Date.now();
        const n = await renderAllBuckets(db);
        console.log(`rendered ${n} credit buckets in ${((Date.now() - t0) / 1000).toFixed(1)} s (valid until the next credit or blacklist write)`);
      });
      return;
    }
    case 'export-static': {
      const out = args[0];
      if (!out || out.startsWith('--')) throw new Error('usage: export-static DIR [--bucket-hex 4]');
      const bi = args.indexOf('--bucket-hex');
      const key = await loadSigningKey({ dataDir, envKey: process.env.LIVEGUARD_SIGNING_KEY || undefined, demo: process.env.LIVEGUARD_SEED_DEMO === '1' });
      const t0 = Date.now();
      const r = await withDb((db) => exportStatic(db, key, resolve(out), { bucketHex: bi >= 0 ? Number(args[bi + 1]) : undefined }));
      console.log(`exported bundle v${r.manifest.bundleVersion}, ${Object.keys(r.manifest.deltas).length} deltas, ${r.manifest.credit.records} credit records in ${Object.keys(r.manifest.credit.buckets).length} buckets: ${r.files} files, ${(r.bytes / 1e6).toFixed(1)} MB in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${resolve(out)} (signed by ${key.source} key ${key.publicKey})`);
      return;
    }
    case 'seed-demo':
      console.log((await withDb(seedDemo)) ? 'demo dataset loaded' : 'database already has a bundle; nothing done');
      return;
    default:
      console.log(readFileSync(new URL(import.meta.url), 'utf8').split('*/')[0]!.replace(/^\/\*\*?\n?/, '').replace(/^ \* ?/gm, ''));
      if (cmd) process.exitCode = 2;
  }
}

main().catch((e) => {
  console.error(`admin: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
