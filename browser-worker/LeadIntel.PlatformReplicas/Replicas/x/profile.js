// X profile replica: name and handle, bio, the header items (professional category, location, website
// behind a t.co link, join date) and follower counts.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const handle = decodeURIComponent(location.pathname.slice(r.base.length + 1)).toLowerCase();
  r.load().then(function (data) {
    const u = data.users.find(function (x) { return x.handle.toLowerCase() === handle; });
    const column = document.getElementById('column');
    column.innerHTML = '';
    if (!u) {
      column.appendChild(el('div', { 'data-testid': 'empty_state_header_text' }, [el('span', { text: 'This account doesn\u2019t exist' })]));
      return;
    }
    document.title = u.name + ' (@' + u.handle + ') / X';
    const display = u.website.replace(/^https?:\/\//, '').replace(/\/$/, '');
    column.appendChild(el('div', { 'class': 'profile' }, [
      el('div', { 'class': 'banner' }),
      el('div', { 'class': 'avatar large', 'data-testid': 'UserAvatar-Container-' + u.handle }, [el('div', { 'class': 'avatar-img', text: u.name[0] })]),
      el('div', { 'data-testid': 'UserName' }, [
        el('div', { dir: 'ltr', 'class': 'profile-name' }, [el('span', {}, [el('span', { text: u.name })])]),
        el('div', { dir: 'ltr', 'class': 'profile-handle' }, [el('span', { text: '@' + u.handle })]),
      ]),
      el('div', { 'data-testid': 'UserDescription', dir: 'auto' }, [el('span', { text: u.bio })]),
      el('div', { 'data-testid': 'UserProfileHeader_Items', 'class': 'header-items' }, [
        el('span', { 'data-testid': 'UserProfessionalCategory' }, [el('button', { type: 'button', role: 'button' }, [el('span', { text: u.category })])]),
        el('span', { 'data-testid': 'UserLocation' }, [el('span', { text: u.location })]),
        el('a', { 'data-testid': 'UserUrl', href: 'https://t.co/' + u.handle.slice(0, 10), rel: 'noopener noreferrer nofollow', target: '_blank', role: 'link' }, [el('span', { text: display })]),
        el('span', { 'data-testid': 'UserJoinDate' }, [el('span', { text: 'Joined ' + u.joined })]),
      ]),
      el('div', { 'class': 'counts' }, [
        el('a', { href: r.base + '/' + u.handle + '/following', role: 'link' }, [el('span', { text: String(u.following) }), ' ', el('span', { text: 'Following' })]),
        el('a', { href: r.base + '/' + u.handle + '/verified_followers', role: 'link' }, [el('span', { text: String(u.followers) }), ' ', el('span', { text: 'Followers' })]),
      ]),
    ]));
  });
})();
