/**
 * Which locale key names each schema value a viewer sees (issue 23): no raw key (`complainant.name`,
 * `off_platform`, `no_permission`) ever reaches a page or the report. Keys only, no text: the UI
 * looks them up with t(), the report with labelsFor(lang).
 */
import type { RequiredField } from './completeness';

/** The locale key naming each field a 12315 complaint needs (shared by the editor and the report). */
export const FIELD_LABEL_KEY: Record<RequiredField, string> = {
  'complainant.name': 'cpComplainantName',
  'complainant.phone': 'cpComplainantPhone',
  'complainant.address': 'cpComplainantAddress',
  'business.name': 'cpBusinessName',
  'business.address': 'cpBusinessAddress',
  facts: 'complaintFacts',
  request: 'complaintRequest',
};

/** Locale keys of the evidence items' digests, in the order of Evidence.hashes. */
export const HASH_LABEL_KEY = {
  page: 'cpHash_page',
  product: 'cpHash_product',
  chat: 'cpHash_chat',
  findings: 'cpHash_findings',
  screenshot: 'cpHash_screenshot',
} as const;

export const siteLabelKey = (site: string) => `cpSite_${site}`;
export const reasonLabelKey = (reason: string) => `cpReason_${reason}`;
