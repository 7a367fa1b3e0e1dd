// SiteGen preview: reloads the page when its files are rebuilt, swaps stylesheets in place, and shows build errors
// over the page. Served only by `sitegen serve` (at /_sitegen/live.js); `sitegen build` output never loads it.
(function () {
  'use strict';
  var here = decodeURIComponent(location.pathname).replace(/^\//, '');
  if (here === '' || here.endsWith('/')) { here += 'index.html'; }

  // A change reloads this page when it rewrote this page, or a file pages load (images, scripts, styles);
  // the search index and other pages' HTML do not.
  function affects(paths) {
    return paths.some(function (p) {
      return p === here || (!/\.html$/.test(p) && p.indexOf('assets/search/') !== 0);
    });
  }

  function unversioned(path) { return path.replace(/\.[0-9a-f]{10}(\.css)$/, '$1'); }

  function swapStylesheets(stylesheets) {
    var links = document.querySelectorAll('link[rel~="stylesheet"]');
    links.forEach(function (link) {
      var path = new URL(link.href, location.href).pathname.replace(/^\//, '');
      if (path.indexOf('_sitegen/') === 0) { return; }
      var fresh = stylesheets.filter(function (s) { return unversioned(s) === unversioned(path); })[0];
      if (!fresh || fresh === path) { return; }
      var copy = link.cloneNode();
      copy.href = '/' + fresh;
      copy.addEventListener('load', function () { link.remove(); });
      link.after(copy);
    });
  }

  var overlay = null;
  function showErrors(diagnostics) {
    hideErrors();
    overlay = document.createElement('section');
    overlay.id = 'sitegen-errors';
    overlay.setAttribute('role', 'alert');
    overlay.setAttribute('aria-labelledby', 'sitegen-errors-title');
    var title = document.createElement('h2');
    title.id = 'sitegen-errors-title';
    title.textContent = 'The rebuild failed: you are seeing the last good version';
    var list = document.createElement('ul');
    diagnostics.forEach(function (d) {
      var item = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = d.text;
      item.appendChild(code);
      list.appendChild(item);
    });
    var note = document.createElement('p');
    note.textContent = 'Fix the file and save: this page updates by itself.';
    var close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.addEventListener('click', hideErrors);
    overlay.append(title, list, note, close);
    document.body.appendChild(overlay);
  }

  function hideErrors() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  var events = new EventSource('/_sitegen/events');
  events.addEventListener('reload', function (e) {
    if (affects(JSON.parse(e.data).paths)) { location.reload(); }
  });
  events.addEventListener('css', function (e) { swapStylesheets(JSON.parse(e.data).stylesheets); });
  events.addEventListener('errors', function (e) { showErrors(JSON.parse(e.data).diagnostics); });
  events.addEventListener('ok', hideErrors);
  window.sitegenLive = events;
}());
