// Shared by the X replica pages: where the site is mounted and its data.
(function () {
  'use strict';
  const markers = ['/search', '/i/flow/'];
  const path = location.pathname;
  const cut = markers.map(function (m) { return path.indexOf(m); }).filter(function (i) { return i >= 0; });
  // A profile is /{base}/{handle}: the base is everything before the last segment.
  const base = cut.length ? path.slice(0, cut[0]) : path.slice(0, path.lastIndexOf('/'));

  window.replica = {
    base: base,
    load: function () { return fetch(base + '/_/static/users.json').then(function (r) { return r.json(); }); },
    matches: function (user, query) { return window.replicaKit.matches(user.category, user.name + ' ' + user.bio, query); },
    el: window.replicaKit.el,
  };
})();
