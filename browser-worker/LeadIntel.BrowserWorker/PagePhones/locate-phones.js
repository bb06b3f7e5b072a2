// Finds where phone numbers are drawn: for each number (its national digits), the first visible text
// range whose digits spell it (separators allowed between digits), else a tel: link that dials it.
// Returns boxes in CSS px relative to the viewport, with the scroll offsets and viewport size.
(numbers) => {
  const sep = '[\\s\\u00a0().\\-\\u2010-\\u2015/+.]*';
  const nodes = [];
  let text = '';
  const walker = document.createTreeWalker(document.body || document.documentElement, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      const p = n.parentElement;
      if (!p || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(p.tagName)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    nodes.push({ node: n, start: text.length });
    text += n.nodeValue;
  }
  const at = (offset) => {
    let lo = 0, hi = nodes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (nodes[mid].start <= offset) lo = mid; else hi = mid - 1;
    }
    return { node: nodes[lo].node, offset: Math.min(offset - nodes[lo].start, nodes[lo].node.nodeValue.length) };
  };
  const visible = (r) => r.width > 0 && r.height > 0;
  const result = [];
  for (const digits of numbers) {
    let box = null;
    const pattern = new RegExp('(?<!\\d)' + digits.split('').join(sep) + '(?!\\d)', 'g');
    for (let m = pattern.exec(text); m && !box; m = pattern.exec(text)) {
      const range = document.createRange();
      const s = at(m.index), e = at(m.index + m[0].length);
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset);
      const r = range.getBoundingClientRect();
      if (visible(r)) box = r;
    }
    if (!box) {
      for (const a of document.querySelectorAll('a[href^="tel:" i]')) {
        const r = a.getBoundingClientRect();
        if (a.getAttribute('href').replace(/\D/g, '').endsWith(digits) && visible(r)) { box = r; break; }
      }
    }
    if (box) result.push({ digits: digits, x: box.left, y: box.top, width: box.width, height: box.height });
  }
  return { boxes: result, scrollX: window.scrollX, scrollY: window.scrollY, viewportWidth: window.innerWidth, viewportHeight: window.innerHeight };
}
