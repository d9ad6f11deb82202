/**
 * Progressive enhancement for the share links: where the browser has the Web Share API
 * (mostly phones), show the "Bagikan" button that opens the system share sheet. Without
 * it, or without JavaScript, the button stays hidden and the plain links do the work.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-share-url]')) {
  if (typeof navigator.share !== 'function') continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const { shareTitle: title, shareUrl: url } = button.dataset;
    // A reader closing the share sheet rejects the promise (AbortError): nothing to do.
    navigator.share({ title, url }).catch(() => undefined);
  });
}
