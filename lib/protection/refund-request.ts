/**
 * A guardian's refund request for a minor's tips, gifts and recharges (issue 24), pure: the
 * guardian enters the account, the child's age and each payment's time and amount; LiveGuard adds
 * its own evidence from the background's records: the rooms watched on that platform around those
 * payments (site, host, times, the tip/recharge controls the page offered) and the activity log of
 * the same period (gaps, gates, PIN entries, clock changes). The page prints it.
 */
import { z } from 'zod';
import { SiteIdSchema } from '../model';
import { MINOR_REFUND_CHANNELS, type MinorRefundChannel } from '../sites/descriptors/minor-refund';
import type { LogEntry } from './activity-log';
import type { RoomVisit } from './room-visits';

/** Evidence is taken from this long before the first payment to this long after the last one. */
export const EVIDENCE_MARGIN_MS = 6 * 3_600_000;

export const RefundPaymentSchema = z.object({
  at: z.number(),
  /** as the guardian reads it on the statement, e.g. "648.00" */
  amount: z.string().trim().min(1).max(20),
  currency: z.string().trim().max(8).default('CNY'),
  /** what it was: a recharge, a gift in a named room… */
  note: z.string().trim().max(200).default(''),
});
export const RefundFormSchema = z.object({
  site: SiteIdSchema,
  account: z.string().trim().min(1, 'account').max(200),
  childAge: z.number().int().min(1).max(17),
  guardianName: z.string().trim().max(100).default(''),
  contact: z.string().trim().max(200).default(''),
  payments: z.array(RefundPaymentSchema).min(1, 'payments').max(100),
});
export type RefundForm = z.input<typeof RefundFormSchema>;

export interface RefundRequest {
  form: z.infer<typeof RefundFormSchema>;
  channel: MinorRefundChannel;
  period: { from: number; to: number };
  visits: RoomVisit[];
  log: LogEntry[];
  total: { currency: string; amount: string }[];
}

/** Build the request; throws a zod error naming the first bad field. */
export function buildRefundRequest(input: RefundForm, visits: RoomVisit[], log: LogEntry[]): RefundRequest {
  const form = RefundFormSchema.parse(input);
  const payments = [...form.payments].sort((a, b) => a.at - b.at);
  const from = payments[0]!.at - EVIDENCE_MARGIN_MS;
  const to = payments[payments.length - 1]!.at + EVIDENCE_MARGIN_MS;
  const inPeriod = (a: number, b: number) => b >= from && a <= to;
  const sums = new Map<string, number>();
  for (const p of payments) {
    const n = Number(p.amount.replace(/,/g, ''));
    if (Number.isFinite(n)) sums.set(p.currency, (sums.get(p.currency) ?? 0) + Math.round(n * 100));
  }
  return {
    form: { ...form, payments },
    channel: MINOR_REFUND_CHANNELS[form.site],
    period: { from, to },
    visits: visits.filter((v) => v.site === form.site && inPeriod(v.from, v.to)),
    log: log.filter((e) => inPeriod(e.from ?? e.at, e.at) && (e.site === undefined || e.site === form.site)),
    total: [...sums].map(([currency, cents]) => ({ currency, amount: (cents / 100).toFixed(2) })),
  };
}

/**
 * The guardian's payments typed one per line: `2026-11-22 21:40, 648.00, recharge` (time in this
 * computer's zone, amount, optional note; comma, tab or Chinese comma). Returns the payments or the
 * first line that is not one.
 */
export function parsePaymentLines(text: string, currency = 'CNY'): { payments: z.input<typeof RefundPaymentSchema>[] } | { badLine: number } {
  const payments: z.input<typeof RefundPaymentSchema>[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const [when, amount, ...rest] = line.split(/\s*[,，\t]\s*/);
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})$/.exec(when ?? '');
    if (!m || !amount || !/^\d[\d,]*(\.\d{1,2})?$/.test(amount)) return { badLine: i + 1 };
    const at = new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!).getTime();
    if (!Number.isFinite(at)) return { badLine: i + 1 };
    payments.push({ at, amount, currency, note: rest.join(', ').slice(0, 200) });
  }
  return { payments };
}
