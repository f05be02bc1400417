// @vitest-environment happy-dom
// R-COMPLAINT-26: each row of the complaints list shows the complaint's age and the 12315 deadline,
// from the same limitDate the exported report prints as 期限.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { ComplaintList } from '@/components/complaints/ComplaintList';
import { makeComplaint } from '../unit/complaints/make-complaint';

// fakeBrowser has no i18n catalog: the key and its substitutions stand in for the translation
(browser.i18n as { getMessage: (k: string, s?: string[]) => string }).getMessage = (k, s) => [k, ...(s ?? [])].join('|');

const DAY = 86_400_000;

describe('complaints list: age and 12315 deadline', () => {
  it('shows days since the capture and the deadline three years on; past it, says so', async () => {
    const at = Date.UTC(2024, 1, 29, 4);
    const { complaint } = await makeComplaint('c-age', { at });
    const ok = render(<ComplaintList items={[complaint]} selected={null} onSelect={() => {}} timeZone="Asia/Shanghai" now={at + 40 * DAY} />);
    const age = ok.container.querySelector('[data-liveguard="complaint-age"]')!;
    expect(age.getAttribute('data-state')).toBe('ok');
    expect(age.textContent).toBe('cpAgeDeadline|40|2027-02-28');
    ok.unmount();
    const late = render(<ComplaintList items={[complaint]} selected={null} onSelect={() => {}} timeZone="Asia/Shanghai" now={at + 1200 * DAY} />);
    const gone = late.container.querySelector('[data-liveguard="complaint-age"]')!;
    expect(gone.getAttribute('data-state')).toBe('expired');
    expect(gone.textContent).toBe('cpAgeExpired|1200|2027-02-28');
  });
});
