// Instagram profile replica: the page carries its data as JSON (as the real page embeds the profile
// query's result) and draws the header from it: username, counts, full name, category, bio, link, and a
// "Contact" button whose sheet offers Call, Email and the address of a business account.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const data = JSON.parse(document.querySelector('script[data-sjs]').textContent);
  const box = data.require[0][3][0].__bbox.require[0][3][1].__bbox.result.data;
  const u = box.user;
  const main = document.getElementById('main');
  main.innerHTML = '';
  if (!u) {
    main.appendChild(el('h2', { text: 'Sorry, this page isn\'t available.' }));
    return;
  }
  document.title = u.full_name + ' (@' + u.username + ') \u2022 Instagram photos and videos';
  const address = u.business_address_json ? JSON.parse(u.business_address_json) : null;
  const contact = el('div', { role: 'button', tabindex: '0', 'class': 'ig-button', text: 'Contact' });
  main.appendChild(el('header', { 'class': 'ig-header' }, [
    el('div', { 'class': 'ig-avatar large' }, [el('span', { text: u.full_name[0] })]),
    el('section', {}, [
      el('div', { 'class': 'ig-title' }, [
        el('h2', { dir: 'auto', tabindex: '-1', text: u.username }),
        el('div', { role: 'button', tabindex: '0', 'class': 'ig-button primary', text: 'Follow' }),
        el('div', { role: 'button', tabindex: '0', 'class': 'ig-button', text: 'Message' }),
        u.is_business_account ? contact : null,
      ]),
      el('ul', { 'class': 'ig-counts' }, [
        el('li', {}, [el('span', {}, [el('span', { 'class': 'ig-count', text: String(u.edge_owner_to_timeline_media.count) }), ' posts'])]),
        el('li', {}, [el('a', { href: r.base + '/' + u.username + '/followers/', role: 'link' }, [el('span', { 'class': 'ig-count', title: String(u.edge_followed_by.count), text: r.compact(u.edge_followed_by.count) }), ' followers'])]),
        el('li', {}, [el('a', { href: r.base + '/' + u.username + '/following/', role: 'link' }, [el('span', { 'class': 'ig-count', text: String(u.edge_follow.count) }), ' following'])]),
      ]),
      el('div', { 'class': 'ig-bio' }, [
        el('span', { dir: 'auto', 'class': 'ig-fullname', text: u.full_name }),
        u.business_category_name ? el('div', { dir: 'auto', 'class': 'ig-category', text: u.business_category_name }) : null,
        el('h1', { dir: 'auto', 'class': 'ig-biography', text: u.biography }),
        u.external_url ? el('a', { href: 'https://l.instagram.com/?u=' + encodeURIComponent(u.external_url) + '&e=AT0replica', rel: 'me nofollow noopener noreferrer', target: '_blank', role: 'link' }, [
          el('span', { dir: 'auto', text: u.external_url.replace(/^https?:\/\//, '').replace(/\/$/, '') })]) : null,
      ]),
    ]),
  ]));
  main.appendChild(el('div', { role: 'tablist', 'class': 'ig-tabs' }, [el('a', { role: 'tab', 'aria-selected': 'true', href: r.base + '/' + u.username + '/', text: 'Posts' })]));

  contact.addEventListener('click', function () {
    if (document.querySelector('[role="dialog"]')) { return; }
    const options = [];
    if (u.business_phone_number) { options.push(el('a', { href: 'tel:' + u.business_phone_number, role: 'link', 'class': 'ig-sheet-row', text: 'Call' })); }
    if (u.business_email) { options.push(el('a', { href: 'mailto:' + u.business_email, role: 'link', 'class': 'ig-sheet-row', text: 'Email' })); }
    if (address) {
      options.push(el('a', { href: 'https://www.google.com/maps/search/' + encodeURIComponent(address.street_address + ', ' + address.city_name), role: 'link', 'class': 'ig-sheet-row' }, [
        el('span', { text: 'Directions' }), el('span', { dir: 'auto', 'class': 'ig-sub', text: address.street_address + ', ' + address.city_name + ' ' + address.zip_code })]));
    }
    const dialog = el('div', { role: 'dialog', 'aria-label': 'Contact', 'class': 'ig-sheet' }, [el('h2', { text: 'Contact' })].concat(options).concat([
      el('div', { role: 'button', tabindex: '0', 'class': 'ig-sheet-row', text: 'Cancel' })]));
    dialog.lastChild.addEventListener('click', function () { dialog.remove(); });
    document.body.appendChild(dialog);
  });
})();
