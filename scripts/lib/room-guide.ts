/**
 * The terminal half of a newcomer's first minute: as each tier first shows in the room, one line
 * says what appeared and what to try; once the critical has shown (or a minute has passed), the
 * next things to try: the popup, the complaints page, guardian mode.
 */
import type { Page } from '@playwright/test';

export type Tier = 'notice' | 'warning' | 'critical';
export const TIERS: Tier[] = ['notice', 'warning', 'critical'];

/** What the room shows, as read from the page: overlay items and marks on the page's own elements. */
export interface Shown {
  severity: string;
  category: string;
  /** 'interstitial' | 'popup' | 'panel' (overlay) or 'mark' (a page element) */
  kind: string;
  text: string;
}

const CATEGORY_WORDS: Record<string, string> = {
  off_platform: 'off-platform trading lure (诱导私下交易)',
  false_claim: 'false or absolute claim (虚假或夸大宣传)',
  counterfeit: 'possible counterfeit (疑似假冒商品)',
  prohibited_goods: 'goods that may not be sold online (禁止网售商品)',
  gambling_fraud: 'gambling or fraud (赌博或诈骗)',
  data_falsification: 'signs of faked popularity (疑似数据造假)',
  price_fraud: 'misleading price (价格欺诈)',
  minor_unsuitable: 'unsuitable for minors (不适宜未成年人)',
  harassment: 'insults or harassment (辱骂或骚扰)',
};
export const categoryWords = (c: string) => CATEGORY_WORDS[c] ?? c;

export function tierLine(tier: Tier, first: Shown): string {
  const what = categoryWords(first.category);
  switch (tier) {
    case 'notice':
      return `notice   — a mark on the page: ${what}. Point at it to read why; the 直播守护 button opens the list of every finding.`;
    case 'warning':
      return `warning  — a pop-up: ${what}. Try 投诉 on it to file a complaint (the form comes filled in, the chat kept as evidence), or mute this kind for the room.`;
    case 'critical':
      return `critical — the room is covered: ${what}. 我已了解风险，继续观看 goes on watching; 投诉 files a complaint.`;
  }
}

export function nextSteps(extensionId: string | null): string[] {
  const page = (p: string) => (extensionId ? `chrome-extension://${extensionId}/${p}` : p);
  return [
    'next, try:',
    '  - the LiveGuard popup (toolbar → puzzle-piece icon → LiveGuard): file a complaint about this room, see your complaints',
    `  - your complaints, with their evidence, export and print: ${page('complaints.html')}`,
    `  - guardian mode for a child (PIN, tipping hidden, daily budget, curfew): ${page('options.html')} → 监护人保护模式`,
    '  - another site: npm start -- --help lists the seven saved rooms',
  ];
}

/**
 * New tiers in `shown` that are not in `announced`, in tier order, with the first item of each
 * (an overlay item before a mark). Pure: the caller keeps `announced`.
 */
export function newTiers(shown: Shown[], announced: ReadonlySet<Tier>): { tier: Tier; first: Shown }[] {
  const out: { tier: Tier; first: Shown }[] = [];
  for (const tier of TIERS) {
    if (announced.has(tier)) continue;
    const ofTier = shown.filter((s) => s.severity === tier);
    const first = ofTier.find((s) => s.kind !== 'mark') ?? ofTier[0];
    if (first) out.push({ tier, first });
  }
  return out;
}

/** What `room:state` (lib/room/protocol.ts) says of the overlay: the part of RoomState the guide reads. */
export interface OverlayState {
  interstitial: string | null;
  popups: string[];
  findings: Array<{ severity: string; category: string; ruleId: string }>;
}

/**
 * The overlay's items as the room reports them. The overlay's shadow root is closed to the page
 * and to Playwright alike (issue 14), so the guide asks the room the way the toolbar popup does.
 * Pure: a pop-up's tier is that of the newest finding of its category.
 */
export function shownFromState(state: OverlayState | null): Shown[] {
  if (!state) return [];
  const tierOf = (c: string) => [...state.findings].reverse().find((f) => f.category === c)?.severity ?? 'warning';
  const out: Shown[] = [];
  if (state.interstitial) out.push({ severity: 'critical', category: state.interstitial, kind: 'interstitial', text: categoryWords(state.interstitial) });
  for (const c of state.popups) out.push({ severity: tierOf(c), category: c, kind: 'popup', text: categoryWords(c) });
  for (const f of state.findings) out.push({ severity: f.severity, category: f.category, kind: 'panel', text: `${categoryWords(f.category)} (${f.ruleId})` });
  return out;
}

/** Reads the room: the overlay's items from `room:state`, and the marks on the page's own elements, in every frame. */
export async function readShown(page: Page, state: OverlayState | null): Promise<Shown[]> {
  const all: Shown[] = shownFromState(state);
  for (const frame of page.frames()) {
    const items = await frame
      .locator('[data-liveguard-mark-severity]')
      .evaluateAll((els) =>
        els.map((e) => ({
          severity: e.getAttribute('data-liveguard-mark-severity') ?? '',
          category: e.getAttribute('data-liveguard-mark') ?? '',
          kind: 'mark',
          text: (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 120),
        })),
      )
      .catch(() => [] as Shown[]);
    all.push(...items);
  }
  return all;
}
