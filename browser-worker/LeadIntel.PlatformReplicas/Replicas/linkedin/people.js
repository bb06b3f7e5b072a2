// Shared by the LinkedIn replica pages: data, the session check and helpers.
(function () {
  'use strict';
  const marker = location.pathname.indexOf('/search/') >= 0 ? '/search/' : '/in/';
  const base = location.pathname.slice(0, location.pathname.indexOf(marker));
  window.replica = {
    base: base,
    signedIn: function () { return /(?:^|;\s*)li_at=/.test(document.cookie); },
    authwall: function () {
      location.replace(base + '/authwall?trk=public_profile&sessionRedirect=' + encodeURIComponent(location.href));
    },
    load: function () { return fetch(base + '/_/static/people.json').then(function (r) { return r.json(); }); },
    el: function (tag, attrs, children) {
      const node = document.createElement(tag);
      Object.keys(attrs || {}).forEach(function (k) {
        if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
      });
      (children || []).forEach(function (c) { if (c) { node.appendChild(c); } });
      return node;
    },
  };
})();
