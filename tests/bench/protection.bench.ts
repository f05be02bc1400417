/**
 * Protection-mode costs (R-MINOR-10/11): how long one PIN check takes (PBKDF2 must be slow for a
 * guesser yet fine for a guardian: target 50-1000 ms) and how cheap a decision and a tick are
 * (they run every 30 s per open room: target < 0.2 ms each).
 */
import { performance } from 'node:perf_hooks';
import { decide } from '../../lib/protection/decide';
import { onTick } from '../../lib/protection/machine';
import { DEFAULT_ITERATIONS, hashPin, verifyPin } from '../../lib/protection/pin';
import { INITIAL_STATE, type ProtectionState } from '../../lib/protection/state';

const record = await hashPin('482148');
const runs = 5;
let t = performance.now();
for (let i = 0; i < runs; i++) await verifyPin('482148', record);
const pinMs = (performance.now() - t) / runs;
console.log(`PIN check (PBKDF2-SHA256, ${DEFAULT_ITERATIONS} iterations): ${pinMs.toFixed(1)} ms  target 50-1000 ms  ${pinMs >= 50 && pinMs <= 1000 ? 'ok' : 'MISSED'}`);
console.log(`  a 4-digit PIN by brute force without lockout: ${((10_000 * pinMs) / 60_000).toFixed(0)} min of CPU; with lockout: 5 guesses per growing delay`);

let s: ProtectionState = { ...INITIAL_STATE, settings: { ...INITIAL_STATE.settings, enabled: true } };
const n = 20_000;
const start = Date.parse('2026-11-22T20:00:00+08:00');
t = performance.now();
for (let i = 0; i < n; i++) s = onTick(s, {}, start + i * 30_000, 'Asia/Shanghai', true);
const tickMs = (performance.now() - t) / n;
t = performance.now();
for (let i = 0; i < n; i++) decide(s, {}, start + i * 1000, { tz: 'Asia/Shanghai', categories: ['minor_unsuitable'], contentKey: 'douyin:1' });
const decideMs = (performance.now() - t) / n;
console.log(`tick: ${(tickMs * 1000).toFixed(1)} µs  decide: ${(decideMs * 1000).toFixed(1)} µs  target < 200 µs each  ${tickMs < 0.2 && decideMs < 0.2 ? 'ok' : 'MISSED'}`);
