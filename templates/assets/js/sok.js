/*
 * The search page (/sok/): reads ?q=, searches while you type with sok-motor.js, shows results
 * with highlighted words, filters with counts, and says the count to screen readers. Without
 * JavaScript the page lists everything A–Å instead.
 */
(function () {
  "use strict";
  var form = document.getElementById("sokeskjema");
  var input = document.getElementById("sok-side");
  var list = document.getElementById("sokeresultater");
  var status = document.getElementById("sok-status");
  var filters = document.getElementById("sok-filtre");
  var all = document.getElementById("alle");
  var more = document.getElementById("sok-flere");
  if (!form || !input || !list || !window.FellesSok) return;

  var root = list.getAttribute("data-rot") || "../";
  var base = list.getAttribute("data-indeks") || "indeks/";
  var PAGE = 10;

  function loadJson(path) {
    return fetch(base + path, { credentials: "same-origin" }).then(function (r) {
      if (r.status === 404) {
        var e = new Error("mangler " + path);
        e.notFound = true;
        throw e;
      }
      if (!r.ok) throw new Error("kunne ikke hente " + path);
      return r.json();
    });
  }

  // Facets for the filter counts: each document's position in meta.fasetter (export.FacetCodes).
  var facetFiles = new Map();
  function facetsOf(doc, meta) {
    var n = Math.floor(doc / meta.perFasettfil);
    if (!facetFiles.has(n)) facetFiles.set(n, loadJson("f/" + n + ".json").then(window.FellesSok.numbers));
    return facetFiles.get(n).then(function (codes) {
      var f = meta.fasetter[codes[doc % meta.perFasettfil]];
      return { type: f[0], owner: f[1], audiences: f[2] };
    });
  }

  /** Bit i of a set of target groups; arithmetic, since bit operators stop at 32 bits. */
  function hasBit(bits, i) { return Math.floor(bits / Math.pow(2, i)) % 2 === 1; }

  var engine = null;
  var ready = loadJson("meta.json").then(function (meta) {
    engine = window.FellesSok.create(meta, { json: loadJson });
    return engine;
  });

  var sequence = 0;
  var state = { query: "", docs: [], facets: [], shown: PAGE, plan: null };

  function text(tag, value, cls) {
    var el = document.createElement(tag);
    if (cls) el.className = cls;
    el.textContent = value;
    return el;
  }

  var stems = new Map();
  var stopWords = null;
  function stemOf(word) {
    if (!stems.has(word)) stems.set(word, engine.normalise(word)[0]);
    return stems.get(word);
  }

  /** The summary with every word that matched the query marked. */
  function snippet(summary, plan) {
    var p = text("p", "", "sammendrag");
    var wanted = new Set();
    var stop = stopWords || (stopWords = new Set(engine.meta.stoppord));
    plan.groups.forEach(function (g) {
      g.alternatives.forEach(function (a) { a.forEach(function (t) { wanted.add(t); }); });
      g.parts.forEach(function (t) { wanted.add(t); });
    });
    var re = /[\p{L}\p{N}]+/gu;
    var last = 0;
    var m;
    while ((m = re.exec(summary)) !== null) {
      var stem = stemOf(m[0]);
      var hit = wanted.has(stem) || (plan.last.length >= 3 && !stop.has(plan.last) && m[0].toLowerCase().indexOf(plan.last) === 0);
      if (!hit) continue;
      p.appendChild(document.createTextNode(summary.substring(last, m.index)));
      p.appendChild(text("mark", m[0]));
      last = m.index + m[0].length;
    }
    p.appendChild(document.createTextNode(summary.substring(last)));
    return p;
  }

  function selected(name) {
    var el = filters && filters.querySelector("select[name=" + name + "]");
    return el && el.value !== "" ? parseInt(el.value, 10) : -1;
  }

  function matchesFilters(f) {
    if (!f) return true; // facets not loaded yet: nothing can be filtered yet either
    var t = selected("type"), o = selected("eier"), a = selected("malgruppe");
    return (t < 0 || f.type === t) && (o < 0 || f.owner === o) && (a < 0 || hasBit(f.audiences, a));
  }

  function fillSelect(name, labels, counts, total) {
    var select = filters.querySelector("select[name=" + name + "]");
    var keep = select.value;
    select.textContent = "";
    var allOption = text("option", "Alle (" + total + ")");
    allOption.value = "";
    select.appendChild(allOption);
    labels.forEach(function (l, i) {
      if (!counts[i]) return;
      var o = text("option", l + " (" + counts[i] + ")");
      o.value = String(i);
      select.appendChild(o);
    });
    select.value = keep;
    if (select.value !== keep) select.value = "";
  }

  function updateFilters(meta) {
    if (!filters) return;
    var types = meta.typer.map(function () { return 0; });
    var owners = meta.eiere.map(function () { return 0; });
    var audiences = meta.malgrupper.map(function () { return 0; });
    state.facets.forEach(function (f) {
      types[f.type]++;
      owners[f.owner]++;
      meta.malgrupper.forEach(function (_, i) { if (hasBit(f.audiences, i)) audiences[i]++; });
    });
    var n = state.docs.length;
    fillSelect("type", meta.typer.map(function (t) { return t[1]; }), types, n);
    fillSelect("eier", meta.eiere, owners, n);
    fillSelect("malgruppe", meta.malgrupper, audiences, n);
    filters.hidden = state.docs.length === 0;
  }

  async function render(seq) {
    var visible = [];
    for (var i = 0; i < state.docs.length; i++) {
      if (matchesFilters(state.facets[i])) visible.push(state.docs[i]);
    }
    var page = visible.slice(0, state.shown);
    var docs = await engine.documents(page);
    if (seq !== sequence) return;
    list.textContent = "";
    docs.forEach(function (d) { list.appendChild(item(d)); });
    if (more) more.hidden = visible.length <= state.shown;
    if (state.query.trim() === "") {
      status.textContent = "";
    } else if (visible.length === 0) {
      await suggest(seq);
    } else {
      status.textContent = visible.length + " treff for «" + state.query.trim() + "».";
    }
    if (all) all.hidden = state.query.trim() !== "";
  }

  function item(d) {
    var meta = engine.meta;
    var li = document.createElement("li");
    var a = text("a", d.title);
    a.href = root + d.url;
    var h = document.createElement("h2");
    h.className = "treff-tittel";
    h.appendChild(a);
    li.appendChild(h);
    li.appendChild(text("p", meta.typer[d.type][1] + " · " + meta.eiere[d.owner], "merke"));
    li.appendChild(snippet(d.summary, state.plan));
    return li;
  }

  function distance(a, b) {
    var prev = [], cur = [], i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(cur[j - 1] + 1, prev[j] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
      prev = cur;
    }
    return prev[b.length];
  }

  var wordList = null;
  var SPELLED = 4; // shorter words are not corrected
  var NEAREST = 5; // pages shown for the closest spelling when nothing matches
  async function suggest(seq) {
    var parts = state.query.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
    var words = [];
    if (parts.some(function (w) { return w.length >= SPELLED; })) {
      if (!wordList) wordList = loadJson("ord.json").catch(function () { return []; });
      words = await wordList;
      if (seq !== sequence) return;
    }
    var changed = false;
    var better = parts.map(function (w) {
      if (w.length < SPELLED || words.indexOf(w) >= 0) return w;
      var best = w, bestD = 3;
      words.forEach(function (c) {
        if (Math.abs(c.length - w.length) > 2) return;
        var d = distance(w, c);
        if (d < bestD) { bestD = d; best = c; }
      });
      if (best !== w) changed = true;
      return best;
    });
    status.textContent = "";
    // One or two letters rarely match anything yet: say so kindly while the employee types on.
    var typing = parts.length > 0 && parts.every(function (w) { return Array.from(w).length < engine.meta.minPrefiks; });
    status.appendChild(document.createTextNode(typing
      ? "Ingen treff ennå for «" + state.query.trim() + "». Skriv litt mer. "
      : "Ingen treff for «" + state.query.trim() + "». "));
    if (changed) {
      var q = better.join(" ");
      status.appendChild(document.createTextNode("Mente du "));
      var a = text("a", q);
      a.href = "?q=" + encodeURIComponent(q);
      status.appendChild(a);
      status.appendChild(document.createTextNode("? "));
      // No dead end: the pages for the closest spelling are shown at once, below the question.
      var nearest = await engine.search(q);
      var docs = await engine.documents(nearest.docs.slice(0, NEAREST));
      if (seq !== sequence) return;
      if (docs.length) {
        status.appendChild(document.createTextNode("Her er de nærmeste sidene. "));
        docs.forEach(function (d) { list.appendChild(item(d)); });
      }
    } else if (!typing) {
      status.appendChild(document.createTextNode("Er du bekymret for et barn, se "));
      var guide = text("a", "Bekymret for et barn?");
      guide.href = root + "veiledere/bekymret-for-et-barn/";
      status.appendChild(guide);
      status.appendChild(document.createTextNode(". "));
    }
    var aa = text("a", "Se alt fra A til Å");
    aa.href = root + "a-til-a/";
    status.appendChild(aa);
    status.appendChild(document.createTextNode("."));
  }

  // The address follows the query (so a search can be bookmarked) once the results are shown:
  // replaceState costs a few milliseconds that typing should not wait for.
  function remember(q) {
    history.replaceState(null, "", location.pathname + (q ? "?q=" + encodeURIComponent(q) : ""));
  }

  async function run(query) {
    var seq = ++sequence;
    state.query = query;
    state.shown = PAGE;
    if (query.trim() === "") {
      remember("");
      state.docs = [];
      state.facets = [];
      list.textContent = "";
      status.textContent = "";
      if (filters) filters.hidden = true;
      if (more) more.hidden = true;
      if (all) all.hidden = false;
      return;
    }
    await ready;
    var result = await engine.search(query);
    if (seq !== sequence) return;
    state.plan = result.plan;
    state.docs = result.docs;
    state.facets = [];
    if (filters) filters.hidden = true;
    await render(seq);
    if (seq !== sequence) return;
    document.dispatchEvent(new CustomEvent("sok:ferdig", { detail: { query: query } }));
    remember(query);
    // Filters and their counts come after the results, so they never delay them.
    var facets = await Promise.all(result.docs.map(function (d) { return facetsOf(d, engine.meta); }));
    if (seq !== sequence) return;
    state.facets = facets;
    updateFilters(engine.meta);
    // Typing on is the likeliest next step: load what the next letter needs before it comes.
    engine.prefetch(query, PAGE).catch(function () { /* a guess; the next search loads it again */ });
  }

  input.addEventListener("input", function () {
    run(input.value).catch(showError);
  });
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    run(input.value).catch(showError);
  });
  if (filters) {
    filters.addEventListener("change", function () { render(++sequence).catch(showError); });
    filters.hidden = true;
  }
  if (more) {
    more.addEventListener("click", function () {
      state.shown += PAGE;
      render(++sequence).catch(showError);
    });
  }

  function showError() {
    remember(input.value);
    status.textContent = "Søket virker ikke akkurat nå. Bruk lista over alt fra A til Å nedenfor.";
    if (all) all.hidden = false;
  }

  var initial = new URLSearchParams(location.search).get("q") || "";
  input.value = initial;
  if (initial) run(initial).catch(showError);
})();
