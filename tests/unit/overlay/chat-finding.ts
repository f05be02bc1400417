import type { Category } from '@/lib/taxonomy';
import type { Finding } from '@/lib/model';

/** A vocabulary finding on a chat line whose whole text matched: the overlay tests' one shape. */
export const chatFinding = (category: Category, text: string, severity: Finding['severity'] = 'warning'): Finding => ({
  category,
  severity,
  ruleId: 'R-RISK-1',
  messageKey: `advice_${category}`,
  detector: 'vocabulary',
  matched: { text, start: 0, end: text.length },
  source: { kind: 'chat', text },
});
