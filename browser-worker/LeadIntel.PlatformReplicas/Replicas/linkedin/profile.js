// LinkedIn public profile replica: top card, about, experience and education.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const slug = (/\/in\/([^/?#]+)/.exec(location.pathname) || [])[1];
  r.load().then(function (data) {
    const p = data.people.find(function (x) { return x.slug === slug; });
    const main = document.getElementById('main-content');
    main.innerHTML = '';
    if (!p) { r.authwall(); return; }
    document.title = p.name + ' - ' + p.headline + ' | LinkedIn';
    main.appendChild(el('section', { 'class': 'top-card-layout container-lined' }, [
      el('div', { 'class': 'top-card-layout__entity-info' }, [
        el('h1', { 'class': 'top-card-layout__title', text: p.name }),
        el('h2', { 'class': 'top-card-layout__headline', text: p.headline }),
        el('h3', { 'class': 'top-card-layout__first-subline' }, [
          el('div', { 'class': 'top-card__subline-item', text: p.location }),
          el('span', { 'class': 'top-card__subline-item', text: p.connections + ' connections' }),
        ]),
      ]),
    ]));
    main.appendChild(el('section', { 'class': 'core-section-container summary', 'data-section': 'summary' }, [
      el('h2', { 'class': 'core-section-container__title', text: 'About' }),
      el('div', { 'class': 'core-section-container__content' }, [el('p', { text: p.about })]),
    ]));
    if (p.experience.length) {
      main.appendChild(el('section', { 'class': 'core-section-container experience', 'data-section': 'experience' }, [
        el('h2', { 'class': 'core-section-container__title', text: 'Experience' }),
        el('ul', { 'class': 'experience__list' }, p.experience.map(function (x) {
          return el('li', { 'class': 'experience-item' }, [el('h3', { 'class': 'experience-item__title', text: x.title }), el('h4', { 'class': 'experience-item__subtitle', text: x.company }), el('span', { 'class': 'date-range', text: x.years })]);
        })),
      ]));
    }
    main.appendChild(el('section', { 'class': 'core-section-container education', 'data-section': 'educationsDetails' }, [
      el('h2', { 'class': 'core-section-container__title', text: 'Education' }),
      el('ul', { 'class': 'education__list' }, p.education.map(function (e) {
        return el('li', { 'class': 'education__list-item' }, [
          el('h3', { 'class': 'education__item education__item--school-name', text: e.school }),
          el('h4', { 'class': 'education__item education__item--degree-info' }, [
            el('span', { 'class': 'education__item--degree-name', text: e.degree }), el('span', { text: ' ' }),
            el('span', { 'class': 'education__item--field-of-study', text: e.field })]),
          el('span', { 'class': 'date-range', text: e.years }),
        ]);
      })),
    ]));
  });
})();
