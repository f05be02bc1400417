/**
 * Where to send a saved complaint and what to paste where (issue 23, R-COMPLAINT-18): the
 * platform's own complaint or report entry (platform-entries.ts), and the national 12315
 * platform. Each destination lists its fields in the order its form asks for them, with the value
 * ready to copy in the viewer's language and time zone. Pure: the page passes the words and zone.
 */
import type { Complaint } from './schema';
import { formatWhen } from './time-format';
import { siteLabelKey } from './label-keys';
import type { Translate } from './labels';
import { businessName } from './build';
import type { ComplaintEntry } from './platform-entries';

export type { ComplaintEntry } from './platform-entries';
export interface CopyField {
  /** locale key of the field's label */
  labelKey: string;
  value: string;
}
export interface Destination {
  id: 'platform' | '12315';
  title: string;
  /** the web entry; null when the platform takes it in its app only */
  url: string | null;
  /** how to get there (app paths, the form's order) */
  how: string;
  source: string;
  fields: CopyField[];
}

export const URL_12315 = 'https://www.12315.cn/';

function productLine(c: Complaint, L: Translate): string {
  const p = c.evidence.product;
  if (!p) return '';
  const prices = [p.price !== null ? `${L('cpPrice')} ¥${p.price}` : '', p.originalPrice !== null ? `${L('cpOriginalPrice')} ¥${p.originalPrice}` : ''].filter(Boolean);
  return [p.title, ...prices].join(L('fgListSep'));
}

function hostLine(c: Complaint): string {
  const { hostName, hostId } = c.evidence.page;
  return [hostName, hostId ? `(${hostId})` : ''].filter(Boolean).join(' ');
}

/** the seller the room disclosed (R-INFO-24): name, shop link, licence link, for the form's business fields */
export function sellerLine(c: Complaint): string {
  const s = c.evidence.page.seller;
  return s ? [s.name, s.url, s.licenceUrl].filter(Boolean).join(' ') : '';
}

const keep = (fields: CopyField[]) => fields.filter((f) => f.value.trim() !== '');

export function filingGuidance(c: Complaint, entry: ComplaintEntry, L: Translate, timeZone: string): Destination[] {
  const site = L(siteLabelKey(c.evidence.page.site));
  const when = formatWhen(c.subject.at || c.evidence.capturedAt, timeZone);
  const evidence = c.evidence.recordHash;
  const platform: Destination = {
    id: 'platform',
    title: L(entry.kind === 'complaint' ? 'fgPlatformComplaint' : 'fgPlatformReport', [site]),
    url: entry.url,
    how: L(`fgHow_${c.evidence.page.site}`),
    source: entry.source,
    // report flows ask: which room/account, the reason, what happened; buyer complaints add the order's goods
    fields: keep([
      { labelKey: 'fgField_roomUrl', value: c.evidence.page.url },
      { labelKey: 'fgField_host', value: hostLine(c) },
      { labelKey: 'fgField_seller', value: sellerLine(c) },
      { labelKey: 'fgField_reason', value: L(`cat_${c.subject.category}`) },
      ...(entry.kind === 'complaint' ? [{ labelKey: 'fgField_product', value: productLine(c, L) }] : []),
      { labelKey: 'complaintFacts', value: c.facts },
      { labelKey: 'complaintRequest', value: entry.kind === 'complaint' ? c.request : '' },
      { labelKey: 'fgField_eventTime', value: when },
      { labelKey: 'fgField_evidence', value: evidence },
    ]),
  };
  const national: Destination = {
    id: '12315',
    title: L('fg12315'),
    url: URL_12315,
    how: L('fg12315How'),
    source: L('fg12315Source'),
    // the 12315 form: the business first, then the event, the facts and the request, then the complainant
    fields: keep([
      // the business is the seller the room disclosed, else the card's shop, else the host (R-INFO-24)
      { labelKey: 'cpBusinessName', value: c.business.name || businessName(c.evidence.page, c.evidence.product) },
      { labelKey: 'cpBusinessAddress', value: c.business.address },
      { labelKey: 'fgField_seller', value: sellerLine(c) },
      { labelKey: 'fgField_eventTime', value: when },
      { labelKey: 'fgField_platform', value: `${site} ${c.evidence.page.url}` },
      { labelKey: 'fgField_product', value: productLine(c, L) },
      { labelKey: 'complaintFacts', value: c.facts },
      { labelKey: 'complaintRequest', value: c.request },
      { labelKey: 'cpComplainantName', value: c.complainant.name },
      { labelKey: 'cpComplainantPhone', value: c.complainant.phone },
      { labelKey: 'cpComplainantAddress', value: c.complainant.address },
      { labelKey: 'fgField_evidence', value: evidence },
    ]),
  };
  return [platform, national];
}
