// Google Maps search results replica: the results feed fills lazily as it is scrolled, stops at 120
// results per viewport like the real site, and says so at the end of the list.
(function () {
  'use strict';
  const r = window.replica;
  const el = r.el;
  const maxPerSearch = 120;
  const firstBatch = 10;
  const batch = 20;
  const path = location.pathname;
  const afterSearch = path.slice(path.indexOf('/maps/search/') + '/maps/search/'.length);
  const segments = afterSearch.split('/');
  const query = decodeURIComponent((segments[0] || '').replace(/\+/g, ' '));
  const at = /^@(-?[\d.]+),(-?[\d.]+),([\d.]+)z$/.exec(segments[1] || '');

  r.load().then(function (data) {
    let lat, lng, zoom;
    if (at) {
      lat = parseFloat(at[1]); lng = parseFloat(at[2]); zoom = parseFloat(at[3]);
    } else {
      const city = data.cities[Object.keys(data.cities).find(function (c) { return query.toLowerCase().indexOf(c) >= 0; }) || 'toronto'];
      lat = city.lat; lng = city.lng; zoom = city.zoom;
      history.replaceState(null, '', r.searchUrl(query, lat, lng, zoom));
    }
    document.title = query + ' - Google Maps';
    document.getElementById('searchboxinput').value = query;

    // The viewport's extent in degrees (Web Mercator, 256 px tiles).
    const degPerPx = 360 / (256 * Math.pow(2, zoom));
    const halfLng = innerWidth * degPerPx / 2;
    const halfLat = innerHeight * degPerPx * Math.cos(lat * Math.PI / 180) / 2;
    const inView = data.places.filter(function (p) {
      return r.matches(p, query) && Math.abs(p.lat - lat) <= halfLat && Math.abs(p.lng - lng) <= halfLng;
    }).sort(function (a, b) {
      return b.rating * Math.log(1 + b.reviews) - a.rating * Math.log(1 + a.reviews) || (a.id < b.id ? -1 : 1);
    }).slice(0, maxPerSearch);

    render(inView);
  });

  function render(results) {
    const main = document.getElementById('results-main');
    main.setAttribute('aria-label', 'Results for ' + query);
    main.innerHTML = '';
    if (results.length === 0) {
      main.appendChild(el('div', { 'class': 'Q2vNVc fontHeadlineSmall', text: 'Google Maps can\'t find ' + query }));
      return;
    }
    const feed = el('div', { 'class': 'm6QErb DxyBCb kA9KIf dS8AEf', role: 'feed', tabindex: '-1', 'aria-label': 'Results for ' + query });
    feed.appendChild(el('div', { 'class': 'aIFcqe' }, [el('h1', { 'class': 'fontTitleLarge IFMGgb', text: 'Results' })]));
    const spinner = el('div', { 'class': 'lXJj5c Hk4XGb', style: 'display:none' }, [el('div', { 'class': 'qjESne veYFef' })]);
    feed.appendChild(spinner);
    main.appendChild(feed);

    let shown = 0;
    let loading = false;
    function append(count) {
      results.slice(shown, shown + count).forEach(function (p) { feed.insertBefore(card(p), spinner); feed.insertBefore(el('div', { 'class': 'TFQHme' }), spinner); });
      shown = Math.min(results.length, shown + count);
      if (shown >= results.length) {
        spinner.remove();
        feed.appendChild(el('div', { 'class': 'm6QErb XiKgde tLjsW eKbjU' }, [el('div', { 'class': 'PbZDve' }, [el('p', { 'class': 'fontBodyMedium' }, [
          el('span', {}, [el('span', { 'class': 'HlvSq', text: 'You\'ve reached the end of the list.' })])])])]));
      }
    }
    append(firstBatch);
    feed.addEventListener('scroll', function () {
      if (loading || shown >= results.length || feed.scrollTop + feed.clientHeight < feed.scrollHeight - 300) {
        return;
      }
      loading = true;
      spinner.style.display = '';
      // The real feed fetches the next page of results over the network.
      setTimeout(function () { spinner.style.display = 'none'; append(batch); loading = false; }, 150);
    }, { passive: true });
  }

  function card(p) {
    const dot = function () { return el('span', { 'aria-hidden': 'true', text: '·' }); };
    const infoLine = el('div', { 'class': 'W4Efsd' }, [
      el('span', {}, [el('span', { text: p.category })]),
      el('span', {}, [el('span', { text: ' ' }), dot(), el('span', { text: ' ' }), el('span', { 'class': 'ZkP5Je', 'aria-label': 'Wheelchair accessible entrance', role: 'img', text: '♿' })]),
      el('span', {}, [el('span', { text: ' ' }), dot(), el('span', { text: ' ' }), el('span', { text: p.address.split(',')[0] })]),
    ]);
    const today = p.hours[0][1];
    const openLine = el('div', { 'class': 'W4Efsd' }, [
      el('span', {}, [el('span', {}, today === 'Closed'
        ? [el('span', { 'class': 'Hi5Wne', text: 'Closed' })]
        : [el('span', { 'class': 'Tb7Pod', text: 'Open' }), el('span', { text: ' ⋅ Closes ' + today.split(' to ')[1] })])]),
      p.phone ? el('span', {}, [el('span', { text: ' ' }), dot(), el('span', { text: ' ' }), el('span', { 'class': 'UsdlK', text: p.phone })]) : null,
    ]);
    const actions = el('div', { 'class': 'Rwjeuc' }, [
      p.website ? el('div', { 'class': 'etWJQ jym1ob kdfrQc' }, [el('a', {
        'class': 'lcr4fd S9kvJb', 'data-value': 'Website', 'aria-label': 'Visit ' + p.name + '\'s website', href: p.website, target: '_blank', text: 'Website',
      })]) : null,
      el('div', { 'class': 'etWJQ jym1ob kdfrQc' }, [el('button', { 'class': 'g88MCb S9kvJb', 'data-value': 'Directions', 'aria-label': 'Get directions to ' + p.name, text: 'Directions' })]),
    ]);
    return el('div', {}, [el('div', { 'class': 'Nv2PK THOPZb CpccDe', jsaction: 'mouseover:pane.wfvdle1' }, [
      el('a', { 'class': 'hfpxzc', 'aria-label': p.name, href: r.placeUrl(p), jsaction: 'pane.wfvdle2' }),
      el('div', { 'class': 'bfdHYd Ppzolf OFBs3e' }, [
        el('div', { 'class': 'lI9IFe' }, [el('div', { 'class': 'y7PRA' }, [
          el('div', { 'class': 'NrDZNb' }, [el('div', { 'class': 'qBF1Pd fontHeadlineSmall', text: p.name })]),
          el('div', { 'class': 'W4Efsd' }, [el('div', { 'class': 'AJB7ye' }, [el('span', { 'class': 'e4rVHe fontBodyMedium' }, [
            el('span', { role: 'img', 'class': 'ZkP5Je', 'aria-label': p.rating.toFixed(1) + ' stars ' + p.reviews + ' Reviews' }, [
              el('span', { 'class': 'MW4etd', text: p.rating.toFixed(1) }),
              el('span', { 'class': 'UY7F9', text: '(' + p.reviews.toLocaleString('en-US') + ')' }),
            ])])])]),
          el('div', { 'class': 'W4Efsd' }, [infoLine, openLine]),
        ])]),
        actions,
      ]),
    ])]);
  }
})();
