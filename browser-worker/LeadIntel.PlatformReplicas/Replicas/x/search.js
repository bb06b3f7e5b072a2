// X people search replica: a virtualized timeline. Cells are absolutely placed rows; only those near the
// viewport stay in the DOM (rows scrolled far away are unmounted, as on the real site), and the next 20
// users load when the end comes near. There is no end marker: the timeline just stops growing.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const params = new URLSearchParams(location.search);
  const query = params.get('q') || '';
  const rowHeight = 132;
  const batch = 20;
  const keepAbove = 1200;
  const keepBelow = 2400;
  document.querySelector('[data-testid="SearchBox_Search_Input"]').value = query;
  ['top', 'latest', 'people', 'media'].forEach(function (t) {
    const href = new URL(location.href);
    href.searchParams.set('f', t === 'people' ? 'user' : t === 'top' ? 'top' : t === 'latest' ? 'live' : 'media');
    document.getElementById('tab-' + t).setAttribute('href', href.pathname + href.search);
  });

  r.load().then(function (data) {
    document.title = query + ' - Search / X';
    const users = data.users.filter(function (u) { return r.matches(u, query); });
    const timeline = document.getElementById('timeline');
    timeline.innerHTML = '';
    if (users.length === 0) {
      timeline.appendChild(el('div', { 'data-testid': 'emptyState' }, [el('span', { text: 'No results for "' + query + '"' })]));
      return;
    }
    const list = el('div', { style: 'position: relative; min-height: 0px;' });
    const spinner = el('div', { role: 'progressbar', 'aria-valuemax': '100', 'aria-valuemin': '0', style: 'display: none;' });
    timeline.appendChild(list);
    timeline.appendChild(spinner);
    let loaded = 0;
    let loading = false;
    const mounted = new Map();

    function render() {
      list.style.minHeight = (loaded * rowHeight) + 'px';
      const top = list.getBoundingClientRect().top + scrollY;
      const from = scrollY - top - keepAbove;
      const to = scrollY - top + innerHeight + keepBelow;
      for (let i = 0; i < loaded; i++) {
        const y = i * rowHeight;
        const inside = y + rowHeight >= from && y <= to;
        if (inside && !mounted.has(i)) {
          const node = cell(users[i], y);
          mounted.set(i, node);
          list.appendChild(node);
        } else if (!inside && mounted.has(i)) {
          mounted.get(i).remove();
          mounted.delete(i);
        }
      }
    }

    function more() {
      if (loading || loaded >= users.length) { return; }
      loading = true;
      spinner.style.display = '';
      // The real timeline asks the SearchTimeline API for the next cursor.
      setTimeout(function () {
        loaded = Math.min(users.length, loaded + batch);
        loading = false;
        spinner.style.display = 'none';
        render();
      }, 150);
    }

    loaded = Math.min(users.length, batch);
    render();
    addEventListener('scroll', function () {
      render();
      if (scrollY + innerHeight >= document.scrollingElement.scrollHeight - 600) { more(); }
    }, { passive: true });
  });

  function cell(u, y) {
    const href = r.base + '/' + u.handle;
    return el('div', { 'data-testid': 'cellInnerDiv', style: 'transform: translateY(' + y + 'px); position: absolute; width: 100%;' }, [
      el('div', { 'class': 'user-cell', 'data-testid': 'UserCell', role: 'button', tabindex: '0' }, [
        el('div', { 'class': 'avatar', 'data-testid': 'UserAvatar-Container-' + u.handle }, [
          el('a', { href: href, role: 'link', tabindex: '-1', 'aria-hidden': 'true' }, [el('div', { 'class': 'avatar-img', text: u.name[0] })])]),
        el('div', { 'class': 'user-cell-body' }, [
          el('div', { 'class': 'user-cell-head' }, [
            el('div', {}, [
              el('a', { href: href, role: 'link', 'class': 'name-link' }, [el('div', { dir: 'ltr' }, [el('span', {}, [el('span', { text: u.name })])])]),
              el('a', { href: href, role: 'link', tabindex: '-1', 'class': 'handle-link' }, [el('div', { dir: 'ltr' }, [el('span', { text: '@' + u.handle })])]),
            ]),
            el('button', { 'aria-label': 'Follow @' + u.handle, role: 'button', type: 'button', 'data-testid': '1' + u.followers + '-follow', 'class': 'follow' }, [el('span', { text: 'Follow' })]),
          ]),
          el('div', { dir: 'auto', 'class': 'user-cell-bio' }, [el('span', { text: u.bio })]),
        ]),
      ]),
    ]);
  }
})();
