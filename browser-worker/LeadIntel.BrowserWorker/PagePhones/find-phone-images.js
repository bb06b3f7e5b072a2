// Finds what a page draws as images and could show a phone number: <img>, <canvas>, and elements with a CSS
// background image, rendered at least 30x10 CSS px and not hidden. Returns the elements (a handle to read them
// one by one); describe-phone-images.js tells the worker what each looks like.
(limit) => {
  const found = [];
  const all = document.body ? document.body.getElementsByTagName('*') : [];
  for (let i = 0; i < all.length && i < limit; i++) {
    const el = all[i];
    const tag = el.tagName;
    const r = el.getBoundingClientRect();
    if (r.width < 30 || r.height < 10) continue;
    if (tag === 'IMG' || tag === 'CANVAS') { found.push(el); continue; }
    if (tag === 'SVG' || tag === 'VIDEO' || tag === 'IFRAME') continue;
    const bg = getComputedStyle(el).backgroundImage;
    if (bg && bg.indexOf('url(') >= 0) found.push(el);
  }
  return found.filter((el) => getComputedStyle(el).visibility !== 'hidden');
}
