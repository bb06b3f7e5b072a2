// Facebook Page replica: the header (name, likes, followers, "Page · category") and the About tab's
// "Contact and basic info": each item is a value over its label (Address, Mobile, Email, Website), the
// website behind Facebook's l.php redirect. Logged-out visitors get the "See more on Facebook" wall.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const slug = location.pathname.slice(r.base.length + 1).split('/')[0];
  r.consent();
  if (!r.signedIn()) {
    document.getElementById('main').innerHTML = '';
    r.loginWall();
    return;
  }
  r.load().then(function (data) {
    const p = data.pages.find(function (x) { return x.slug === slug; });
    const main = document.getElementById('main');
    main.innerHTML = '';
    if (!p) {
      main.appendChild(el('h2', { text: 'This content isn\'t available right now' }));
      return;
    }
    document.title = p.name + ' | Facebook';
    const home = location.origin + r.base + '/' + p.slug + '/';
    main.appendChild(el('div', { 'class': 'fb-cover' }));
    main.appendChild(el('div', { 'class': 'fb-header' }, [
      el('div', { 'class': 'fb-avatar large' }, [el('span', { text: p.name[0] })]),
      el('div', {}, [
        el('h1', { text: p.name }),
        el('span', { dir: 'auto', 'class': 'fb-meta' }, [el('a', { href: home + 'friends_likes/', role: 'link', text: p.likes + ' likes' }), ' \u2022 ',
          el('a', { href: home + 'followers/', role: 'link', text: p.followers + ' followers' })]),
      ]),
    ]));
    main.appendChild(el('div', { role: 'tablist', 'class': 'fb-tabs' }, ['Posts', 'About', 'Mentions', 'Reviews', 'Photos'].map(function (t) {
      return el('a', { role: 'tab', href: t === 'About' ? home + 'about_contact_and_basic_info' : home, 'aria-selected': t === 'About' ? 'true' : 'false', text: t });
    })));
    const items = [];
    items.push(section('Categories', [item(null, 'Page \u00b7 ' + p.category, null)]));
    const contact = [item(null, p.address, 'Address')];
    if (p.phone) { contact.push(item(null, p.phone, 'Mobile')); }
    if (p.email) { contact.push(item(null, p.email, 'Email')); }
    items.push(section('Contact info', contact));
    items.push(section('Websites and social links', [
      item('https://l.facebook.com/l.php?u=' + encodeURIComponent(p.website) + '&h=AT0replica', p.website.replace(/^https?:\/\//, '').replace(/\/$/, ''), 'Website')]));
    items.push(section('Basic info', [item(null, p.intro, 'Intro')]));
    main.appendChild(el('div', { 'class': 'fb-about' }, [
      el('div', { role: 'navigation', 'aria-label': 'About', 'class': 'fb-about-nav' }, [
        el('a', { href: home + 'about', role: 'link', text: 'Intro' }),
        el('a', { href: home + 'about_contact_and_basic_info', role: 'link', 'aria-current': 'page', text: 'Contact and basic info' }),
        el('a', { href: home + 'about_profile_transparency', role: 'link', text: 'Page transparency' }),
      ]),
      el('div', { 'class': 'fb-about-body' }, items),
    ]));
  });

  function section(title, children) {
    return el('div', { 'class': 'fb-section' }, [el('div', {}, [el('span', { dir: 'auto', 'class': 'fb-section-title', text: title })])].concat(children));
  }

  function item(href, value, label) {
    const shown = el('span', { dir: 'auto', text: value });
    return el('div', { 'class': 'fb-item' }, [
      el('i', { role: 'img', 'class': 'fb-icon', 'aria-hidden': 'true' }),
      el('div', {}, [
        el('div', {}, [href ? el('a', { href: href, target: '_blank', rel: 'nofollow noreferrer', role: 'link' }, [shown]) : shown]),
        label ? el('div', {}, [el('span', { 'class': 'fb-label', text: label })]) : null,
      ]),
    ]);
  }
})();
