/*
 * Site search. Nothing but this file loads with a page: on the first focus of the box (or `/`, Ctrl+K) it adds
 * <script> tags for MiniSearch, the Porter stemmer and the index (scripts, not fetch(), so file:// copies work),
 * indexes the entries in the browser, and answers as the reader types. Snippets come from one small script per
 * page, loaded for the results shown. A result opens its page at the heading with ?highlight=terms, which this
 * file marks on arrival.
 */
(function () {
  "use strict";

  var MAX_RESULTS = 20;
  var HEADING = 1;
  var QUESTION = 2;

  var root = document.querySelector("[data-search]");
  markHighlights();
  if (!root) {
    return;
  }

  var input = root.querySelector("input[type=search]");
  var panel = root.querySelector(".search__panel");
  var list = root.querySelector("[role=listbox]");
  var status = root.querySelector(".search__status");
  var prefix = root.getAttribute("data-root") || "";
  var loading = null;
  var engine = null;
  var active = -1;
  var shown = [];
  var generation = 0;

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  /* Words as the index holds them: letters and digits, lower case, two characters or more. */
  function words(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) { return w.length > 1; });
  }

  var stems = new Map();
  function stem(word) {
    var stemmed = stems.get(word);
    if (stemmed === undefined) {
      stemmed = window.stemmer(word);
      stems.set(word, stemmed);
    }
    return stemmed;
  }

  function open() {
    if (!loading) {
      setStatus("Loading the search index…");
      loading = Promise.all([
        loadScript(root.getAttribute("data-minisearch")),
        loadScript(root.getAttribute("data-stemmer"))
      ]).then(function () {
        return loadScript(root.getAttribute("data-index"));
      }).then(function () {
        return build(window.SiteGenSearchIndex);
      }).then(function (built) {
        engine = built;
        setStatus("");
        return engine;
      }).catch(function (error) {
        setStatus("Search is unavailable: " + error.message);
        loading = null;
        throw error;
      });
    }
    return loading;
  }

  function build(data) {
    var started = performance.now();
    /* Entries: the pages, then each page's headings and questions. A heading or question is the next place in its
       page's snippet file unless a number before it says which. An entry's words are numbered pages first (page n
       is n), then the questions in page order. */
    var entries = data.pages.map(function (page, index) {
      return { kind: 0, page: index, snippet: -1, title: page[1], words: index };
    });
    var worded = data.pages.length;
    data.pages.forEach(function (page, index) {
      [[HEADING, page[3]], [QUESTION, page[4]]].forEach(function (group) {
        var snippet = 0;
        group[1].forEach(function (item) {
          if (typeof item === "number") {
            snippet = item;
            return;
          }
          entries.push({ kind: group[0], page: index, snippet: snippet++, title: item,
            words: group[0] === QUESTION ? worded++ : -1 });
        });
      });
    });
    var bodies = new Array(worded);
    data.terms.split(";").forEach(function (line) {
      var space = line.indexOf(" ");
      var term = line.slice(0, space);
      var id = 0;
      line.slice(space + 1).split(",").forEach(function (delta) {
        id += parseInt(delta, 36);
        (bodies[id] = bodies[id] || []).push(term);
      });
    });
    var index = new window.MiniSearch({
      fields: ["title", "body"],
      /* Bodies arrive as words already (the build split them the same way); titles and queries are split here. */
      tokenize: function (text, field) {
        return field === "body" ? (text ? text.split(" ") : []) : words(text);
      },
      /* Each word is indexed as written and as its stem: the first for prefixes as you type, the second for "partitions" ~ "partitioning". */
      processTerm: function (term) {
        var stemmed = stem(term);
        return stemmed === term ? term : [term, stemmed];
      },
      searchOptions: { processTerm: function (term) { return term; } }
    });
    /* In chunks, so the page stays responsive while the reader starts typing. */
    return index.addAllAsync(entries.map(function (entry, id) {
      var body = entry.words >= 0 && bodies[entry.words];
      return { id: id, title: entry.title, body: body ? body.join(" ") : "" };
    }), { chunkSize: 500 }).then(function () {
      return { data: data, entries: entries, index: index, buildMs: performance.now() - started };
    });
  }

  function search(terms, combineWith) {
    return engine.index.search({
      combineWith: combineWith,
      queries: terms.map(function (term) {
        return {
          combineWith: "OR",
          queries: [
            { queries: [term], prefix: term.length >= 2, fuzzy: term.length >= 4 ? (term.length >= 7 ? 2 : 1) : false },
            { queries: [stem(term)], prefix: false, fuzzy: false }
          ]
        };
      })
    }, { boost: { title: 3 } });
  }

  /* Every word must match (else any word), as typed (prefix, typo-tolerant) or by its stem; title and headings weigh more. */
  function query(text) {
    var terms = words(text);
    if (!engine || terms.length === 0) {
      return { results: [], ms: 0 };
    }
    var started = performance.now();
    var hits = search(terms, "AND");
    if (hits.length === 0 && terms.length > 1) {
      hits = search(terms, "OR");
    }
    var results = [];
    var pagesShown = {};
    for (var i = 0; i < hits.length && results.length < MAX_RESULTS; i++) {
      var entry = engine.entries[hits[i].id];
      /* A page's own result stands for its text; skip it once a heading of that page is listed. Quiz questions are
         results of their own and hide nothing. */
      if (entry.kind === 0 && pagesShown[entry.page]) {
        continue;
      }
      if (entry.kind !== 2) {
        pagesShown[entry.page] = true;
      }
      results.push({ entry: entry, terms: hits[i].terms.concat(terms), score: hits[i].score });
    }
    return { results: results, ms: performance.now() - started };
  }

  var shards = {};
  function shard(page) {
    if (!shards[page]) {
      var src = root.getAttribute("data-index").replace(/index\.js$/, "p" + page + ".js");
      shards[page] = loadScript(src).then(function () { return window.SiteGenSearchPages[page]; });
    }
    return shards[page];
  }

  function matcher(terms) {
    var set = {};
    terms.forEach(function (t) { set[t] = true; });
    return function (word) {
      var lower = word.toLowerCase();
      if (set[lower] || (window.stemmer && set[stem(lower)])) {
        return true;
      }
      return terms.some(function (t) { return t.length >= 3 && lower.indexOf(t) === 0; });
    };
  }

  /* The section a result stands for: its own, or for a page the one holding most of the terms. */
  function section(result, sections) {
    if (result.entry.snippet >= 0) {
      return sections[result.entry.snippet];
    }
    var matches = matcher(result.terms);
    var best = sections[0];
    var bestCount = -1;
    sections.forEach(function (s) {
      var found = {};
      words(s[1] + " " + s[2]).forEach(function (w) { if (matches(w)) { found[w] = true; } });
      var count = Object.keys(found).length;
      if (count > bestCount) {
        best = s;
        bestCount = count;
      }
    });
    return best;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
    });
  }

  /* Escaped text with the matching words in <mark>. */
  function highlight(text, terms) {
    var matches = matcher(terms);
    return text.split(/([\p{L}\p{N}]+)/u).map(function (part, i) {
      return i % 2 === 1 && matches(part) ? "<mark>" + escapeHtml(part) + "</mark>" : escapeHtml(part);
    }).join("");
  }

  /* About 160 characters around the first match. */
  function excerpt(text, terms) {
    var matches = matcher(terms);
    var re = /[\p{L}\p{N}]+/gu;
    var m;
    var at = 0;
    while ((m = re.exec(text))) {
      if (matches(m[0])) {
        at = m.index;
        break;
      }
    }
    var start = Math.max(0, at - 50);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, start + 170);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      end = cut > at ? cut : end;
    }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function href(result, anchor) {
    var url = prefix + engine.data.pages[result.entry.page][0];
    var terms = words(input.value).join(" ");
    return url + (terms ? "?highlight=" + encodeURIComponent(terms) : "") + (anchor ? "#" + encodeURIComponent(anchor) : "");
  }

  function render(results) {
    generation++;
    var mine = generation;
    shown = results;
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.textContent = "";
    var groups = [];
    var byCourse = {};
    results.forEach(function (result) {
      var course = engine.data.pages[result.entry.page][2];
      if (!byCourse[course]) {
        byCourse[course] = [];
        groups.push(course);
      }
      byCourse[course].push(result);
    });
    /* Snippets arrive one page file at a time and push the results below them down: the list is busy until the last
       one is in, so assistive technology (and a test about to tap a result) can wait for it to settle. */
    var pending = results.length;
    var settle = function () {
      if (mine === generation && --pending === 0) {
        list.removeAttribute("aria-busy");
      }
    };
    if (pending > 0) {
      list.setAttribute("aria-busy", "true");
    } else {
      list.removeAttribute("aria-busy");
    }
    var n = 0;
    groups.forEach(function (course, g) {
      var group = document.createElement("li");
      group.setAttribute("role", "presentation");
      var label = document.createElement("div");
      label.className = "search__course";
      label.id = "search-course-" + g;
      label.textContent = course >= 0 ? engine.data.courses[course] : "Other pages";
      var items = document.createElement("ul");
      items.setAttribute("role", "group");
      items.setAttribute("aria-labelledby", label.id);
      group.appendChild(label);
      group.appendChild(items);
      byCourse[course].forEach(function (result) {
        result.index = n;
        result.element = option(result, n++);
        items.appendChild(result.element);
        shard(result.entry.page).then(function (sections) {
          if (mine === generation) {
            fill(result, sections);
          }
          settle();
        }, settle);
      });
      list.appendChild(group);
    });
    var visible = input.value.trim().length > 0;
    panel.hidden = !visible;
    input.setAttribute("aria-expanded", visible ? "true" : "false");
    setStatus(!visible ? "" : results.length === 0 ? "No results" : results.length + (results.length === 1 ? " result" : " results"));
  }

  function option(result, n) {
    var page = engine.data.pages[result.entry.page];
    var item = document.createElement("li");
    item.id = "search-result-" + n;
    item.className = "search__result";
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    var link = document.createElement("a");
    link.href = href(result, "");
    link.tabIndex = -1;
    var title = document.createElement("span");
    title.className = "search__title";
    var heading = result.entry.kind === 0 ? "" : result.entry.title;
    title.innerHTML = (result.entry.kind === QUESTION ? "<span class=\"search__kind\">Quiz question</span> " : "") +
      highlight(heading || page[1], result.terms) +
      (heading ? " <span class=\"search__page\">· " + escapeHtml(page[1]) + "</span>" : "");
    var snippet = document.createElement("span");
    snippet.className = "search__snippet";
    link.appendChild(title);
    link.appendChild(snippet);
    item.appendChild(link);
    item.addEventListener("mousemove", function () { if (active !== n) { select(n); } });
    return item;
  }

  function fill(result, sections) {
    var s = section(result, sections);
    if (!s) {
      return;
    }
    var link = result.element.querySelector("a");
    link.href = href(result, s[0]);
    result.anchor = s[0];
    var snippet = result.element.querySelector(".search__snippet");
    if (result.entry.kind === 0 && s[0] && s[1] !== engine.data.pages[result.entry.page][1]) {
      snippet.innerHTML = "<span class=\"search__heading\">" + escapeHtml(s[1]) + "</span> ";
    } else {
      snippet.textContent = "";
    }
    snippet.insertAdjacentHTML("beforeend", highlight(excerpt(s[2], result.terms), result.terms));
  }

  function select(n) {
    if (active >= 0 && shown[active]) {
      shown[active].element.setAttribute("aria-selected", "false");
    }
    active = n;
    if (n < 0 || !shown[n]) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    shown[n].element.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", shown[n].element.id);
    shown[n].element.scrollIntoView({ block: "nearest" });
  }

  /* Follows a result once its snippet file told the heading it lands on. */
  function go(result) {
    shard(result.entry.page).then(function (sections) {
      var s = section(result, sections);
      window.location.href = href(result, s ? s[0] : "");
    }, function () {
      window.location.href = href(result, "");
    });
  }

  function setStatus(text) {
    status.textContent = text;
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    select(-1);
  }

  function update() {
    if (!engine) {
      open().then(update, function () { });
      return;
    }
    render(query(input.value).results);
  }

  input.addEventListener("focus", function () {
    open().then(function () { if (input.value.trim()) { update(); } }, function () { });
  });
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (shown.length === 0) {
        return;
      }
      event.preventDefault();
      if (panel.hidden) {
        panel.hidden = false;
        input.setAttribute("aria-expanded", "true");
      }
      if (event.key === "ArrowDown") {
        select(active + 1 >= shown.length ? 0 : active + 1);
      } else {
        select(active - 1 < 0 ? shown.length - 1 : active - 1);
      }
    } else if (event.key === "Enter") {
      var result = shown[active >= 0 ? active : 0];
      if (result && !panel.hidden) {
        event.preventDefault();
        go(result);
      }
    } else if (event.key === "Escape") {
      if (!panel.hidden) {
        event.preventDefault();
        close();
      } else if (input.value) {
        input.value = "";
      } else {
        input.blur();
      }
    }
  });
  list.addEventListener("click", function (event) {
    var item = event.target.closest("[role=option]");
    if (item && shown[+item.id.replace("search-result-", "")]) {
      event.preventDefault();
      go(shown[+item.id.replace("search-result-", "")]);
    }
  });
  document.addEventListener("click", function (event) {
    if (!root.contains(event.target)) {
      close();
    }
  });
  document.addEventListener("keydown", function (event) {
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName || "") ||
      (document.activeElement && document.activeElement.isContentEditable);
    if ((event.key === "k" || event.key === "K") && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      input.focus();
      input.select();
    } else if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
    }
  });

  /* For the benchmark and the browser tests: the index loaded, and a query with its time. */
  window.SiteGenSearch = {
    open: function () { return open().then(function (e) { return { buildMs: e.buildMs, entries: e.entries.length }; }); },
    query: function (text) {
      var answer = query(text);
      return { ms: answer.ms, results: answer.results.map(function (r) {
        return { page: engine.data.pages[r.entry.page][0], kind: r.entry.kind, title: r.entry.title };
      }) };
    }
  };

  /* On arrival from a result: mark the searched words in the page body. */
  function markHighlights() {
    var terms = words(new URLSearchParams(window.location.search).get("highlight") || "");
    var body = document.querySelector(".page-body");
    if (terms.length === 0 || !body) {
      return;
    }
    var matches = function (word) {
      var lower = word.toLowerCase();
      return terms.some(function (t) { return lower === t || (t.length >= 3 && lower.indexOf(t) === 0); });
    };
    var walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        return node.parentElement && node.parentElement.closest("script,style,mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    var nodes = [];
    while (walker.nextNode()) {
      nodes.push(walker.currentNode);
    }
    nodes.forEach(function (node) {
      var parts = node.nodeValue.split(/([\p{L}\p{N}]+)/u);
      if (!parts.some(function (p, i) { return i % 2 === 1 && matches(p); })) {
        return;
      }
      var fragment = document.createDocumentFragment();
      parts.forEach(function (part, i) {
        if (i % 2 === 1 && matches(part)) {
          var mark = document.createElement("mark");
          mark.className = "search-hit";
          mark.textContent = part;
          fragment.appendChild(mark);
        } else if (part) {
          fragment.appendChild(document.createTextNode(part));
        }
      });
      node.parentNode.replaceChild(fragment, node);
    });
    if (window.location.hash) {
      var target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (target) {
        target.scrollIntoView();
      }
    }
  }
})();
