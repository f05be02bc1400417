// npm start's options (scripts/lib/start-options.ts): --help, --headless, --screenshot=, a site.
import { describe, expect, it } from 'vitest';
import { SITE_IDS } from '../../../lib/model';
import { DEFAULT_SCREENSHOT, DEFAULT_SECONDS, helpText, parseStartArgs, StartUsageError, tierScreenshotPath } from '../../../scripts/lib/start-options';

const desktop = { platform: 'linux' as const, env: { DISPLAY: ':0' } };

describe('parseStartArgs', () => {
  it('defaults: the demo room in a window, build, install allowed', () => {
    expect(parseStartArgs([], desktop)).toEqual({
      help: false, headless: false, headlessWhy: null, seconds: DEFAULT_SECONDS, screenshot: DEFAULT_SCREENSHOT, room: 'demo', build: true, install: true,
    });
  });
  it('--headless, --screenshot=, --seconds=, --no-build, --no-install', () => {
    const o = parseStartArgs(['--headless', '--screenshot=out/a.png', '--seconds=5', '--no-build', '--no-install'], desktop);
    expect(o).toMatchObject({ headless: true, headlessWhy: 'asked', screenshot: 'out/a.png', seconds: 5, build: false, install: false });
  });
  it('headless by itself on Linux without X11 or Wayland, never on macOS or Windows (which have no DISPLAY variable)', () => {
    expect(parseStartArgs([], { platform: 'linux', env: {} })).toMatchObject({ headless: true, headlessWhy: 'no display' });
    expect(parseStartArgs([], { platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } }).headless).toBe(false);
    expect(parseStartArgs([], { platform: 'darwin', env: {} }).headless).toBe(false);
    expect(parseStartArgs([], { platform: 'win32', env: {} }).headless).toBe(false);
  });
  it('each of the seven sites, as a word or --site=', () => {
    for (const site of SITE_IDS) {
      expect(parseStartArgs([site], desktop).room).toBe(site);
      expect(parseStartArgs([`--site=${site}`], desktop).room).toBe(site);
    }
    expect(parseStartArgs(['demo'], desktop).room).toBe('demo');
  });
  it('--help and -h', () => {
    expect(parseStartArgs(['--help'], desktop).help).toBe(true);
    expect(parseStartArgs(['-h'], desktop).help).toBe(true);
  });
  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['youku'], 'unknown site "youku"'],
    [['--site='], 'unknown site ""'],
    [['--screenshot='], '--screenshot needs a file'],
    [['--seconds=soon'], '--seconds needs a number'],
    [['--seconds=-1'], '--seconds needs a number'],
  ])('%j is refused with a clear reason', (argv, reason) => {
    expect(() => parseStartArgs(argv, desktop)).toThrow(StartUsageError);
    expect(() => parseStartArgs(argv, desktop)).toThrow(reason);
  });
});

describe('helpText', () => {
  it('lists every option and every site', () => {
    const h = helpText();
    for (const opt of ['--headless', '--screenshot=FILE', '--seconds=N', '--site=NAME', '--no-build', '--no-install', '--help', 'CHROME_PATH', 'PORT']) expect(h).toContain(opt);
    for (const site of SITE_IDS) expect(h).toContain(site);
  });
});

describe('tierScreenshotPath', () => {
  it('puts each tier beside the screenshot', () => {
    expect(tierScreenshotPath('/tmp/room.png', 'warning')).toBe('/tmp/room-warning.png');
    expect(tierScreenshotPath('shot', 'notice')).toBe('shot-notice.png');
  });
});
