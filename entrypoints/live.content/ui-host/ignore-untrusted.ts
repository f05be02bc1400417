/**
 * Events the page synthesises (`isTrusted` false: el.click(), dispatchEvent, fake keys or focus)
 * never reach our UI (issue 14). Capture listeners on the shadow root run before any listener of
 * ours inside it, so an untrusted event stops there. With a closed root the page cannot even reach
 * our elements; this also holds for the open root of the test build.
 */
const TYPES = [
  'click', 'dblclick', 'auxclick', 'contextmenu', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit', 'focus', 'focusin', 'blur', 'focusout',
] as const;

export function ignoreUntrusted(target: EventTarget, signal: AbortSignal) {
  const stop = (e: Event) => {
    if (e.isTrusted) return;
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  for (const type of TYPES) target.addEventListener(type, stop, { capture: true, signal });
}
