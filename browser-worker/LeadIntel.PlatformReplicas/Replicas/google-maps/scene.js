// Google Maps replica, "moving map" mount: a location marker circles over the map without pause, as Maps'
// own markers and tiles move while a search runs. Every frame changes, so a screencast of the page never
// idles, while the paint per frame stays small (the measure is the screencast, not the page's painting).
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
  function tick(now) {
    const angle = (now - start) / 1000;
    dot.style.transform = 'translate(' + (Math.cos(angle) * 160).toFixed(1) + 'px,' + (Math.sin(angle) * 120).toFixed(1) + 'px)';
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();
