/**
 * The project's map of its parts, read from the machine-readable block of docs/architecture.md,
 * and the import-boundary lint generated from it (eslint.config.js). Shared by the lint config and
 * tests/unit/architecture/*.test.ts so both read the same block. Plain JS: ESLint loads it as is.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const MAP_FILE = 'docs/architecture.md';
/** WXT's path aliases (.wxt/tsconfig.json): all four name the project root. */
const ALIASES = ['@/', '~/', '@@/', '~~/'];
const CODE = /\.(ts|tsx|js|mjs|cjs|jsx)$/;

/** @returns {{ parts: Record<string, { what: string, paths: string[], imports?: string[], typeImports?: string[], lint?: boolean }>, tasks: Record<string, string[]> }} */
export function readMap(root = ROOT) {
  const md = readFileSync(path.join(root, MAP_FILE), 'utf8');
  const m = md.match(/```json architecture\n([\s\S]*?)\n```/);
  if (!m) throw new Error(`${MAP_FILE}: no \`\`\`json architecture block`);
  return JSON.parse(m[1]);
}

/** A path entry: "dir/" holds everything below it, anything else is one file. */
const covers = (entry, file) => (entry.endsWith('/') ? file.startsWith(entry) : file === entry);

/** The part a repo-relative file belongs to: the longest entry that covers it wins (a sub-folder can belong to another part). */
export function partOf(map, file) {
  let best = null;
  let len = -1;
  for (const [name, part] of Object.entries(map.parts)) {
    for (const e of part.paths) if (covers(e, file) && e.length > len) [best, len] = [name, e.length];
  }
  return best;
}

/** Every file git tracks, plus untracked ones it does not ignore (so a new file is checked before it is added). */
export function trackedFiles(root = ROOT) {
  try {
    const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return out.split('\n').filter((f) => f && existsSync(path.join(root, f)));
  } catch {
    return walk(root, ''); // no git (an unpacked source archive): every file but build output
  }
}
const SKIP = /^(node_modules|\.git|\.wxt|\.output.*|test-results|playwright-report)$/;
function walk(root, rel) {
  return readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((d) => {
    const r = rel ? `${rel}/${d.name}` : d.name;
    if (d.isDirectory()) return SKIP.test(d.name) ? [] : walk(root, r);
    return [r];
  });
}

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regex source matching import specifiers written in `dir` (repo-relative) that reach `entry`,
 * except those reaching a more specific entry in `nested` (sub-folders that belong to other parts).
 */
function specifierRegex(dir, entry, nested) {
  const isDir = entry.endsWith('/');
  const target = isDir ? entry.slice(0, -1) : entry.replace(CODE, '');
  const tail = isDir ? '(?:/.*)?' : '(?:\\.(?:ts|tsx|js|mjs))?';
  const forms = ALIASES.map((a) => esc(a + target));
  let rel = path.posix.relative(dir || '.', target) || '.';
  if (!rel.startsWith('.')) rel = `./${rel}`;
  // from inside the target folder, '..' + more '..' leaves it again
  const upOnly = /^\.\.(\/\.\.)*$/.test(rel) || rel === '.';
  const relForm = esc(rel) + (upOnly ? '(?!/\\.\\.(?:/|$))' : '');
  const not = nested
    .map((n) => `(?!/${esc(n.slice(target.length + 1).replace(/\/$/, '').replace(CODE, ''))}(?:\\.(?:ts|tsx|js|mjs))?(?:/|$))`)
    .join('');
  return `^(?:${[...forms.map((f) => f + not), relForm + not].join('|')})${tail}$`;
}

/**
 * ESLint flat-config objects: for every folder and part, `@typescript-eslint/no-restricted-imports`
 * with one pattern per part it may not import (type-only imports allowed for `typeImports`).
 * Generated per folder because a relative specifier means something else in each folder.
 */
export function boundaryConfigs(map = readMap(), files = trackedFiles()) {
  const names = Object.keys(map.parts).filter((n) => map.parts[n].lint !== false);
  const groups = new Map();
  for (const f of files) {
    if (!CODE.test(f) || f.endsWith('.d.ts')) continue;
    const p = partOf(map, f);
    if (!p || map.parts[p].lint === false) continue;
    const key = `${path.posix.dirname(f)}\0${p}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const allEntries = names.flatMap((n) => map.parts[n].paths.map((e) => ({ part: n, e })));
  const configs = [];
  for (const [key, groupFiles] of groups) {
    const [dir0, from] = key.split('\0');
    const dir = dir0 === '.' ? '' : dir0;
    const allowed = new Set([from, ...(map.parts[from].imports ?? [])]);
    const typeOnly = new Set(map.parts[from].typeImports ?? []);
    const patterns = [];
    for (const to of names) {
      if (allowed.has(to)) continue;
      for (const e of map.parts[to].paths) {
        const nested = e.endsWith('/') ? allEntries.filter((x) => x.part !== to && x.e !== e && x.e.startsWith(e)).map((x) => x.e) : [];
        patterns.push({
          regex: specifierRegex(dir, e, nested),
          caseSensitive: true,
          allowTypeImports: typeOnly.has(to),
          message: `${from} may not import ${to}${typeOnly.has(to) ? ' (types only: import type)' : ''}: see docs/architecture.md`,
        });
      }
    }
    const part = map.parts[from];
    const paths = (part.forbiddenPackages ?? []).map((name) => ({ name, message: `${from} may not import ${name}: see docs/architecture.md` }));
    const rules = {};
    if (patterns.length || paths.length) rules['@typescript-eslint/no-restricted-imports'] = ['error', { paths, patterns }];
    if (part.forbiddenGlobals?.length) {
      rules['no-restricted-globals'] = ['error', ...part.forbiddenGlobals.map((name) => ({ name, message: `${from} may not use ${name}: see docs/architecture.md` }))];
    }
    if (Object.keys(rules).length) configs.push({ files: groupFiles, rules });
  }
  return configs;
}

const EXTS = ['', '.ts', '.tsx', '.js', '.mjs', '/index.ts', '/index.tsx'];
/** The repo file an import specifier in `fromFile` names, or null for a package. */
export function resolveSpecifier(fromFile, spec, fileSet) {
  let base;
  const alias = ALIASES.find((a) => spec.startsWith(a));
  if (alias) base = spec.slice(alias.length);
  else if (spec.startsWith('.')) base = path.posix.normalize(path.posix.join(path.posix.dirname(fromFile), spec));
  else return null;
  for (const x of EXTS) if (fileSet.has(base + x)) return base + x;
  return base;
}

const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
/** Static imports of one source text: { spec, typeOnly } (`import type` / `export type` only). */
export function importsOf(src) {
  return [...src.matchAll(IMPORT_RE)].map((m) => ({ spec: m[3], typeOnly: !!m[2] }));
}
