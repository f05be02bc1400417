/**
 * What a market-regulation (12315) complaint needs (R-COMPLAINT-18): complainant name, phone and
 * address; the business's name and address; the facts; the request. And the 3-year limit: a
 * complaint about something older than 3 years is not accepted, so the viewer is reminded early.
 */
import type { Complaint } from './schema';

export const REQUIRED_FIELDS = [
  'complainant.name',
  'complainant.phone',
  'complainant.address',
  'business.name',
  'business.address',
  'facts',
  'request',
] as const;
export type RequiredField = (typeof REQUIRED_FIELDS)[number];

type Fields = Pick<Complaint, 'complainant' | 'business' | 'facts' | 'request'>;

function value(c: Fields, field: RequiredField): string {
  switch (field) {
    case 'complainant.name': return c.complainant.name;
    case 'complainant.phone': return c.complainant.phone;
    case 'complainant.address': return c.complainant.address;
    case 'business.name': return c.business.name;
    case 'business.address': return c.business.address;
    case 'facts': return c.facts;
    case 'request': return c.request;
  }
}

export function missingFields(c: Fields): RequiredField[] {
  return REQUIRED_FIELDS.filter((f) => value(c, f).trim() === '');
}

const DAY = 86_400_000;
/**
 * The limit runs from the event (the evidence capture), not from the last edit: 3 years (R-COMPLAINT-18,
 * R-COMPLAINT-26). A year counted from 29 February ends on 28 February: 民法典 Art. 202 — a period in
 * years ends on the corresponding day of the last month, or that month's last day when it has none
 * (JavaScript's setFullYear alone would roll over to 1 March, a day late).
 */
export function limitDate(eventAt: number): Date {
  const d = new Date(eventAt);
  const month = d.getMonth();
  d.setFullYear(d.getFullYear() + 3);
  if (d.getMonth() !== month) d.setDate(0);
  return d;
}
/** whole days since the event (the complaint's age on the complaints page, R-COMPLAINT-26) */
export function ageDays(eventAt: number, now: number): number {
  return Math.max(0, Math.floor((now - eventAt) / DAY));
}
export type LimitState = { state: 'ok' | 'soon' | 'expired'; daysLeft: number; deadline: Date };
/** 'soon' within 90 days of the deadline. */
export function limitState(eventAt: number, now: number): LimitState {
  const deadline = limitDate(eventAt);
  const daysLeft = Math.floor((deadline.getTime() - now) / DAY);
  return { state: daysLeft < 0 ? 'expired' : daysLeft <= 90 ? 'soon' : 'ok', daysLeft, deadline };
}
