// Google Maps place page replica: the side panel of one place, filled after its data arrives.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const id = (/!1s([^!/?]+)/.exec(location.pathname) || [])[1];

  r.load().then(function (data) {
    const p = data.places.find(function (x) { return x.id === decodeURIComponent(id || ''); });
    setTimeout(function () { render(p); }, 120);
  });

  function render(p) {
    const pane = document.getElementById('pane');
    pane.innerHTML = '';
    if (!p) {
      pane.appendChild(el('div', { 'class': 'Q2vNVc fontHeadlineSmall', text: 'Google Maps can\'t find this place' }));
      return;
    }
    document.title = p.name + ' - Google Maps';
    // Coffee shops show their number only on a photo of their sign (pixels, no text): the worker has to OCR it.
    const signed = p.category === 'Coffee shop' && !!p.phone;
    const hoursLabel = p.hours.map(function (h) { return h[0] + ', ' + h[1]; }).join('; ') + '. Hide open hours for the week';
    const hoursTable = el('table', { 'class': 'eK4R0e fontBodyMedium' }, [el('tbody', {}, p.hours.map(function (h) {
      return el('tr', { 'class': 'y0skZc' }, [
        el('td', { 'class': 'ylH6lf' }, [el('div', { text: h[0] })]),
        el('td', { 'class': 'mxowUb', 'aria-label': h[1] }, [el('li', { 'class': 'G8aQO', text: h[1].replace(' to ', '–') })]),
      ]);
    }))]);
    const info = el('div', { 'class': 'm6QErb', role: 'region', 'aria-label': 'Information for ' + p.name }, [
      el('button', { 'class': 'CsEnBe', 'data-item-id': 'address', 'aria-label': 'Address: ' + p.address + ' ', 'data-tooltip': 'Copy address' }, [
        el('div', { 'class': 'Io6YTe fontBodyMedium kR99db', text: p.address })]),
      el('div', { 'class': 'OqCZI fontBodyMedium WVXvdc' }, [el('div', { 'class': 't39EBf GUrTXd', role: 'button', 'aria-label': hoursLabel }, [hoursTable])]),
      p.website ? el('a', { 'class': 'CsEnBe', 'data-item-id': 'authority', 'aria-label': 'Website: ' + new URL(p.website).host + ' ', href: p.website, 'data-tooltip': 'Open website' }, [
        el('div', { 'class': 'Io6YTe fontBodyMedium kR99db', text: new URL(p.website).host })]) : null,
      p.phone && !signed ? el('button', { 'class': 'CsEnBe', 'data-item-id': 'phone:tel:+1' + p.phone.replace(/\D/g, ''), 'aria-label': 'Phone: ' + p.phone + ' ', 'data-tooltip': 'Copy phone number' }, [
        el('div', { 'class': 'Io6YTe fontBodyMedium kR99db', text: p.phone })]) : null,
      el('button', { 'class': 'CsEnBe', 'data-item-id': 'oloc', 'aria-label': 'Plus code: ' + p.lat.toFixed(3) + ',' + p.lng.toFixed(3) + ' Toronto, Ontario ' }, [
        el('div', { 'class': 'Io6YTe fontBodyMedium kR99db', text: 'Toronto, Ontario' })]),
    ]);
    pane.appendChild(el('div', { 'class': 'm6QErb WNBkOb', role: 'main', 'aria-label': p.name }, [
      el('div', { 'class': 'TIHn2' }, [
        el('h1', { 'class': 'DUwDvf lfPIob', text: p.name }),
        el('div', { 'class': 'F7nice' }, [
          el('span', {}, [el('span', { 'aria-hidden': 'true', text: p.rating.toFixed(1) }), el('span', { 'class': 'ceNzKf', role: 'img', 'aria-label': p.rating.toFixed(1) + ' stars ' })]),
          el('span', {}, [el('span', {}, [el('span', { role: 'img', 'aria-label': p.reviews.toLocaleString('en-US') + ' reviews', text: '(' + p.reviews.toLocaleString('en-US') + ')' })])]),
        ]),
        el('div', { 'class': 'skqShb' }, [el('span', {}, [el('span', {}, [el('button', { 'class': 'DkEaL', jsaction: 'pane.rating.category', text: p.category })])])]),
      ]),
      el('div', { 'class': 'RWPxGd', role: 'tablist', 'aria-label': 'About ' + p.name }, [
        el('button', { role: 'tab', 'aria-selected': 'true', 'class': 'hh2c6', text: 'Overview' }),
        el('button', { role: 'tab', 'aria-selected': 'false', 'class': 'hh2c6', text: 'Reviews' }),
      ]),
      info,
      signed ? el('div', { 'class': 'contact-card', 'aria-label': 'Photo of the sign' }, [sign('Call ahead: ' + p.phone)]) : null,
    ]));
  }

  function sign(text) {
    const canvas = el('canvas', { width: '380', height: '56' });
    const g = canvas.getContext('2d');
    g.fillStyle = '#fdf6e3'; g.fillRect(0, 0, 380, 56);
    g.fillStyle = '#3b2f2f'; g.font = '24px "DejaVu Sans", sans-serif'; g.fillText(text, 14, 36);
    return canvas;
  }
})();
