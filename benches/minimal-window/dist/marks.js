// The same two marks the app sets (ui/src/lib/marks.ts): its first screen is in the DOM and
// usable, and the frame after it was painted. Here the "first screen" is the empty page.
function shown() {
  performance.mark('liaison:ready');
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('liaison:ready:painted')));
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', shown);
else shown();
