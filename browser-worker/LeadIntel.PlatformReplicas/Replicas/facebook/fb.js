// Shared by the Facebook replica pages: where the site is mounted, its data, the cookie consent dialog and the logged-out wall.
(function () {
  'use strict';
  const path = location.pathname;
  const cut = ['/search/', '/login/'].map(function (m) { return path.indexOf(m); }).filter(function (i) { return i >= 0; });
  // A page is /{base}/{slug}/[about_contact_and_basic_info]: the base is what comes before the slug.
  const base = cut.length ? path.slice(0, cut[0]) : path.replace(/\/[^/]+\/(about_contact_and_basic_info)?$/, '');

  const el = window.replicaKit.el;

  function button(label) {
    return el('div', { role: 'button', tabindex: '0', 'aria-label': label, 'class': 'fb-button' }, [el('span', { text: label })]);
  }

  window.replica = {
    base: base,
    el: el,
    signedIn: function () { return /(?:^|;\s*)c_user=/.test(document.cookie); },
    load: function () { return fetch(base + '/_/static/pages.json').then(function (r) { return r.json(); }); },
    matches: function (page, query) { return window.replicaKit.matches(page.category, page.name, query); },
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
