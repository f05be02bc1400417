/**
 * Taobao Live (sites.md §3). Its chat classes are CSS-module hashes (itemWrap--EcN_tFIg), so the
 * selectors match the stable prefix before "--" and survive a rebuild of the hash.
 */
import { defineAdapter } from '../define-adapter';
import { taobaoSite } from '../descriptors/taobao';

export const taobao = defineAdapter(taobaoSite);
