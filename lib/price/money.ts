/** Money as the evidence and the chart print it (kept apart from finding.ts so the content script does not carry the findings' texts). */
/** the card's own currency sign: a card priced only in dollars gets "$", every other "¥" */
export const currencyIn = (cardText: string) => (cardText.includes('$') && !/[¥￥元]/.test(cardText) ? '$' : '¥');
export const yuan = (n: number, sign = '¥') => `${sign}${Number.isInteger(n) ? n : n.toFixed(2)}`;
