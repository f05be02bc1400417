/**
 * The room UI's shadow host, built by hand (issue 13). WXT's createShadowRootUi did the same for one
 * fixed host at ~9 KB of the content script (its auto-mount with wait-element, many-keys-map,
 * anchor lookup by XPath, the custom-element-name check, isolated-element); this is what of it we
 * use, with the same DOM and styles so nothing the page or our specs see changes:
 * `<liveguard-overlay style="…">` on <html>, its shadow root holding `<html><head><style/></head><body/></html>`.
 * room-ui.tsx adds the guarantees (closed root, untrusted events dropped, host kept on screen).
 */

export const HOST_TAG = 'liveguard-overlay';

/**
 * The host's own reset. `!important` matters: for important declarations the shadow tree's
 * `:host` rule beats the page's stylesheets, so a page rule on `liveguard-overlay` cannot restyle it.
 */
const HOST_RESET = ':host{all:initial !important;}';

/** The keys a viewer types stop at our root: the page's own (bubbling) key handlers and hotkeys never fire for them. */
const KEY_EVENTS = ['keydown', 'keyup', 'keypress', 'beforeinput', 'input'] as const;

/**
 * The content script's stylesheet (overlay.css and the design tokens, built by WXT to
 * content-scripts/live.css because the entry uses cssInjectionMode 'ui'; web-accessible only to
 * the live sites, under a per-session URL in Chrome). `:root` tokens are rewritten to `:host`.
 * Missing CSS leaves the UI unstyled but working, so a failure is logged, not thrown.
 */
export async function loadUiCss(): Promise<string> {
  // the cast: WXT's public-path type lists the built scripts, not the CSS it emits beside them
  const url = browser.runtime.getURL('/content-scripts/live.css' as '/');
  try {
    return (await (await fetch(url)).text()).replaceAll(':root', ':host');
  } catch (e) {
    console.warn('[LiveGuard] overlay styles not loaded:', e instanceof Error ? e.message : e);
    return '';
  }
}

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  /** where the UI renders (the shadow tree's <body>) */
  container: HTMLElement;
}

/** A detached host; mount it with `document.documentElement.append(host)`. */
export function createShadowHost(mode: ShadowRootMode, css: string, zIndex: number): ShadowHost {
  const host = document.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const style = document.createElement('style');
  const body = document.createElement('body');
  style.textContent = `${HOST_RESET}\n${css}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  // a zero-size box at the end of <html>: everything we draw is position: fixed inside
  Object.assign(host.style, { zIndex: String(zIndex), overflow: 'visible', position: 'relative', width: '0', height: '0', display: 'block' });
  Object.assign(html.style, { position: 'absolute', top: '0', left: '0' });
  for (const type of KEY_EVENTS) body.addEventListener(type, (e) => e.stopPropagation());
  return { host, shadow, container: body };
}
