// Page and viewer text is hostile: in the printable report it stays inert text (design.md).
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { reportHtml } from '@/lib/complaints/report-html';
import { makeComplaint } from './make-complaint';
import { rawKeysIn, schemaWords } from '../../complaint-schema-keys';
import { canonicalJson } from '@/lib/complaints/hashing';
import { sha256Hex } from '@/lib/account-hash';

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

describe('report in the viewer\'s words and time (issue 23)', () => {
  const texts = (html: string) => {
    const win = new Window();
    win.document.write(html);
    const out: string[] = [];
    const walk = (n: { nodeType: number; textContent: string | null; childNodes: ArrayLike<unknown>; parentNode?: { nodeName?: string } | null }) => {
      if (n.nodeType === 3 && !/^(STYLE|SCRIPT)$/i.test(n.parentNode?.nodeName ?? '')) out.push(n.textContent ?? '');
      for (const c of Array.from(n.childNodes)) walk(c as typeof n);
    };
    walk(win.document.body as unknown as Parameters<typeof walk>[0]);
    void win.happyDOM.close();
    return out;
  };

  it('shows no raw schema word, names the zone, lists missing fields by name', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID(), {
      input: { findings: [{ at: Date.UTC(2025, 5, 1, 11, 59), finding: { category: 'off_platform', severity: 'warning', ruleId: 'R-OFF-6', matched: { text: '加V', start: 0, end: 2 }, source: { kind: 'chat', text: '加V' } } as never }] },
    });
    for (const lang of ['zh-CN', 'en'] as const) {
      const html = reportHtml([complaint], lang, Date.UTC(2025, 6, 1), undefined, 'Asia/Shanghai');
      const all = texts(html);
      expect(rawKeysIn(all), lang).toEqual([]);
      expect(all.join('\n')).toContain('2025-06-01 20:00 (Asia/Shanghai, UTC+8)');
    }
    const zh = texts(reportHtml([complaint], 'zh-CN', 0, undefined, 'Asia/Shanghai')).join('\n');
    expect(zh).toContain('12315 投诉尚缺：投诉人姓名、投诉人电话、投诉人地址、被投诉经营者地址');
    expect(zh).toContain('未截图：浏览器未授予截图权限');
    expect(zh).toContain('诱导私下交易');
    expect(zh).toContain('草稿');
    expect(zh).toContain('本机时钟');
    const en = texts(reportHtml([complaint], 'en', 0, undefined, 'Europe/Berlin')).join('\n');
    expect(en).toContain('Still missing for a 12315 complaint: Your name, Your phone, Your address, Business address');
    expect(en).toContain('2025-06-01 14:00 (Europe/Berlin, UTC+2)');
    expect(en).toContain("this computer's clock");
  });

  it('the walker catches raw words (it can fail)', async () => {
    expect(rawKeysIn(['12315 投诉尚缺：complainant.name, complainant.phone', 'off_platform', 'draft', 'screenshot no_permission'])).toEqual(
      ['complainant.name', 'complainant.phone', 'draft', 'no_permission', 'off_platform'],
    );
    expect(schemaWords().has('noScreenshotReason')).toBe(true);
  });

  it('the appendix holds every digest and its how-to checks out: canonical JSON of the evidence without the record digest', async () => {
    const { complaint } = await makeComplaint(crypto.randomUUID(), { screenshot: true });
    const html = reportHtml([complaint], 'en', 0, undefined, 'UTC');
    const appendix = html.slice(html.indexOf('data-liveguard="report-appendix"'));
    for (const v of [...Object.values(complaint.evidence.hashes), complaint.evidence.recordHash]) expect(appendix).toContain(v!);
    const { recordHash, ...rest } = complaint.evidence;
    expect(await sha256Hex(canonicalJson(rest))).toBe(recordHash);
    expect(await sha256Hex(canonicalJson(complaint.evidence.chat))).toBe(complaint.evidence.hashes.chat);
  });
});
