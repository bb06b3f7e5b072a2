// Google Maps replica, "moving map" mount: a location marker circles over the map without pause, moving 15 times
// a second, as Maps' own markers and tiles move while a search runs. Every frame the live view may send (at most
// 10 a second) shows a change, so its screencast never idles; the page itself stays cheap to paint (a 60 Hz
// animation would measure Chromium's painting of 8 pages, not the live view).
(function () {
  'use strict';
  const scene = document.getElementById('scene');
  if (!scene) return;
  const dot = document.createElement('div');
  dot.setAttribute('aria-hidden', 'true');
  dot.style.cssText = 'position:absolute;left:50%;top:50%;width:18px;height:18px;margin:-9px;border-radius:50%;' +
    'background:#1a73e8;border:3px solid #fff;box-shadow:0 1px 4px rgba(0,0,0,.4)';
  scene.appendChild(dot);
  const start = performance.now();
  setInterval(function () {
    const angle = (performance.now() - start) / 1000;
    dot.style.transform = 'translate(' + (Math.cos(angle) * 160).toFixed(1) + 'px,' + (Math.sin(angle) * 120).toFixed(1) + 'px)';
  }, 66);
})();
