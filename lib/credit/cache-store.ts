/**
 * Where answers to prefix lookups are kept (R-CREDIT-15): in extension storage, so they survive the
 * MV3 service worker stopping and a browser restart, and so that offline the cache answers.
 * One object keyed by prefix; writes are serialised and pruned (cache-prune.ts).
 */
import { z } from 'zod';
import { CreditEntrySchema } from '../api';
import { pruneCache } from './cache-prune';

export const PrefixRecordSchema = z.object({
  /** epoch ms of the server's answer */
  at: z.number(),
  entries: z.array(CreditEntrySchema),
});
export type PrefixRecord = z.infer<typeof PrefixRecordSchema>;

export interface PrefixStore {
  get(prefix: string): Promise<PrefixRecord | null>;
  set(prefix: string, record: PrefixRecord): Promise<void>;
  clear(): Promise<void>;
}

/** The smallest storage a store needs: a WXT storage item fits. */
export interface RecordsItem {
  getValue(): Promise<Record<string, PrefixRecord>>;
  setValue(v: Record<string, PrefixRecord>): Promise<void>;
}

export function persistedPrefixStore(item: RecordsItem, now: () => number = Date.now): PrefixStore {
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    async get(prefix) {
      await chain;
      return (await item.getValue())[prefix] ?? null;
    },
    set: (prefix, record) => serial(async () => item.setValue(pruneCache({ ...(await item.getValue()), [prefix]: record }, now()))),
    clear: () => serial(async () => item.setValue({})),
  };
}

export function memoryRecordsItem(): RecordsItem {
  let v: Record<string, PrefixRecord> = {};
  return { getValue: async () => v, setValue: async (n) => void (v = structuredClone(n)) };
}
