/**
 * Runs `fn` after the browser has painted the next frame, when the main thread is otherwise idle
 * (within a quarter second at the latest), so work that can wait (the checks panel, summaries)
 * holds back neither what the room is watching (the totals) nor the next keystroke. A hidden tab
 * paints no frames: there a timer starts it instead.
 */
export function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const whenIdle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 250 }) : setTimeout(run, 0));
  const fallback = setTimeout(whenIdle, 100);
  requestAnimationFrame(() => {
    clearTimeout(fallback);
    whenIdle();
  });
}
