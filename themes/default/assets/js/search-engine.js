/*
 * The search query engine: answers a query from the index the build wrote (CONTRIBUTING.md, "The search index format"), with
 * the shards of the inverted index that have arrived. No DOM here, so it also runs under node (the tests do).
 *   var engine = SiteGenSearchEngine(index, stem);   // index: the "index" script's data; stem: the Porter stemmer
 *   engine.shardsFor("dynamo db")                      // the shard keys that query needs and has not got
 *   engine.addShard(key, text)                         // a "t:<key>" script's data
 *   engine.query("dynamo db")                          // { results, total, words, pending }
 * Matching, per query word: the word itself, its stem, words it begins (3 letters or more), and where none of the
 * first two is found, words one slip away (5 letters or more) or two (8 or more). Ranking: results matching more of
 * the query words first, then by score: a word in a page title counts 3, in a heading or question 2, in text 1,
 * times how rare the word is and how well it matched.
 */
(function (global) {
  "use strict";

  var TITLE = 3;
  var HEADING = 2;
  var TEXT = 1;
  /* A word matched as typed in fewer entries than this may be a slip the notes share: its neighbours are looked at too. */
  var RARE = 3;
  var QUALITY = { exact: 1, stem: 0.9, prefix: 0.7, oneSlip: 0.55, twoSlips: 0.4 };

  /* Words as the build indexes them: runs of letters and digits, lower case, two characters or more. */
  function words(text) {
    var seen = {};
    return (String(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) {
      if (w.length < 2 || seen[w]) {
        return false;
      }
      seen[w] = true;
      return true;
    });
  }

  function fromBase36Deltas(list) {
    if (!list) {
      return [];
    }
    var parts = list.split(",");
    var ids = new Array(parts.length);
    var id = 0;
    for (var i = 0; i < parts.length; i++) {
      id += parseInt(parts[i], 36);
      ids[i] = id;
    }
    return ids;
  }

  /* One shard: its lines, read only as far as a query needs: the word, then on a match its stem and ids. */
  function Shard(text) {
    this.lines = text ? text.split("\n") : [];
    this.words = this.lines.map(function (line) { return line.slice(0, line.indexOf(";")); });
    this.decoded = new Array(this.lines.length);
  }

  Shard.prototype.stemOf = function (i) {
    var line = this.lines[i];
    var from = this.words[i].length + 1;
    var stem = line.slice(from, line.indexOf(";", from));
    return stem || this.words[i];
  };

  Shard.prototype.postings = function (i) {
    if (!this.decoded[i]) {
      var fields = this.lines[i].split(";");
      this.decoded[i] = { word: fields[0], titles: fromBase36Deltas(fields[2]), headings: fromBase36Deltas(fields[3]),
        texts: fromBase36Deltas(fields[4]) };
    }
    return this.decoded[i];
  };

  /* Optimal string alignment distance (a swap of two neighbours is one slip), or max + 1 once it is over max. */
  function slips(a, b, max) {
    if (Math.abs(a.length - b.length) > max) {
      return max + 1;
    }
    var before = null;
    var previous = [];
    for (var j = 0; j <= b.length; j++) {
      previous.push(j);
    }
    for (var i = 1; i <= a.length; i++) {
      var current = [i];
      var least = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
        if (before && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current.push(value);
        least = Math.min(least, value);
      }
      if (least > max) {
        return max + 1;
      }
      before = previous;
      previous = current;
    }
    return previous[b.length];
  }

  function maxSlips(word) {
    return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  }

  function Engine(index, stem) {
    var self = this;
    this.stem = stem;
    this.courses = index.courses;
    this.shardKeys = index.shards;
    this.shards = {};
    this.pages = [];
    var first = 0;
    index.pages.forEach(function (page, n) {
      self.pages.push({ index: n, url: page[0], title: page[1], course: page[2], firstEntry: first, sections: page[3],
        questions: page[4], parts: [0].concat(page[5] || []) });
      first += page[3] + page[4];
    });
    this.entryCount = first;
    this.pageOfEntry = new Int32Array(first);
    this.pages.forEach(function (page) {
      for (var e = 0; e < page.sections + page.questions; e++) {
        self.pageOfEntry[page.firstEntry + e] = page.index;
      }
    });
  }

  /* The shard keys a word's exact, stem and prefix matches are in: a key it starts with, or one starting with it. */
  Engine.prototype.keysFor = function (word) {
    return this.shardKeys.filter(function (key) {
      return word.lastIndexOf(key, 0) === 0 || (word.length >= 3 && key.lastIndexOf(word, 0) === 0);
    });
  };

  /* Where its slips may be: every shard of its first two letters. */
  Engine.prototype.slipKeysFor = function (word) {
    var two = word.slice(0, 2);
    return this.shardKeys.filter(function (key) { return key.lastIndexOf(two, 0) === 0; });
  };

  Engine.prototype.addShard = function (key, text) {
    this.shards[key] = new Shard(text);
  };

  Engine.prototype.missing = function (keys) {
    var self = this;
    return keys.filter(function (key) { return !self.shards[key]; });
  };

  /* The shards a query needs first (exact, stem, prefix), not yet added. */
  Engine.prototype.shardsFor = function (text) {
    var self = this;
    var keys = [];
    words(text).forEach(function (word) {
      self.missing(self.keysFor(word)).forEach(function (key) {
        if (keys.indexOf(key) < 0) {
          keys.push(key);
        }
      });
    });
    return keys;
  };

  /* The index words a query word matches, each with how well: [{ shard, line, quality }]; missing: shards it still needs. */
  Engine.prototype.matchWord = function (word) {
    var self = this;
    var stemmed = this.stem(word);
    var matches = [];
    var close = false;
    var found = false;
    var keys = this.keysFor(word);
    keys.forEach(function (key) {
      var shard = self.shards[key];
      if (!shard) {
        return;
      }
      for (var i = 0; i < shard.words.length; i++) {
        var w = shard.words[i];
        var quality = 0;
        if (w === word) {
          quality = QUALITY.exact;
        } else if (shard.stemOf(i) === stemmed) {
          quality = QUALITY.stem;
        } else if (word.length >= 3 && w.lastIndexOf(word, 0) === 0) {
          quality = QUALITY.prefix * (0.6 + 0.4 * word.length / w.length);
        }
        if (quality > 0) {
          found = found || quality >= QUALITY.stem;
          close = close || (quality >= QUALITY.stem && shard.postings(i).texts.length >= RARE);
          matches.push({ shard: shard, line: i, quality: quality });
        }
      }
    });
    var missing = this.missing(keys);
    var max = maxSlips(word);
    if (!close && max > 0 && missing.length === 0) {
      var slipKeys = this.slipKeysFor(word);
      missing = this.missing(slipKeys);
      slipKeys.forEach(function (key) {
        var shard = self.shards[key];
        if (!shard) {
          return;
        }
        for (var i = 0; i < shard.words.length; i++) {
          var w = shard.words[i];
          if (w !== word && w.lastIndexOf(word, 0) !== 0) {
            var distance = slips(word, w, max);
            if (distance <= max) {
              matches.push({ shard: shard, line: i, quality: distance === 1 ? QUALITY.oneSlip : QUALITY.twoSlips, slip: true });
            }
          }
        }
      });
    }
    return { matches: matches, missing: missing, found: found };
  };

  /*
   * The results of a query, best first: one per page (landing on its best section) and one per matching quiz
   * question. total is their number; words, the index words matched; highlight, the query's words and, for a word
   * not found as typed, the words taken for it (what the page opened marks); pending, whether shards it needs are missing.
   */
  Engine.prototype.query = function (text) {
    var self = this;
    var queryWords = words(text);
    var n = queryWords.length;
    var pageCount = this.pages.length;
    /* The best score of each query word per entry and per page title, in flat arrays: [id * n + word]. */
    var entryBest = new Float64Array(this.entryCount * n);
    var titleBest = new Float64Array(pageCount * n);
    var entryTouched = new Uint8Array(this.entryCount);
    var pageTouched = new Uint8Array(pageCount);
    var entries = [];
    var titled = [];
    var matchedWords = [];
    var highlight = queryWords.slice();
    var pending = false;

    queryWords.forEach(function (word, w) {
      var matched = self.matchWord(word);
      pending = pending || matched.missing.length > 0;
      matched.matches.forEach(function (match) {
        var postings = match.shard.postings(match.line);
        var count = postings.titles.length + postings.headings.length + postings.texts.length;
        var weight = match.quality * Math.log(1 + self.entryCount / count);
        var i, id, at;
        matchedWords.push(postings.word);
        if (match.slip && !matched.found && highlight.indexOf(postings.word) < 0) {
          highlight.push(postings.word);
        }
        for (i = 0; i < postings.titles.length; i++) {
          id = postings.titles[i];
          at = id * n + w;
          if (TITLE * weight > titleBest[at]) { titleBest[at] = TITLE * weight; }
          if (!pageTouched[id]) { pageTouched[id] = 1; titled.push(id); }
        }
        [[postings.headings, HEADING * weight], [postings.texts, TEXT * weight]].forEach(function (field) {
          var ids = field[0];
          var score = field[1];
          for (i = 0; i < ids.length; i++) {
            id = ids[i];
            at = id * n + w;
            if (score > entryBest[at]) { entryBest[at] = score; }
            if (!entryTouched[id]) { entryTouched[id] = 1; entries.push(id); }
          }
        });
      });
    });

    /* A page gathers its title's and its sections' hits; it lands on its best section (most words, then score). */
    var pageBest = new Float64Array(pageCount * n);
    var section = new Int32Array(pageCount).fill(-1);
    var sectionMatched = new Int32Array(pageCount);
    var sectionScore = new Float64Array(pageCount);
    var pagesHit = [];
    var results = [];
    var i, k;
    entries.sort(function (a, b) { return a - b; });
    entries.forEach(function (entry) {
      var page = self.pages[self.pageOfEntry[entry]];
      var snippet = entry - page.firstEntry;
      var matched = 0;
      var score = 0;
      for (k = 0; k < n; k++) {
        var value = entryBest[entry * n + k];
        matched += value > 0 ? 1 : 0;
        score += value;
      }
      if (snippet >= page.sections) {
        results.push({ kind: "question", page: page, snippet: snippet, matched: matched, score: score * 0.9 });
        return;
      }
      if (section[page.index] < 0) {
        pagesHit.push(page.index);
      }
      for (k = 0; k < n; k++) {
        pageBest[page.index * n + k] = Math.max(pageBest[page.index * n + k], entryBest[entry * n + k]);
      }
      if (section[page.index] < 0 || matched > sectionMatched[page.index] ||
        (matched === sectionMatched[page.index] && score > sectionScore[page.index])) {
        section[page.index] = snippet;
        sectionMatched[page.index] = matched;
        sectionScore[page.index] = score;
      }
    });
    titled.forEach(function (index) {
      if (section[index] < 0) {
        pagesHit.push(index);
        section[index] = self.pages[index].sections > 0 ? 0 : -1;
      }
      for (k = 0; k < n; k++) {
        pageBest[index * n + k] = Math.max(pageBest[index * n + k], titleBest[index * n + k]);
      }
    });
    pagesHit.forEach(function (index) {
      var matched = 0;
      var score = 0;
      for (i = 0; i < n; i++) {
        matched += pageBest[index * n + i] > 0 ? 1 : 0;
        score += pageBest[index * n + i];
      }
      results.push({ kind: "page", page: self.pages[index], snippet: section[index], matched: matched, score: score });
    });
    results.sort(function (a, b) {
      return b.matched - a.matched || b.score - a.score || a.page.index - b.page.index || a.snippet - b.snippet;
    });
    return { results: results, total: results.length, words: matchedWords, highlight: highlight, queryWords: queryWords,
      pending: pending };
  };

  var api = function (index, stem) { return new Engine(index, stem); };
  api.words = words;
  api.slips = slips;
  global.SiteGenSearchEngine = api;
})(typeof window !== "undefined" ? window : globalThis);
