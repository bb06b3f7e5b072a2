// Google Maps replica, "moving map" mount: the map pans without pause, as Maps does while it loads tiles
// and follows a search. Every frame repaints the map area, so a screencast of the page never idles.
(function () {
  'use strict';
  const scene = document.getElementById('scene');
  if (!scene) return;
  const start = performance.now();
  function tick(now) {
    const offset = ((now - start) / 16) % 51;
    scene.style.backgroundPosition = offset.toFixed(1) + 'px ' + (offset / 2).toFixed(1) + 'px';
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
