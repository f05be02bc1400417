/** Reads data/corpus/*.jsonl, every line checked against CorpusLineSchema (a bad line fails loudly). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusLineSchema, type CorpusLine } from '../../lib/detect/corpus-line';

export const CORPUS_DIR = 'data/corpus';

export function readCorpus(dir = CORPUS_DIR): CorpusLine[] {
  const out: CorpusLine[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, f), 'utf8').split('\n').forEach((line, i) => {
      if (!line.trim()) return;
      const parsed = CorpusLineSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${f}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      out.push(parsed.data);
    });
  }
  return out;
}
