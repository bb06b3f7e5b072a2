// Shared by the X, Facebook and Instagram replica pages (served under each platform's static path):
// the element helper and how a search query picks businesses from the invented accounts.
(function () {
  'use strict';
  const categories = { 'Dentist': ['dentist', 'dental', 'orthodont'], 'Plumber': ['plumb', 'drain'], 'Coffee shop': ['coffee', 'cafe', 'espresso'] };
  window.replicaKit = {
    // A query naming a kind of business lists that kind; any other query matches words of the account's text.
    matches: function (category, text, query) {
      const q = query.toLowerCase();
      const wanted = Object.keys(categories).filter(function (c) { return categories[c].some(function (w) { return q.indexOf(w) >= 0; }); });
      if (wanted.length) { return wanted.indexOf(category) >= 0; }
      return q.split(/\s+/).filter(function (w) { return w.length > 2 && w !== 'toronto'; })
        .some(function (w) { return text.toLowerCase().indexOf(w) >= 0; });
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
