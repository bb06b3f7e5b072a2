// LinkedIn people search replica: signed-in only (else the auth wall), ten results a page, paginated.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  if (!r.signedIn()) { r.authwall(); return; }
  const params = new URLSearchParams(location.search);
  const keywords = params.get('keywords') || '';
  const page = Math.max(1, parseInt(params.get('page') || '1', 10));
  const perPage = 10;
  const words = keywords.toLowerCase().split(/\s+/).filter(function (w) { return w.length > 2; })
    .map(function (w) { return w.replace(/s$/, ''); });

  r.load().then(function (data) {
    const scored = data.people.map(function (p, i) {
      const text = [p.name, p.headline, p.location].concat(p.education.map(function (e) { return e.school + ' ' + e.field; })).join(' ').toLowerCase();
      return { p: p, i: i, score: words.filter(function (w) { return text.indexOf(w) >= 0; }).length };
    }).filter(function (x) { return x.score > 0; }).sort(function (a, b) { return b.score - a.score || a.i - b.i; });
    setTimeout(function () { render(scored.map(function (x) { return x.p; })); }, 100);
  });

  function render(people) {
    document.title = keywords + ' | Search | LinkedIn';
    const container = document.querySelector('.search-results-container');
    container.innerHTML = '';
    if (people.length === 0) {
      container.appendChild(el('section', { 'class': 'artdeco-card search-reusable-search-no-results' }, [el('h2', { text: 'No results found' })]));
      return;
    }
    const pages = Math.ceil(people.length / perPage);
    container.appendChild(el('h2', { 'class': 'pb2 t-black--light t-14', text: 'About ' + people.length + ' results' }));
    const list = el('ul', { 'class': 'reusable-search__entity-result-list list-style-none', role: 'list' });
    people.slice((page - 1) * perPage, page * perPage).forEach(function (p) {
      const href = location.origin + r.base + '/in/' + p.slug + '?miniProfileUrn=urn%3Ali%3Afs_miniProfile%3A' + p.slug;
      list.appendChild(el('li', { 'class': 'reusable-search__result-container' }, [el('div', { 'class': 'entity-result', 'data-chameleon-result-urn': 'urn:li:member:' + p.slug }, [
        el('div', { 'class': 'entity-result__item' }, [
          el('div', { 'class': 'entity-result__content' }, [
            el('span', { 'class': 'entity-result__title-text t-16' }, [el('a', { 'class': 'app-aware-link', href: href }, [
              el('span', { dir: 'ltr' }, [el('span', { 'aria-hidden': 'true', text: p.name }), el('span', { 'class': 'visually-hidden', text: 'View ' + p.name + '\u2019s profile' })]),
            ])]),
            el('span', { 'class': 'entity-result__badge-text', text: ' • 2nd' }),
            el('div', { 'class': 'entity-result__primary-subtitle t-14 t-black t-normal', text: p.headline }),
            el('div', { 'class': 'entity-result__secondary-subtitle t-14 t-normal', text: p.location }),
            p.experience.length ? el('p', { 'class': 'entity-result__summary t-12', text: 'Current: ' + p.experience[0].title + ' at ' + p.experience[0].company }) : null,
          ]),
          el('div', { 'class': 'entity-result__actions' }, [el('button', { 'class': 'artdeco-button artdeco-button--secondary', 'aria-label': 'Invite ' + p.name + ' to connect', text: 'Connect' })]),
        ]),
      ])]));
    });
    container.appendChild(list);
    const next = new URL(location.href);
    next.searchParams.set('page', String(page + 1));
    const nav = el('div', { 'class': 'artdeco-pagination', role: 'navigation', 'aria-label': 'Pagination' }, [
      el('span', { 'class': 'artdeco-pagination__state--a11y', text: 'Page ' + page + ' of ' + pages }),
      page < pages
        ? el('a', { 'class': 'artdeco-pagination__button artdeco-pagination__button--next', 'aria-label': 'Next', href: next.pathname + next.search, text: 'Next' })
        : el('button', { 'class': 'artdeco-pagination__button artdeco-pagination__button--next', 'aria-label': 'Next', disabled: 'disabled', text: 'Next' }),
    ]);
    container.appendChild(nav);
  }
})();
