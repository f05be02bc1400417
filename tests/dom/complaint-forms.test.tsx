// @vitest-environment happy-dom
// R-COMPLAINT-16/18: the filing form is prefilled and sends the viewer's words; the editor warns
// for every missing 12315 field and hostile text renders as text.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render } from '@testing-library/preact';
import { FilingForm } from '@/components/complaints/FilingForm';
import { ComplaintEditor } from '@/components/complaints/ComplaintEditor';
import { makeComplaint } from '../unit/complaints/make-complaint';

// fakeBrowser has no i18n catalog; keys stand in for translations (the keys are checked elsewhere)
(browser.i18n as { getMessage: (k: string) => string }).getMessage = (k) => k;

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('complaint forms', () => {
  it('filing form: prefilled, shares only when ticked, submits in one click', () => {
    const onSubmit = vi.fn();
    const { container } = render(
      <FilingForm
        prefill={{ category: 'off_platform', matchedText: HOSTILE, at: 0, page: { url: 'https://live.douyin.com/1', site: 'douyin', roomId: '1', roomTitle: null, hostName: '严选好物小美', hostId: 'h1' }, product: { title: '面霜', price: 99, originalPrice: 999, text: '' } }}
        status={{ kind: 'editing' }}
        timeZone="Asia/Shanghai"
        askGrant={false}
        onSubmit={onSubmit}
        onClose={() => undefined}
      />,
    );
    expect(container.textContent).toContain('严选好物小美');
    // the time in the viewer's zone with the zone named (issue 23)
    expect(container.querySelector('[data-liveguard="form-time"]')!.textContent).toBe('1970-01-01 08:00 (Asia/Shanghai, UTC+8)');
    expect(container.querySelector('[data-liveguard="grant-why"]')).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    expect(container.querySelector('img')).toBeNull();
    expect((container.querySelector('select[name="category"]') as HTMLSelectElement).value).toBe('off_platform');
    fireEvent.input(container.querySelector('textarea[name="facts"]')!, { target: { value: '让我加微信' } });
    fireEvent.click(container.querySelector('[data-liveguard-action="complaint-submit"]')!);
    expect(onSubmit).toHaveBeenCalledWith({ category: 'off_platform', facts: '让我加微信', request: '', share: false }, null);
  });

  it('filing form, first filing without the screenshot grant: explains, then asks and saves in one click or saves without', () => {
    const onSubmit = vi.fn();
    const { container } = render(
      <FilingForm
        prefill={{ category: 'off_platform', matchedText: 'x', at: 0, page: { url: 'https://live.douyin.com/1', site: 'douyin', roomId: '1', roomTitle: null, hostName: 'h', hostId: null }, product: null }}
        status={{ kind: 'editing' }}
        timeZone="UTC"
        askGrant={true}
        onSubmit={onSubmit}
        onClose={() => undefined}
      />,
    );
    expect(container.querySelector('[data-liveguard="grant-why"]')!.textContent).toBe('cpGrantWhy');
    expect(container.querySelector('[data-liveguard-action="complaint-submit"]')).toBeNull();
    fireEvent.click(container.querySelector('[data-liveguard-action="complaint-grant-submit"]')!);
    expect(onSubmit).toHaveBeenLastCalledWith({ category: 'off_platform', facts: '', request: '', share: false }, true);
    fireEvent.click(container.querySelector('[data-liveguard-action="complaint-submit-without"]')!);
    expect(onSubmit).toHaveBeenLastCalledWith({ category: 'off_platform', facts: '', request: '', share: false }, false);
  });

  it('editor: flags each missing 12315 field until it is filled', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID());
    const onSave = vi.fn();
    const { container } = render(<ComplaintEditor complaint={complaint} onSave={onSave} />);
    const missing = () => [...container.querySelectorAll('[data-missing]')].map((e) => e.getAttribute('data-missing'));
    expect(missing()).toEqual(['complainant.name', 'complainant.phone', 'complainant.address', 'business.address']);
    fireEvent.input(container.querySelector('input[name="complainant.phone"]')!, { target: { value: '13800000000' } });
    expect(missing()).toEqual(['complainant.name', 'complainant.address', 'business.address']);
    fireEvent.submit(container.querySelector('form')!);
    expect(onSave.mock.calls[0]![0].complainant.phone).toBe('13800000000');
  });
});
