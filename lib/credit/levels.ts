/**
 * The five credit levels (R-CREDIT-13) and what the badge shows for each state. 1 is the worst,
 * 5 the best (lib/api CreditLevelSchema). Every state has a text label as well as a colour (never
 * colour alone), and every colour pair passes WCAG AA for normal text (>= 4.5:1, checked in
 * tests/unit/credit/contrast.test.ts). "No record" is an outlined grey chip, unlike any level.
 */
export const CREDIT_LEVELS = [1, 2, 3, 4, 5] as const;
export type CreditLevel = (typeof CREDIT_LEVELS)[number];

/** What the badge can say: a level, no record for this account, or the lookup could not answer. */
export type BadgeState = `level${CreditLevel}` | 'none' | 'unavailable';

export interface BadgeStyle {
  /** text colour */
  fg: string;
  /** background colour */
  bg: string;
  /** border colour; dashed for "no record" so it never reads as a level */
  border: string;
  borderStyle: 'solid' | 'dashed';
  /** i18n key of the short label */
  labelKey: string;
}

export const BADGE_STYLES: Record<BadgeState, BadgeStyle> = {
  level1: { fg: '#ffffff', bg: '#b42318', border: '#b42318', borderStyle: 'solid', labelKey: 'creditLevel1' },
  level2: { fg: '#ffffff', bg: '#b54708', border: '#b54708', borderStyle: 'solid', labelKey: 'creditLevel2' },
  level3: { fg: '#ffffff', bg: '#7a5a00', border: '#7a5a00', borderStyle: 'solid', labelKey: 'creditLevel3' },
  level4: { fg: '#ffffff', bg: '#2f6f10', border: '#2f6f10', borderStyle: 'solid', labelKey: 'creditLevel4' },
  level5: { fg: '#ffffff', bg: '#067647', border: '#067647', borderStyle: 'solid', labelKey: 'creditLevel5' },
  none: { fg: '#344054', bg: '#ffffff', border: '#667085', borderStyle: 'dashed', labelKey: 'creditNone' },
  unavailable: { fg: '#344054', bg: '#f2f4f7', border: '#98a2b3', borderStyle: 'dashed', labelKey: 'creditUnavailable' },
};

/** The blacklist mark: always black with white text and its own word, next to the level. */
export const BLACKLIST_STYLE = { fg: '#ffffff', bg: '#101828', labelKey: 'creditBlacklisted' } as const;

export function badgeState(level: number | null | undefined, found: boolean): BadgeState {
  if (!found) return 'none';
  if (level == null) return 'none';
  return `level${Math.min(5, Math.max(1, Math.round(level))) as CreditLevel}`;
}

/**
 * How a level comes about, shown in the card (i18n keys). The level itself is set by the data
 * source (imported by the operator of the companion API); these are the guide lines it follows.
 */
export const LEVEL_BASIS_KEYS = ['creditBasisScale', 'creditBasisInputs', 'creditBasisBlacklist', 'creditBasisPrivacy'] as const;
