// Only in `./fellesomrade serve`, never in the built site: follows the preview server. When an
// update finishes, the page reloads; when the content has an error, the error is shown in place
// of the page (which is out of date), and the page reloads once the error is fixed.
(function () {
  'use strict';
  var seen = null;
  var box = null;

  function show(errors) {
    if (!box) {
      box = document.createElement('div');
      box.id = 'forhandsvisning-feil';
      box.setAttribute('role', 'alert');
      var s = box.style;
      s.position = 'fixed'; s.top = '0'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.zIndex = '2147483647';
      s.background = '#fff'; s.color = '#1a1a1a'; s.padding = '2rem'; s.overflow = 'auto'; s.font = '1.1rem/1.5 system-ui, sans-serif';
      document.body.appendChild(box);
    }
    box.textContent = '';
    var h = document.createElement('h1');
    h.textContent = 'Siden er ikke oppdatert: innholdet har en feil';
    box.appendChild(h);
    var list = document.createElement('ul');
    errors.forEach(function (e) {
      var li = document.createElement('li');
      var where = document.createElement('strong');
      where.textContent = e.fil + ', linje ' + e.linje + ': ';
      li.appendChild(where);
      li.appendChild(document.createTextNode(e.melding));
      list.appendChild(li);
    });
    box.appendChild(list);
    var p = document.createElement('p');
    p.textContent = 'Rett feilen og lagre filen igjen. Siden lastes inn på nytt av seg selv.';
    box.appendChild(p);
  }

  function poll() {
    fetch('/_forhandsvisning/status', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (seen !== null && s.versjon !== seen && s.feil.length === 0) {
          location.reload();
          return;
        }
        seen = s.versjon;
        if (s.feil.length > 0) show(s.feil);
        setTimeout(poll, 100);
      })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
