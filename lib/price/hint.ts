/** The content script's only price code (it must stay small, issue 13): a prefilter, no parsing. */
import { NUMERAL_CHARS } from './numerals';

/** Cheap test the content script runs on each chat line before sending it (no parsing there). */
export const PRICE_HINT = new RegExp(`[¥￥$]\\s*\\d|\\d\\s*(?:元|块)|[${NUMERAL_CHARS}]{2,}(?:元|块)|原价|划线价|专柜价|吊牌价|最后|仅剩|倒计时|恢复|涨回|下播|\\b(?:was|back to|only \\d+ left|last \\d+)\\b`, 'i');
