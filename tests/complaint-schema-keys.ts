/**
 * The raw words of the complaint schema (issue 23), derived from the zod schema itself, not a hand
 * list: every object key, every dotted path (`complainant.name`) and every enum value
 * (`off_platform`, `draft`, `no_permission`). A page or report the viewer reads must show none of
 * them as text; `rawKeysIn` finds them. Shared by the unit, Chromium and Firefox tests.
 */
import type { z } from 'zod';
import { ComplaintSchema } from '../lib/complaints/schema';

type Def = { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; entries?: Record<string, string>; options?: z.ZodType[]; in?: z.ZodType; values?: unknown[] };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

export function schemaWords(schema: z.ZodType = ComplaintSchema): Set<string> {
  const out = new Set<string>();
  const walk = (s: z.ZodType, path: string) => {
    const d = defOf(s);
    switch (d.type) {
      case 'object':
        for (const [k, v] of Object.entries(d.shape ?? {})) {
          out.add(k);
          const p = path ? `${path}.${k}` : k;
          if (path) out.add(p);
          walk(v, p);
        }
        return;
      case 'array':
        return walk(d.element!, path);
      case 'nullable':
      case 'optional':
      case 'default':
      case 'readonly':
        return walk(d.innerType!, path);
      case 'pipe':
        return walk(d.in!, path);
      case 'union':
        for (const o of d.options ?? []) walk(o, path);
        return;
      case 'enum':
        for (const v of Object.values(d.entries ?? {})) out.add(String(v));
        return;
      case 'literal':
        for (const v of d.values ?? []) if (typeof v === 'string') out.add(v);
        return;
      default:
        return;
    }
  };
  walk(schema, '');
  return out;
}

/** A word that can only be a key: dotted, snake_case or camelCase. */
const KEYLIKE = /[._]|[a-z][A-Z]/;

/**
 * The schema words shown raw in `texts` (text nodes' contents): a text that is exactly a schema
 * word, or a key-like word (dotted / snake / camel) standing as a whole word inside a text.
 */
export function rawKeysIn(texts: string[], words = schemaWords()): string[] {
  const keyLike = [...words].filter((w) => KEYLIKE.test(w));
  const found = new Set<string>();
  for (const raw of texts) {
    const text = raw.trim();
    if (!text) continue;
    if (words.has(text)) found.add(text);
    for (const w of keyLike) {
      const at = text.indexOf(w);
      if (at < 0) continue;
      const before = text[at - 1] ?? ' ';
      const after = text[at + w.length] ?? ' ';
      if (!/[A-Za-z0-9_.]/.test(before) && !/[A-Za-z0-9_]/.test(after)) found.add(w);
    }
  }
  return [...found].sort();
}

/** Runs in a page: every text node's content outside <style>/<script>, frames of the same document included. */
export function pageTexts(): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement?.localName;
    if (parent !== 'style' && parent !== 'script' && n.textContent) out.push(n.textContent);
  }
  // option labels and button text are text nodes too; select values are not shown
  return out;
}
