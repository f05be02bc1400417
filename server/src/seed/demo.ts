/**
 * The demo dataset (`npm start`, e2e): the demo room's host at LOW credit (COMMON demo identity),
 * and on douyin, bilibili and twitch one blacklisted, one low-credit and one good-credit account
 * for the credit badges. Idempotent: does nothing once a bundle version exists.
 */
import type { Db } from '../db/types';
import type { CreditRecord, BlacklistAdd } from '../../../lib/api';
import { currentVersion, publish } from '../store/bundles';
import { addBlacklist } from '../store/blacklist';
import { importCredit } from '../store/credit';

export const DEMO_HOST = { site: 'douyin', accountId: 'MS4wLjABAAAA_liveguard_demo_host', displayName: '严选好物小美' } as const;
const UPDATED = '2026-11-01T00:00:00.000Z';

export const DEMO_CREDIT: CreditRecord[] = [
  { site: 'douyin', accountId: DEMO_HOST.accountId, level: 2, complaints: 37, platformPenalties: 2, regulatorNotices: 1, updatedAt: UPDATED },
  ...(['douyin', 'bilibili', 'twitch'] as const).flatMap((site): CreditRecord[] => [
    { site, accountId: 'lg-demo-blacklisted', level: 1, complaints: 112, platformPenalties: 5, regulatorNotices: 3, updatedAt: UPDATED },
    { site, accountId: 'lg-demo-low', level: 2, complaints: 24, platformPenalties: 1, regulatorNotices: 0, updatedAt: UPDATED },
    { site, accountId: 'lg-demo-good', level: 5, complaints: 0, platformPenalties: 0, regulatorNotices: 0, updatedAt: UPDATED },
  ]),
];

export const DEMO_BLACKLIST: BlacklistAdd[] = (['douyin', 'bilibili', 'twitch'] as const).map((site) => ({
  site,
  accountId: 'lg-demo-blacklisted',
  displayName: 'LiveGuard demo blacklisted host',
  reason: 'Demo: repeated sales of counterfeit goods and refusal of refunds',
  source: 'LiveGuard demo dataset',
  since: '2026-10-01',
}));

export async function seedDemo(db: Db): Promise<boolean> {
  if ((await currentVersion(db)) > 0) return false;
  for (const e of DEMO_BLACKLIST) await addBlacklist(db, e);
  await importCredit(db, DEMO_CREDIT);
  await publish(db, {});
  return true;
}
