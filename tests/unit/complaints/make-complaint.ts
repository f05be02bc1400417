/** Builds real complaints through the real filing code (buildEvidence/newComplaint) for tests. */
import { buildEvidence, newComplaint, type FilingInput } from '@/lib/complaints/build';
import { sha256Hex } from '@/lib/account-hash';
import type { Complaint } from '@/lib/complaints/schema';

export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4, 5, 6, 7, 8]);

export function filingInput(over: Partial<FilingInput> = {}, at = Date.UTC(2025, 5, 1, 12)): FilingInput {
  return {
    subject: { category: 'off_platform', severity: 'warning', ruleId: 'R-OFF-6', matchedText: '加V', sourceText: '想要便宜的加V私聊', at },
    facts: '主播让我加微信私下转账',
    request: '退款',
    page: { url: 'https://live.douyin.com/880088000', site: 'douyin', roomId: '880088000', roomTitle: '好物', hostName: '严选好物小美', hostId: 'MS4wLjABAAAA_liveguard_demo_host' },
    product: { title: '面霜', price: 99, originalPrice: 999, text: '面霜 ¥99 ¥999' },
    chat: [
      { kind: 'chat', text: 'too old', author: 'a', at: at - 10 * 60_000 },
      { kind: 'chat', text: '想要便宜的加V私聊', author: '路人', at: at - 30_000 },
    ],
    findings: [],
    share: false,
    ...over,
  };
}

export async function makeComplaint(id: string, opts: { screenshot?: boolean; input?: Partial<FilingInput>; at?: number } = {}): Promise<{ complaint: Complaint; blob: Blob | null }> {
  const at = opts.at ?? Date.UTC(2025, 5, 1, 12);
  const input = filingInput(opts.input, at);
  const ref = opts.screenshot
    ? { id: crypto.randomUUID(), mime: 'image/png' as const, bytes: PNG.byteLength, sha256: await sha256Hex(PNG) }
    : null;
  const evidence = await buildEvidence(input, at, ref, ref ? null : 'no_permission');
  return { complaint: newComplaint(id, input, evidence, at), blob: ref ? new Blob([PNG], { type: 'image/png' }) : null };
}
