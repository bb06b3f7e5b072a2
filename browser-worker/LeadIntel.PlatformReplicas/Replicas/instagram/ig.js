// Shared by the Instagram replica pages: data, query matching and the element helper.
(function () {
  'use strict';
  const path = location.pathname;
  const cut = ['/explore/', '/accounts/'].map(function (m) { return path.indexOf(m); }).filter(function (i) { return i >= 0; });
  // A profile is /{base}/{username}/: the base is what comes before the username.
  const base = cut.length ? path.slice(0, cut[0]) : path.replace(/\/[^/]+\/$/, '');
  const categories = { 'Dentist': ['dentist', 'dental', 'orthodont'], 'Plumber': ['plumb', 'drain'], 'Coffee shop': ['coffee', 'cafe', 'espresso'] };
  window.replica = {
    base: base,
    load: function () { return fetch(base + '/_/static/accounts.json').then(function (r) { return r.json(); }); },
    matches: function (a, query) {
      const q = query.toLowerCase();
      const wanted = Object.keys(categories).filter(function (c) { return categories[c].some(function (w) { return q.indexOf(w) >= 0; }); });
      if (wanted.length) { return wanted.indexOf(a.category) >= 0; }
      return q.split(/\s+/).filter(function (w) { return w.length > 2 && w !== 'toronto'; })
        .some(function (w) { return (a.username + ' ' + a.full_name).toLowerCase().indexOf(w) >= 0; });
    },
    compact: function (n) { return n >= 1000 ? (n / 1000).toFixed(1).replace(/\.0$/, '') + 'K' : String(n); },
    el: function (tag, attrs, children) {
      const node = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) {
        if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
      (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
      return node;
    },
  };
})();
