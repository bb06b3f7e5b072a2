// Shared by the Instagram replica pages: where the site is mounted and its data.
(function () {
  'use strict';
  const path = location.pathname;
  const cut = ['/explore/', '/accounts/'].map(function (m) { return path.indexOf(m); }).filter(function (i) { return i >= 0; });
  // A profile is /{base}/{username}/: the base is what comes before the username.
  const base = cut.length ? path.slice(0, cut[0]) : path.replace(/\/[^/]+\/$/, '');
  window.replica = {
    base: base,
    load: function () { return fetch(base + '/_/static/accounts.json').then(function (r) { return r.json(); }); },
    matches: function (a, query) { return window.replicaKit.matches(a.category, a.username + ' ' + a.full_name, query); },
    compact: function (n) { return n >= 1000 ? (n / 1000).toFixed(1).replace(/\.0$/, '') + 'K' : String(n); },
    el: window.replicaKit.el,
  };
})();
