// Shared by the X replica pages: data, query matching and the element helper.
(function () {
  'use strict';
  const markers = ['/search', '/i/flow/'];
  const path = location.pathname;
  const cut = markers.map(function (m) { return path.indexOf(m); }).filter(function (i) { return i >= 0; });
  // A profile is /{base}/{handle}: the base is everything before the last segment.
  const base = cut.length ? path.slice(0, cut[0]) : path.slice(0, path.lastIndexOf('/'));
  const categories = { 'Dentist': ['dentist', 'dental', 'orthodont'], 'Plumber': ['plumb', 'drain'], 'Coffee shop': ['coffee', 'cafe', 'espresso'] };

  window.replica = {
    base: base,
    load: function () { return fetch(base + '/_/static/users.json').then(function (r) { return r.json(); }); },
    matches: function (user, query) {
      const q = query.toLowerCase();
      const wanted = Object.keys(categories).filter(function (c) { return categories[c].some(function (w) { return q.indexOf(w) >= 0; }); });
      if (wanted.length) { return wanted.indexOf(user.category) >= 0; }
      return q.split(/\s+/).filter(function (w) { return w.length > 2 && w !== 'toronto'; })
        .some(function (w) { return (user.name + ' ' + user.bio).toLowerCase().indexOf(w) >= 0; });
    },
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
