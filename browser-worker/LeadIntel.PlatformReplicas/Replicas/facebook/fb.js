// Shared by the Facebook replica pages: data, the cookie consent dialog, the logged-out wall and helpers.
(function () {
  'use strict';
  const path = location.pathname;
  const cut = ['/search/', '/login/'].map(function (m) { return path.indexOf(m); }).filter(function (i) { return i >= 0; });
  // A page is /{base}/{slug}/[about_contact_and_basic_info]: the base is what comes before the slug.
  const base = cut.length ? path.slice(0, cut[0]) : path.replace(/\/[^/]+\/(about_contact_and_basic_info)?$/, '');
  const categories = { 'Dentist': ['dentist', 'dental', 'orthodont'], 'Plumber': ['plumb', 'drain'], 'Coffee shop': ['coffee', 'cafe', 'espresso'] };

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else { node.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); } });
    return node;
  }

  function button(label) {
    return el('div', { role: 'button', tabindex: '0', 'aria-label': label, 'class': 'fb-button' }, [el('span', { text: label })]);
  }

  window.replica = {
    base: base,
    el: el,
    signedIn: function () { return /(?:^|;\s*)c_user=/.test(document.cookie); },
    load: function () { return fetch(base + '/_/static/pages.json').then(function (r) { return r.json(); }); },
    matches: function (page, query) {
      const q = query.toLowerCase();
      const wanted = Object.keys(categories).filter(function (c) { return categories[c].some(function (w) { return q.indexOf(w) >= 0; }); });
      if (wanted.length) { return wanted.indexOf(page.category) >= 0; }
      return q.split(/\s+/).filter(function (w) { return w.length > 2 && w !== 'toronto'; })
        .some(function (w) { return page.name.toLowerCase().indexOf(w) >= 0; });
    },
    // The EU cookie dialog, over the page until a choice is made. Under the "-consent" mount the choice
    // is never saved (the dialog comes back), which is the case an adapter cannot get past.
    consent: function () {
      if (/(?:^|;\s*)fb_consent=/.test(document.cookie)) { return; }
      const locked = /-consent$/.test(base);
      const dialog = el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'Allow the use of cookies from Facebook on this browser?', 'class': 'fb-dialog fb-consent' }, [
        el('h2', { text: 'Allow the use of cookies from Facebook on this browser?' }),
        el('p', { text: 'We use cookies to help personalise and improve content and services, serve relevant ads and provide a safer experience.' }),
        button('Decline optional cookies'), button('Allow all cookies'),
      ]);
      dialog.addEventListener('click', function (e) {
        const choice = e.target.closest('[role="button"]');
        if (!choice) { return; }
        if (locked) { dialog.querySelector('p').textContent = 'Something went wrong. Please try again.'; return; }
        document.cookie = 'fb_consent=' + (choice.getAttribute('aria-label').indexOf('Allow') === 0 ? 'all' : 'essential') + '; path=/';
        dialog.remove();
      });
      document.body.appendChild(dialog);
    },
    // What a logged-out visitor gets instead of a Page's About tab.
    loginWall: function () {
      document.body.appendChild(el('div', { role: 'dialog', 'aria-modal': 'true', 'aria-label': 'See more on Facebook', 'class': 'fb-dialog' }, [
        el('h2', { text: 'See more on Facebook' }),
        el('form', { id: 'login_popup_cta_form', action: base + '/login/device-based/regular/login/', method: 'post' }, [
          el('input', { type: 'text', name: 'email', placeholder: 'Email or phone number', autocomplete: 'username' }),
          el('input', { type: 'password', name: 'pass', placeholder: 'Password', autocomplete: 'current-password' }),
          button('Accessible login button'),
        ]),
        el('a', { href: base + '/recover/initiate/', text: 'Forgot password?' }),
        button('Create new account'),
      ]));
    },
  };
})();
