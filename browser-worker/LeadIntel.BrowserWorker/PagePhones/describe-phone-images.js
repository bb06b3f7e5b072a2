// For each element found by find-phone-images.js: a skeleton of it and its four nearest ancestors as HTML
// (ids, classes, links, alt and title kept; other ancestors written as div), so the worker can score it with
// Core's image selector, plus its image URL (src or CSS background) when it has one.
(elements) => {
  const esc = (v) => String(v).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  const attrs = (el, names) => names.map((n) => el.getAttribute(n) ? ' ' + n + '="' + esc(el.getAttribute(n)) + '"' : '').join('');
  const kept = ['A', 'HEADER', 'FOOTER', 'ADDRESS'];
  return elements.map((el) => {
    const r = el.getBoundingClientRect();
    let source = null;
    if (el.tagName === 'IMG') source = el.currentSrc || el.src || null;
    else if (el.tagName !== 'CANVAS') {
      const m = /url\(["']?(.*?)["']?\)/.exec(getComputedStyle(el).backgroundImage);
      source = m ? new URL(m[1], document.baseURI).href : null;
    }
    const size = ' width="' + Math.round(r.width) + '" height="' + Math.round(r.height) + '"';
    let html = el.tagName === 'CANVAS'
      ? '<canvas' + attrs(el, ['id', 'class', 'title']) + size + ' data-candidate></canvas>'
      : '<img' + (source ? ' src="' + esc(source) + '"' : '') + attrs(el, ['id', 'class', 'alt', 'title']) + size + ' data-candidate>';
    let a = el.parentElement;
    for (let depth = 0; a && a !== document.body && depth < 4; depth++, a = a.parentElement) {
      const tag = kept.indexOf(a.tagName) >= 0 ? a.tagName.toLowerCase() : 'div';
      html = '<' + tag + attrs(a, ['id', 'class', 'href']) + '>' + html + '</' + tag + '>';
    }
    return { html: html, source: source };
  });
}
