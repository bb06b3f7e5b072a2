// Instagram keyword search replica (accounts): twelve at a time, more as the window nears its end. Like
// the real site it shows no end marker; the list just stops growing.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const query = new URLSearchParams(location.search).get('q') || '';
  const batch = 12;
  document.getElementById('q').value = query;
  r.load().then(function (data) {
    document.title = query + ' \u2022 Instagram';
    const accounts = data.accounts.filter(function (a) { return r.matches(a, query); });
    const list = document.getElementById('results');
    list.innerHTML = '';
    if (accounts.length === 0) {
      list.appendChild(el('span', { dir: 'auto', text: 'No results found.' }));
      return;
    }
    let shown = 0;
    let loading = false;
    function append() {
      accounts.slice(shown, shown + batch).forEach(function (a) { list.appendChild(row(a)); });
      shown = Math.min(accounts.length, shown + batch);
    }
    append();
    addEventListener('scroll', function () {
      if (loading || shown >= accounts.length || scrollY + innerHeight < document.scrollingElement.scrollHeight - 300) { return; }
      loading = true;
      // The real list pages through the search API.
      setTimeout(function () { append(); loading = false; }, 150);
    }, { passive: true });
  });

  function row(a) {
    return el('div', { role: 'listitem', 'class': 'ig-row' }, [el('a', { href: r.base + '/' + a.username + '/', role: 'link', tabindex: '0', 'class': 'ig-row-link' }, [
      el('div', { 'class': 'ig-avatar' }, [el('span', { text: a.full_name[0] })]),
      el('div', {}, [
        el('span', { dir: 'auto', 'class': 'ig-username', text: a.username }),
        el('span', { dir: 'auto', 'class': 'ig-sub', text: a.full_name + ' \u2022 ' + r.compact(a.followers) + ' followers' }),
      ]),
    ])]);
  }
})();
