/** Pause every audio/video while a gate is up, and keep them paused (a site may call play() again). */
export function holdMedia(signal: AbortSignal): () => void {
  const pause = (m: HTMLMediaElement) => {
    if (!m.paused) m.pause();
  };
  document.querySelectorAll<HTMLMediaElement>('video, audio').forEach(pause);
  const ac = new AbortController();
  const onPlay = (e: Event) => {
    if (e.target instanceof HTMLMediaElement) pause(e.target);
  };
  // 'play' does not bubble; capture catches it for every media element in the document.
  document.addEventListener('play', onPlay, { capture: true, signal: AbortSignal.any([signal, ac.signal]) });
  return () => ac.abort();
}
