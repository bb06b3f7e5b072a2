// Facebook Pages search replica: a feed of page results that grows as the window is scrolled, ten at a
// time, and says "End of results" when there are no more.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const query = new URLSearchParams(location.search).get('q') || '';
  const first = 10;
  const batch = 10;
  document.getElementById('q').value = query;
  r.consent();
  r.load().then(function (data) {
    document.title = query + ' - Search results | Facebook';
    const pages = data.pages.filter(function (p) { return r.matches(p, query); });
    const main = document.getElementById('main');
    main.innerHTML = '';
    if (pages.length === 0) {
      main.appendChild(el('div', { role: 'status' }, [el('span', { text: 'We didn\u2019t find any results' })]));
      return;
    }
    const feed = el('div', { role: 'feed' });
    const spinner = el('div', { role: 'progressbar', 'aria-label': 'Loading more results', style: 'display:none' });
    main.appendChild(feed);
    main.appendChild(spinner);
    let shown = 0;
    let loading = false;
    function append(n) {
      pages.slice(shown, shown + n).forEach(function (p) { feed.appendChild(result(p)); });
      shown = Math.min(pages.length, shown + n);
      if (shown >= pages.length) {
        spinner.remove();
        main.appendChild(el('div', { role: 'status', 'class': 'fb-end' }, [el('span', { text: 'End of results' })]));
      }
    }
    append(first);
    addEventListener('scroll', function () {
      if (loading || shown >= pages.length || scrollY + innerHeight < document.scrollingElement.scrollHeight - 400) { return; }
      loading = true;
      spinner.style.display = '';
      // The real feed asks GraphQL for the next page of results.
      setTimeout(function () { spinner.style.display = 'none'; append(batch); loading = false; }, 150);
    }, { passive: true });
  });

  function compact(n) { return n >= 1000 ? (n / 1000).toFixed(1).replace(/\.0$/, '') + 'K' : String(n); }

  function result(p) {
    const href = location.origin + r.base + '/' + p.slug + '/';
    return el('div', {}, [el('div', { role: 'article', 'aria-label': p.name, 'class': 'fb-result' }, [
      el('a', { href: href, role: 'link', tabindex: '-1', 'aria-hidden': 'true', 'class': 'fb-avatar' }, [el('span', { text: p.name[0] })]),
      el('div', { 'class': 'fb-result-body' }, [
        el('h2', {}, [el('span', {}, [el('a', { href: href, role: 'link', text: p.name })])]),
        el('span', { dir: 'auto', 'class': 'fb-meta', text: 'Page \u00b7 ' + p.category + ' \u00b7 ' + p.address.split(', ').slice(-4, -3)[0] }),
        el('span', { dir: 'auto', 'class': 'fb-meta', text: compact(p.followers) + ' followers' }),
        el('span', { dir: 'auto', 'class': 'fb-snippet', text: p.intro }),
      ]),
      el('div', { role: 'button', tabindex: '0', 'aria-label': 'Like', 'class': 'fb-button' }, [el('span', { text: 'Like' })]),
    ])]);
  }
})();
