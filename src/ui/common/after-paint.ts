/**
 * Runs `fn` just after the browser has painted the next frame, so work that can wait (the checks
 * panel, indicator results) does not hold back what the room is watching (the totals). A hidden
 * tab paints no frames: there a timer runs it instead.
 */
export function afterPaint(fn: () => void): void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    fn();
  };
  const fallback = setTimeout(run, 100);
  requestAnimationFrame(() => {
    clearTimeout(fallback);
    setTimeout(run, 0);
  });
}
