/** `npm start -- [options] [site]`: the options, their defaults and the help text. */
import { SITE_IDS, type SiteId } from '../../lib/model';
import type { Host } from './host';

export interface StartOptions {
  help: boolean;
  headless: boolean;
  /** why headless: asked for, or no display to open a window on */
  headlessWhy: 'asked' | 'no display' | null;
  /** headless: seconds to watch the room before the screenshot */
  seconds: number;
  screenshot: string;
  /** 'demo' (scripted Douyin-style room) or one of the seven sites' saved rooms */
  room: 'demo' | SiteId;
  build: boolean;
  install: boolean;
}

export const DEFAULT_SCREENSHOT = 'liveguard-demo.png';
/** long enough for the demo room's first minute to show notice, warning and critical in turn */
export const DEFAULT_SECONDS = 40;

export class StartUsageError extends Error {}

export function helpText(): string {
  return `Usage: npm start -- [options] [site]

Builds LiveGuard, starts the companion API (embedded database, demo data) and opens a livestream room
in Chromium with the extension loaded. Stop it by closing the window or with Ctrl-C.

  site                  open this site's saved room instead of the demo room:
                        ${SITE_IDS.join(', ')}
                        (default: the demo room, a scripted Douyin-style room)
  --site=NAME           the same as a site name
  --headless            no window: watch the room, save a screenshot, print what LiveGuard shows, exit
                        (the default where there is no display)
  --screenshot=FILE     headless: where the screenshot goes (default ${DEFAULT_SCREENSHOT}); the first
                        notice, warning and critical are also saved beside it as FILE-notice.png etc.
  --seconds=N           headless: how long to watch before the screenshot (default ${DEFAULT_SECONDS})
  --no-build            reuse the last demo build (.output-demo) instead of building again
  --no-install          never install Chromium, only say how
  -h, --help            this text

Environment: CHROME_PATH=/path/to/chromium uses that browser; PORT=8787 the companion API's port;
LG_UI_LANGUAGE=en an English browser UI (default zh_CN).`;
}

/** A display to open a window on: Linux/BSD need X11 or Wayland; macOS and Windows always have one. */
export function hasDisplay(host: Pick<Host, 'platform' | 'env'>): boolean {
  if (host.platform === 'darwin' || host.platform === 'win32') return true;
  return !!(host.env.DISPLAY || host.env.WAYLAND_DISPLAY);
}

export function parseStartArgs(argv: string[], host: Pick<Host, 'platform' | 'env'>): StartOptions {
  const o: StartOptions = {
    help: false,
    headless: false,
    headlessWhy: null,
    seconds: DEFAULT_SECONDS,
    screenshot: DEFAULT_SCREENSHOT,
    room: 'demo',
    build: true,
    install: true,
  };
  const setRoom = (name: string) => {
    if (name === 'demo') o.room = 'demo';
    else if ((SITE_IDS as readonly string[]).includes(name)) o.room = name as SiteId;
    else throw new StartUsageError(`unknown site "${name}": choose one of ${SITE_IDS.join(', ')} (or leave it out for the demo room)`);
  };
  for (const arg of argv) {
    const [flag, value] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '-h' || flag === '--help') o.help = true;
    else if (flag === '--headless' && value === undefined) o.headless = true;
    else if (flag === '--no-build' && value === undefined) o.build = false;
    else if (flag === '--no-install' && value === undefined) o.install = false;
    else if (flag === '--screenshot') {
      if (!value) throw new StartUsageError('--screenshot needs a file: --screenshot=room.png');
      o.screenshot = value;
    } else if (flag === '--seconds') {
      const n = Number(value);
      if (!value || !Number.isFinite(n) || n < 0) throw new StartUsageError(`--seconds needs a number of seconds, not "${value ?? ''}"`);
      o.seconds = n;
    } else if (flag === '--site') setRoom(value ?? '');
    else if (!arg.startsWith('-')) setRoom(arg);
    else throw new StartUsageError(`unknown option ${arg} (npm start -- --help lists them)`);
  }
  if (o.headless) o.headlessWhy = 'asked';
  else if (!hasDisplay(host)) {
    o.headless = true;
    o.headlessWhy = 'no display';
  }
  return o;
}

/** FILE-notice.png beside FILE.png: the first sight of each tier */
export function tierScreenshotPath(screenshot: string, tier: string): string {
  return /\.png$/i.test(screenshot) ? screenshot.replace(/\.png$/i, `-${tier}.png`) : `${screenshot}-${tier}.png`;
}
