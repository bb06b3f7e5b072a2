// Shared by the Google Maps replica pages: data loading and the URL formats of the real site.
(function () {
  'use strict';
  const marker = '/maps/';
  const base = location.pathname.slice(0, location.pathname.indexOf(marker));
  const keywords = {
    'Dentist': ['dentist', 'dental', 'orthodont'],
    'Plumber': ['plumb', 'drain'],
    'Coffee shop': ['coffee', 'cafe', 'café', 'espresso'],
  };

  function plus(text) {
    return encodeURIComponent(text).replace(/%20/g, '+');
  }

  window.replica = {
    base: base,
    load: function () {
      return fetch(base + '/maps/_/static/places.json').then(function (r) { return r.json(); });
    },
    placeUrl: function (p) {
      return location.origin + base + '/maps/place/' + plus(p.name) + '/@' + p.lat + ',' + p.lng + ',17z/data=!4m6!3m5!1s' +
        p.id + '!8m2!3d' + p.lat + '!4d' + p.lng + '!16s%2Fg%2F11replica?entry=ttu';
    },
    searchUrl: function (query, lat, lng, zoom) {
      return base + '/maps/search/' + plus(query) + '/@' + lat.toFixed(7) + ',' + lng.toFixed(7) + ',' + zoom + 'z?entry=ttu';
    },
    matches: function (place, query) {
      const q = query.toLowerCase();
      const words = keywords[place.category] || [];
      if (words.some(function (w) { return q.indexOf(w) >= 0; })) {
        return true;
      }
      const anyCategory = Object.keys(keywords).some(function (c) {
        return keywords[c].some(function (w) { return q.indexOf(w) >= 0; });
      });
      if (anyCategory) {
        return false;
      }
      return q.split(/\s+/).filter(function (w) { return w.length > 2 && w !== 'toronto'; })
        .some(function (w) { return place.name.toLowerCase().indexOf(w) >= 0; });
    },
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
