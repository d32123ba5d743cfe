/**
 * Scrolls a passage or a figure of the reader into view, and keeps doing so frame by frame until
 * it has stayed put for a few frames. Passages off screen are sized by estimate
 * (content-visibility), and the ones a jump lands beside grow when first drawn, pushing the
 * target away; re-scrolling until nothing moves settles it (a second at most). The analyst
 * scrolling, clicking or typing meanwhile ends it: their move wins.
 */
export function scrollToPlace(el: Element | null | undefined, block: ScrollLogicalPosition = 'center'): void {
  if (!el) return;
  el.scrollIntoView({ block });
  let last = el.getBoundingClientRect().top;
  let still = 0;
  let frames = 0;
  let stopped = false;
  const stop = () => { stopped = true; };
  const events = ['wheel', 'pointerdown', 'keydown', 'touchstart'] as const;
  for (const e of events) window.addEventListener(e, stop, { once: true, passive: true });
  const finish = () => { for (const e of events) window.removeEventListener(e, stop); };
  const settle = () => {
    if (stopped || !el.isConnected || ++frames > 60) return finish();
    const top = el.getBoundingClientRect().top;
    if (Math.abs(top - last) < 1) {
      if (++still >= 6) return finish();
    } else {
      still = 0;
      el.scrollIntoView({ block });
      last = el.getBoundingClientRect().top;
    }
    requestAnimationFrame(settle);
  };
  requestAnimationFrame(settle);
}
