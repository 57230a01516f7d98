/*
 * Fellesområdet's search engine for the browser: the query side of the Lucene search, copied
 * step by step so that the browser ranks exactly as `./fellesomrade search` does.
 *
 *   analysis   – no.bergen.fellesomradet.search.analysis.NorwegianAnalysis (normaliser):
 *                words [\p{L}\p{N}]+, lowercase, NynorskToBokmalFilter, AgentNounFilter,
 *                Snowball Norwegian stemmer
 *   synonyms   – query.SynonymRules.group
 *   postings   – export.PostingsCodec, decoded into typed arrays
 *   ranking    – query.Ranker.rank (integer scores from the exported index); each word's scores
 *                are kept between keystrokes, since typing only changes the last word
 *   concern    – query.ConcernRule
 *   prefetch   – no Java counterpart: guesses the next letter and loads what it will need
 *
 * No DOM here: the same file runs in the page (sok.js) and in the parity test under Node. It is
 * one file on purpose, in the sections above: the page fetches one script, and the parity test
 * loads the whole query side at once.
 */
(function (root) {
  "use strict";

  var WORD = /[\p{L}\p{N}]+/gu;

  // ---- Snowball Norwegian stemmer (org.tartarus.snowball.ext.NorwegianStemmer in Lucene 9.12) ----
  var VOWELS = "aeiouyåæø";
  var S_ENDING = "bcdfghjlmnoprtvyz";
  var MAIN = {
    "a": 1, "e": 1, "ede": 1, "ande": 1, "ende": 1, "ane": 1, "ene": 1, "hetene": 1, "erte": 3, "en": 1,
    "heten": 1, "ar": 1, "er": 1, "heter": 1, "s": 2, "as": 1, "es": 1, "edes": 1, "endes": 1, "enes": 1,
    "hetenes": 1, "ens": 1, "hetens": 1, "ers": 1, "ets": 1, "et": 1, "het": 1, "ert": 3, "ast": 1
  };
  var OTHER = { "leg": 1, "eleg": 1, "ig": 1, "eig": 1, "lig": 1, "elig": 1, "els": 1, "lov": 1, "elov": 1, "slov": 1, "hetslov": 1 };
  var LONGEST_MAIN = 7;
  var LONGEST_OTHER = 7;

  function isVowel(c) { return VOWELS.indexOf(c) >= 0; }

  /** The longest suffix of w in the table that starts at or after p1, or "". */
  function longestSuffix(w, table, longest, p1) {
    for (var n = Math.min(longest, w.length - p1); n >= 1; n--) {
      var s = w.substring(w.length - n);
      if (Object.prototype.hasOwnProperty.call(table, s)) return s;
    }
    return "";
  }

  function stem(w) {
    var len = w.length;
    var p1 = len;
    if (len >= 3) {
      var i = 0;
      while (i < len && !isVowel(w.charAt(i))) i++;
      if (i < len) {
        var j = i;
        while (j < len && isVowel(w.charAt(j))) j++;
        if (j < len) p1 = Math.max(j + 1, 3);
      }
    }
    // main_suffix
    if (w.length >= p1) {
      var s = longestSuffix(w, MAIN, LONGEST_MAIN, p1);
      if (s) {
        var action = MAIN[s];
        var start = w.length - s.length;
        if (action === 1) {
          w = w.substring(0, start);
        } else if (action === 2) {
          var before = start > 0 ? w.charAt(start - 1) : "";
          if (before && S_ENDING.indexOf(before) >= 0) {
            w = w.substring(0, start);
          } else if (before === "k" && start > 1 && !isVowel(w.charAt(start - 2))) {
            w = w.substring(0, start);
          }
        } else {
          w = w.substring(0, start) + "er";
        }
      }
    }
    // consonant_pair
    if (w.length >= p1 && w.length - 2 >= p1) {
      var end2 = w.substring(w.length - 2);
      if (end2 === "dt" || end2 === "vt") w = w.substring(0, w.length - 1);
    }
    // other_suffix
    if (w.length >= p1) {
      var o = longestSuffix(w, OTHER, LONGEST_OTHER, p1);
      if (o) w = w.substring(0, w.length - o.length);
    }
    return w;
  }

  // ---- analysis ----
  function words(text) {
    return String(text == null ? "" : text).match(WORD) || [];
  }

  /** Character.toLowerCase, one code point at a time, as Lucene's LowerCaseFilter does. */
  function lower(word) {
    var out = "";
    for (var ch of word) {
      // İ (U+0130) is the one letter whose full lowercase is two code points ("i" + U+0307);
      // Java's simple mapping, which Lucene uses, gives plain "i".
      var l = ch === "\u0130" ? "i" : ch.toLowerCase();
      out += Array.from(l).length === 1 ? l : ch;
    }
    return out;
  }

  function createAnalysis(meta) {
    var whole = meta.nynorskOrd;
    var parts = Object.keys(meta.nynorskDeler).map(function (k) { return [k, meta.nynorskDeler[k]]; });

    function nynorsk(word) {
      if (Object.prototype.hasOwnProperty.call(whole, word)) return whole[word];
      for (var i = 0; i < parts.length; i++) {
        var at = word.indexOf(parts[i][0]);
        if (at >= 0) return word.substring(0, at) + parts[i][1] + word.substring(at + parts[i][0].length);
      }
      return word;
    }

    /** AgentNounFilter: lærere, læreren → lærer. */
    function title(word) {
      for (var i = 0; i < meta.titelendinger.length; i++) {
        var ending = meta.titelendinger[i];
        if (!word.endsWith(ending)) continue;
        var base = word.substring(0, word.length - ending.length);
        for (var j = 0; j < meta.titler.length; j++) {
          if (base.endsWith(meta.titler[j])) return base;
        }
      }
      return word;
    }

    return {
      /** Normalised words of a text. */
      normalise: function (text) {
        return words(text).map(function (w) { return stem(title(nynorsk(lower(w)))); });
      },
      /** Lowercase and nynorsk→bokmål, not stemmed. */
      surface: function (text) {
        return words(text).map(function (w) { return nynorsk(lower(w)); });
      }
    };
  }

  // ---- synonyms (SynonymRules.expand and SynonymRules.group) ----
  /** Phrase → the phrases it also means: in each rule, every left phrase gets every other right one. */
  function expand(lines) {
    var map = new Map();
    lines.forEach(function (rule) {
      var right = rule.length === 1 ? rule[0] : rule[1];
      rule[0].forEach(function (l) {
        right.forEach(function (r) {
          if (r === l) return;
          if (!map.has(l)) map.set(l, []);
          if (map.get(l).indexOf(r) < 0) map.get(l).push(r);
        });
      });
    });
    var rules = Object.create(null);
    map.forEach(function (phrases, l) { rules[l] = phrases.map(function (p) { return p.split(" "); }); });
    return rules;
  }

  function group(rules, longest, singleWords, ws) {
    var groups = [];
    var i = 0;
    while (i < ws.length) {
      var matched = 0;
      var alternatives = null;
      for (var len = Math.min(longest, ws.length - i); len >= 1; len--) {
        var key = ws.slice(i, i + len).join(" ");
        if (Object.prototype.hasOwnProperty.call(rules, key)) {
          matched = len;
          alternatives = rules[key];
          break;
        }
      }
      if (matched === 0) {
        var word = ws[i];
        var alts = [[word]];
        if (word.length >= MIN_FUZZY) {
          for (var k = 0; k < singleWords.length; k++) {
            if (oneEdit(word, singleWords[k])) {
              alts = alts.concat([[singleWords[k]]], rules[singleWords[k]]);
              break;
            }
          }
        }
        groups.push({ alternatives: alts, plain: true, parts: [] });
        i++;
      } else {
        groups.push({ alternatives: [ws.slice(i, i + matched)].concat(alternatives), plain: false, parts: [] });
        i += matched;
      }
    }
    return groups;
  }

  var MIN_FUZZY = 5; // replaced by meta.minSkrivefeil in create()
  var GUESSES = 2; // next letters prefetched; one more guess costs a shard and ten summaries

  // ---- ranking (Ranker) ----
  function firstLetter(s) { return String.fromCodePoint(s.codePointAt(0)); }

  function hexKey(s, points) {
    return Array.from(s).slice(0, points).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  function oneEdit(a, b) {
    if (a === b) return false;
    var la = a.length, lb = b.length, i;
    if (la === lb) {
      var first = -1, diffs = 0;
      for (i = 0; i < la; i++) {
        if (a.charAt(i) !== b.charAt(i)) {
          if (diffs === 0) first = i;
          diffs++;
        }
      }
      if (diffs === 1) return true;
      return diffs === 2 && first + 1 < la && a.charAt(first) === b.charAt(first + 1)
        && a.charAt(first + 1) === b.charAt(first) && a.substring(first + 2) === b.substring(first + 2);
    }
    if (Math.abs(la - lb) !== 1) return false;
    var s = la < lb ? a : b, l = la < lb ? b : a;
    i = 0;
    while (i < s.length && s.charAt(i) === l.charAt(i)) i++;
    return s.substring(i) === l.substring(i + 1);
  }

  function share(score, percent) { return Math.floor(score * percent / 100); }

  // ---- postings (export.PostingsCodec) ----
  var DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
  var DIGIT = new Int8Array(128);
  for (var di = 0; di < DIGITS.length; di++) DIGIT[DIGITS.charCodeAt(di)] = di;

  /** A score set: documents (ascending) and their scores, as two parallel arrays. */
  var NONE = { docs: new Int32Array(0), scores: new Int32Array(0) };

  /** Every number in a string of digits (export.Digits: five bits a character, lowest first). */
  function numbers(code) {
    var out = [];
    var at = 0;
    while (at < code.length) {
      var v = 0, shift = 0, c;
      do { c = DIGIT[code.charCodeAt(at++)]; v |= (c & 31) << shift; shift += 5; } while (c & 32);
      out.push(v);
    }
    return out;
  }

  /** [scores, code] → a score set; the code alternates document gaps and positions in scores. */
  function decodePostings(entry) {
    var table = entry[0], n = numbers(entry[1]);
    var docs = new Int32Array(n.length / 2), scores = new Int32Array(n.length / 2);
    var doc = 0;
    for (var i = 0; i < docs.length; i++) {
      doc += n[2 * i];
      docs[i] = doc;
      scores[i] = table[n[2 * i + 1]];
    }
    return { docs: docs, scores: scores };
  }

  /**
   * Combines score sets document by document, with sum or max, as Ranker does with maps. A document
   * missing from a set counts as absent, not as 0; scores are never below 1, so a shared buffer of
   * zeros can stand for "absent".
   */
  function combiner(documents) {
    var buffer = new Int32Array(documents);
    var present = new Uint8Array(documents);
    return function combine(sets, useMax) {
      if (sets.length === 1) return sets[0];
      var touched = [];
      for (var k = 0; k < sets.length; k++) {
        var docs = sets[k].docs, scores = sets[k].scores;
        for (var i = 0; i < docs.length; i++) {
          var d = docs[i], v = scores[i];
          if (!present[d]) {
            present[d] = 1;
            buffer[d] = v;
            touched.push(d);
          } else if (useMax) {
            if (v > buffer[d]) buffer[d] = v;
          } else {
            buffer[d] += v;
          }
        }
      }
      var out = { docs: new Int32Array(touched.length), scores: new Int32Array(touched.length) };
      for (var j = 0; j < touched.length; j++) {
        out.docs[j] = touched[j];
        out.scores[j] = buffer[touched[j]];
        present[touched[j]] = 0;
      }
      return out;
    };
  }

  function scaled(set, percent) {
    var out = { docs: set.docs, scores: new Int32Array(set.scores.length) };
    for (var i = 0; i < set.scores.length; i++) out.scores[i] = share(set.scores[i], percent);
    return out;
  }

  /**
   * The characters that follow a prefix in the vocabulary ({terms, weights}), likeliest first: each
   * term counts by how many documents use it (weight w stands for about 2^(w-1)).
   */
  function likelyNext(vocabulary, prefix) {
    var sorted = vocabulary.terms;
    var lo = 0, hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (sorted[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    var counts = new Map();
    for (var i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) {
      if (sorted[i].length === prefix.length || !vocabulary.weights[i]) continue;
      var c = String.fromCodePoint(sorted[i].codePointAt(prefix.length));
      counts.set(c, (counts.get(c) || 0) + Math.pow(2, vocabulary.weights[i] - 1));
    }
    return Array.from(counts.keys()).sort(function (a, b) { return counts.get(b) - counts.get(a) || (a < b ? -1 : 1); });
  }

  /**
   * @param meta   the exported meta.json
   * @param loader {json(path) → Promise}, relative to the index folder
   */
  function create(meta, loader) {
    var analysis = createAnalysis(meta);
    MIN_FUZZY = meta.minSkrivefeil;
    var synonyms = expand(meta.synonymregler);
    var situations = new Set();
    meta.synonymregler.forEach(function (rule) { if (rule.length === 3) rule[0].forEach(function (l) { situations.add(l); }); });
    var longest = 0;
    Object.keys(synonyms).forEach(function (k) { longest = Math.max(longest, k.split(" ").length); });
    var singleWords = Object.keys(synonyms).filter(function (k) { return k.indexOf(" ") < 0; }).sort();
    var dictionary = new Set(meta.deler);
    var stopWords = new Set(meta.stoppord);

    /** QueryPlan.parts: normalised dictionary parts of a word, the word itself excluded. */
    function parts(form) {
      var out = [];
      if (form.length < meta.minSammensatt) return out;
      for (var i = 0; i + meta.minDel <= form.length; i++) {
        for (var j = meta.minDel; j <= meta.maksDel && i + j <= form.length; j++) {
          var sub = form.substring(i, i + j);
          if (sub.length < form.length && dictionary.has(sub)) {
            analysis.normalise(sub).forEach(function (t) { if (out.indexOf(t) < 0) out.push(t); });
          }
        }
      }
      return out;
    }
    var shards = new Map();
    var vocab = new Map();
    var summaries = new Map();
    var triggers = new Set(meta.bekymringsord);

    function load(cache, path) {
      if (!cache.has(path)) {
        cache.set(path, loader.json(path).catch(function (e) {
          if (e && e.notFound) return null;
          cache.delete(path);
          throw e;
        }));
      }
      return cache.get(path);
    }

    var decoded = new Map();
    var vocabulary = new Map();
    var combine = combiner(meta.dokumenter);

    var shortTerms = new Set(meta.kortord);

    /**
     * Loads the postings of a term, decoded once, since every keystroke asks again. A term known not
     * to exist costs no request: one or two letters are checked against the short-term list (most
     * half-typed words), longer ones against their letter's vocabulary once it is loaded.
     */
    function fetchPostings(term) {
      if (decoded.has(term)) return null;
      var letter = firstLetter(term);
      var known = Array.from(term).length < meta.postingsprefiks ? shortTerms.has(term)
        : !vocabulary.has(letter) || vocabulary.get(letter).known.has(term);
      if (!known) {
        decoded.set(term, NONE);
        return null;
      }
      return load(shards, "t/" + hexKey(term, meta.postingsprefiks) + ".json").then(function (shard) {
        if (decoded.has(term)) return;
        var entry = shard && Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
        decoded.set(term, entry ? decodePostings(entry) : NONE);
      });
    }
    /** The postings of a loaded term. */
    function postings(term) { return decoded.get(term); }

    function fetchVocabulary(letter) {
      if (vocabulary.has(letter)) return null;
      return load(vocab, "v/" + hexKey(letter, 1) + ".json").then(function (shard) {
        if (vocabulary.has(letter)) return;
        var terms = shard ? shard[0] : [];
        vocabulary.set(letter, { terms: terms, weights: shard ? numbers(shard[1]) : [], known: new Set(terms) });
      });
    }
    function termsStartingWith(letter) { return vocabulary.get(letter).terms; }

    function plan(text) {
      var raw = words(text).slice(0, meta.maksOrd);
      var ws = analysis.normalise(raw.join(" "));
      var surface = analysis.surface(raw.join(" "));
      var last = raw.length ? raw[raw.length - 1].toLowerCase() : "";
      var position = 0;
      var groups = [];
      group(synonyms, longest, singleWords, ws).forEach(function (g) {
        if (g.plain) {
          if (!stopWords.has(surface[position])) {
            g.parts = parts(surface[position]);
            groups.push(g);
          }
          position++;
        } else {
          var length = g.alternatives[0].length;
          // As QueryPlan.of: a situation means what its rule says, without its own words.
          groups.push(situations.has(g.alternatives[0].join(" "))
            ? { alternatives: g.alternatives.slice(1), plain: false, parts: g.parts }
            : withoutLittleWords(g, surface.slice(position, position + length)));
          position += length;
        }
      });
      return { groups: groups, words: ws, last: last };
    }

    /** As QueryPlan.withoutLittleWords: a phrase rule's own words score without its stop words. */
    function withoutLittleWords(g, surface) {
      var literal = g.alternatives[0];
      var kept = literal.filter(function (_, i) { return !stopWords.has(surface[i]); });
      if (kept.length === literal.length) return g;
      var alternatives = (kept.length ? [kept] : []).concat(g.alternatives.slice(1));
      return { alternatives: alternatives, plain: false, parts: g.parts };
    }

    function fuzzyApplies(g) { return g.plain && g.alternatives[0][0].length >= meta.minSkrivefeil; }
    function typoTerms(word) {
      return termsStartingWith(firstLetter(word)).filter(function (t) {
        return t !== word && Math.abs(t.length - word.length) <= 1 && oneEdit(word, t);
      });
    }
    function prefixTerms(p) {
      var lastWord = p.words[p.words.length - 1];
      var out = [];
      var candidates = termsStartingWith(firstLetter(p.last));
      for (var i = 0; i < candidates.length && out.length < meta.maksPrefiksord; i++) {
        if (candidates[i].startsWith(p.last) && candidates[i] !== lastWord) out.push(candidates[i]);
      }
      return out;
    }

    /** What a group adds to every document's score (Ranker.rank, one query word or synonym group). */
    function groupScores(g) {
      var best = g.alternatives.map(function (alternative) { return combine(alternative.map(postings), false); });
      var word = g.alternatives[0][0];
      if (g.plain && g.parts.length && postings(word).docs.length === 0) {
        best.push(combine(g.parts.map(postings), false));
      }
      var scores = combine(best, true);
      if (fuzzyApplies(g)) {
        var typos = typoTerms(word);
        if (typos.length) scores = combine([scores, scaled(combine(typos.map(postings), true), meta.skrivefeil)], false);
      }
      return scores;
    }

    // Typing adds a letter to the last word; the groups before it are the same as a moment ago.
    var groupCache = new Map();
    var prefixCache = new Map();
    function remembered(cache, key, compute) {
      if (!cache.has(key)) {
        if (cache.size > 200) cache.clear();
        cache.set(key, compute());
      }
      return cache.get(key);
    }
    function groupKey(g) { return JSON.stringify([g.alternatives, g.parts, g.plain]); }

    /** Fetches every shard the query needs, in two rounds of parallel requests. */
    async function fetchFor(p, withPrefix) {
      var first = [];
      p.groups.forEach(function (g) {
        if (groupCache.has(groupKey(g))) return;
        g.alternatives.forEach(function (a) { a.forEach(function (t) { first.push(fetchPostings(t)); }); });
        if (fuzzyApplies(g)) first.push(fetchVocabulary(firstLetter(g.alternatives[0][0])));
      });
      if (withPrefix) first.push(fetchVocabulary(firstLetter(p.last)));
      await Promise.all(first);
      var second = [];
      p.groups.forEach(function (g) {
        if (groupCache.has(groupKey(g))) return;
        var word = g.alternatives[0][0];
        if (g.plain && g.parts.length && postings(word).docs.length === 0) g.parts.forEach(function (t) { second.push(fetchPostings(t)); });
        if (fuzzyApplies(g)) typoTerms(word).forEach(function (t) { second.push(fetchPostings(t)); });
      });
      if (withPrefix) prefixTerms(p).forEach(function (t) { second.push(fetchPostings(t)); });
      await Promise.all(second);
    }

    async function rank(p) {
      var withPrefix = p.last.length >= meta.minPrefiks && p.words.length > 0;
      await fetchFor(p, withPrefix);
      var sets = p.groups.map(function (g) { return remembered(groupCache, groupKey(g), function () { return groupScores(g); }); });
      if (withPrefix) {
        sets.push(remembered(prefixCache, p.last + "\u0000" + p.words[p.words.length - 1], function () {
          return scaled(combine(prefixTerms(p).map(postings), true), meta.prefiks);
        }));
      }
      var total = sets.length ? combine(sets, false) : NONE;
      // As Ranker.coordinated: the score times the share of the query's groups a document matches
      // (the prefix set, last in sets, counts as matching the word being typed).
      var groups = p.groups.length;
      var matched = new Map();
      sets.forEach(function (set) {
        for (var j = 0; j < set.docs.length; j++) {
          if (set.scores[j] > 0) matched.set(set.docs[j], (matched.get(set.docs[j]) || 0) + 1);
        }
      });
      var out = [];
      for (var i = 0; i < total.docs.length; i++) {
        var score = total.scores[i];
        if (groups > 0) score = Math.floor(score * Math.min(matched.get(total.docs[i]) || 0, groups) / groups);
        if (score > 0) out.push({ doc: total.docs[i], score: score });
      }
      out.sort(function (x, y) { return y.score - x.score || x.doc - y.doc; });
      return out;
    }

    /** Ranked document numbers for a query, with the concern guides first when it expresses worry. */
    async function search(text) {
      var p = plan(text);
      var ranked = p.words.length ? await rank(p) : [];
      var docs = ranked.map(function (r) { return r.doc; });
      // As ConcernRule.matches: a trigger among the query's words and what its rules say they mean.
      var worried = p.groups.some(function (g) {
        return g.alternatives.some(function (a) { return a.some(function (t) { return triggers.has(t); }); });
      });
      if (worried && meta.festet.length) {
        // As ConcernRule.order: the concern guide, the best match that is not pinned, the other pinned guides.
        var pins = meta.festet;
        var rest = docs.filter(function (d) { return pins.indexOf(d) < 0; });
        docs = [pins[0]].concat(rest.slice(0, 1), pins.slice(1), rest.slice(1));
      }
      return { docs: docs, ranked: ranked, plan: p, worried: worried };
    }

    /** Summaries of documents: {slug, title, url (from the site's root), type, owner, summary}. */
    function documents(docs) {
      return Promise.all(docs.map(function (d) {
        return load(summaries, "d/" + d + ".json").then(function (s) {
          return { slug: s[0], title: s[1], url: meta.typer[s[2]][2] + s[0] + "/", type: s[2], owner: s[3], summary: s[4] };
        });
      }));
    }

    /**
     * Loads, while the employee pauses, what the next letter will most likely need, so that it is
     * answered without waiting for the network. The two likeliest letters are guessed from the
     * vocabulary (the letters that the most-used terms continue the last word with); for each, that
     * query's shards and the summaries of its first results are loaded. Nothing is shown; a wrong
     * guess costs bytes, not time.
     */
    async function prefetch(text, shown) {
      var letters = await guesses(text);
      for (var i = 0; i < letters.length; i++) {
        var guess = await search(text + letters[i]);
        await documents(guess.docs.slice(0, shown));
      }
    }

    /** The letters most likely typed next, at most GUESSES of them. */
    async function guesses(text) {
      var raw = words(text);
      if (!raw.length) return [];
      var letters;
      if (/[\p{L}\p{N}]$/u.test(text)) {
        var last = raw[raw.length - 1].toLowerCase();
        var letter = firstLetter(last);
        await fetchVocabulary(letter);
        letters = likelyNext(vocabulary.get(letter), last);
      } else {
        // A new word: its first letter needs a request only if that letter is a term by itself.
        letters = meta.forbokstaver.filter(function (l) { return shortTerms.has(l) && !stopWords.has(l); });
      }
      return letters.slice(0, GUESSES);
    }

    return { plan: plan, search: search, documents: documents, prefetch: prefetch, guesses: guesses, normalise: analysis.normalise, meta: meta };
  }

  var api = { create: create, stem: stem, oneEdit: oneEdit, hexKey: hexKey, numbers: numbers };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.FellesSok = api;
})(typeof self !== "undefined" ? self : this);
