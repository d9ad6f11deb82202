/**
 * The /cari/ page's live region (role="status"): every state of a search (the count,
 * empty, none, error) is told through it, in Indonesian.
 */

/** Writes a message into `status`; the same message twice is announced twice. */
export function announcer(status: HTMLElement): (...parts: (Node | string)[]) => void {
  /** Counts messages, so a repeat's deferred write never lands over a newer message. */
  let announcements = 0;
  return (...parts) => {
    const message = ++announcements;
    const text = parts.map((part) => (typeof part === 'string' ? part : part.textContent)).join('');
    if (status.textContent !== text) {
      status.replaceChildren(...parts);
      return;
    }
    // The same message again ("1 hasil" for a new query): emptying the region first, and
    // writing it a frame later, makes screen readers announce it again.
    status.replaceChildren();
    requestAnimationFrame(() => message === announcements && status.replaceChildren(...parts));
  };
}
