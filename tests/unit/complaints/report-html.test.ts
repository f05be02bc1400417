// Page and viewer text is hostile: in the printable report it stays inert text (design.md).
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { reportHtml } from '@/lib/complaints/report-html';
import { makeComplaint } from './make-complaint';

const HOSTILE = `<img src=x onerror="alert(1)"><script>window.pwned=1</script>"'&`;

describe('printable report', () => {
  it('keeps hostile text inert and visible as text, in zh-CN and en', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID(), {
      input: { facts: HOSTILE, chat: [{ kind: 'chat', text: HOSTILE, author: HOSTILE, at: Date.UTC(2025, 5, 1, 11, 59) }] },
    });
    complaint.complainant.name = HOSTILE;
    for (const lang of ['zh-CN', 'en'] as const) {
      const html = reportHtml([complaint], lang, Date.UTC(2025, 6, 1));
      const win = new Window();
      win.document.write(html);
      const doc = win.document;
      expect(doc.querySelectorAll('script').length).toBe(0);
      expect([...doc.querySelectorAll('img')].every((i) => !i.hasAttribute('onerror'))).toBe(true);
      expect(doc.body.textContent).toContain(HOSTILE);
      expect(html).toContain("default-src 'none'");
      expect(doc.documentElement.getAttribute('lang')).toBe(lang);
      await win.happyDOM.close();
    }
    expect(reportHtml([complaint], 'zh-CN', 0)).toContain('12315 投诉尚缺');
    expect(reportHtml([complaint], 'en', 0)).toContain('Still missing for a 12315 complaint');
  });
});
