/*
 * Site search. Only this file loads with a page. When the reader goes to the search box (focus, hover, touch, `/`,
 * Ctrl+K) it starts loading, in the background, the query engine (search-engine.js), the Porter stemmer and the
 * index's small table of pages; the words typed then load only the shards of the inverted index they need. All of it
 * comes as <script> tags calling SiteGenSearchLoaded(name, data), not fetch(), so a file:// copy works. The build
 * made the index (format: CONTRIBUTING.md, "The search index format"): nothing is indexed here. A query is answered from what
 * has arrived and answered again as the rest arrives. One list, `shown`, in the order results are on screen, drives
 * rendering, the keyboard, hover and click. A result opens its page at its heading with ?highlight=words, which this
 * file marks on arrival.
 *
 * Pieces: loading (scripts and what they register), the results list (render, select, open), snippets and
 * highlighting, and the wiring of the box's events.
 */
(function () {
  "use strict";

  var PAGE_SIZE = 10;
  var BEST = 3;

  /* ---- Loading: scripts, and what they hand to SiteGenSearchLoaded(name, data) ---- */

  var loaded = {};
  var waiting = {};
  window.SiteGenSearchLoaded = function (name, data) {
    loaded[name] = data;
  };

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = src;
      script.async = true;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("could not load " + src)); };
      document.head.appendChild(script);
    });
  }

  /* The data script `src` registers as `name`, loaded once. */
  function data(name, src) {
    if (!waiting[name]) {
      waiting[name] = loadScript(src).then(function () {
        if (!(name in loaded)) {
          throw new Error(src + " did not register " + name);
        }
        return loaded[name];
      });
      waiting[name].catch(function () { delete waiting[name]; });
    }
    return waiting[name];
  }

  /* Words as the index holds them: letters and digits, lower case, two characters or more (search-engine.js too). */
  function words(text) {
    return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) { return w.length > 1; });
  }

  markHighlights();

  var root = document.querySelector("[data-search]");
  if (!root) {
    return;
  }

  var input = root.querySelector("input[type=search]");
  var panel = root.querySelector(".search__panel");
  var list = root.querySelector("[role=listbox]");
  var status = root.querySelector(".search__status");
  var more = root.querySelector(".search__more");
  var prefix = root.getAttribute("data-root") || "";
  var indexSrc = root.getAttribute("data-index");
  var base = indexSrc.replace(/index\.js$/, "");
  var starting = null;
  var engine = null;

  /* The engine, the stemmer and the index table, loaded side by side; started once, by the first sign of interest. */
  function start() {
    if (!starting) {
      starting = Promise.all([
        loadScript(root.getAttribute("data-engine")),
        loadScript(root.getAttribute("data-stemmer")),
        data("index", indexSrc)
      ]).then(function (parts) {
        engine = window.SiteGenSearchEngine(parts[2], window.stemmer);
        return engine;
      }).catch(function (error) {
        setStatus("Search is unavailable: " + error.message);
        starting = null;
        throw error;
      });
    }
    return starting;
  }

  function shardFile(key) {
    return base + "t/" + Array.from(key).map(function (c) {
      return /[a-z0-9]/.test(c) ? c : "_" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    }).join("") + ".js";
  }

  /* Loads the shards a query still needs; each one arriving answers the query again. */
  function fetchShards(keys) {
    keys.forEach(function (key) {
      data("t:" + key, shardFile(key)).then(function (text) {
        if (!engine.shards[key]) {
          engine.addShard(key, text);
          update();
        }
      }, function (error) { setStatus("Search is unavailable: " + error.message); });
    });
  }

  /* A section or question of a page ([anchor, heading, text]), from the part of the page's snippet file holding it. */
  function snippetItem(page, snippet) {
    var part = 0;
    while (part + 1 < page.parts.length && page.parts[part + 1] <= snippet) {
      part++;
    }
    var name = page.index + (part > 0 ? "-" + part : "");
    return data("p:" + name, base + "p" + name + ".js").then(function (items) {
      return snippet >= 0 ? items[snippet - page.parts[part]] : null;
    });
  }

  /* ---- The results list ---- */

  var answer = null;     /* the engine's answer to what is in the box */
  var limit = PAGE_SIZE; /* how many of its results are on screen */
  var shown = [];        /* the results on screen, in screen order: { result, element } */
  var active = -1;       /* the index in `shown` of the selected one */
  var generation = 0;

  /* The order on screen: the best few as they rank, then the rest grouped by course, courses in order of their best result. */
  function groups(results) {
    var best = results.slice(0, BEST);
    var byCourse = new Map();
    results.slice(BEST).forEach(function (result) {
      var course = result.page.course;
      if (!byCourse.has(course)) {
        byCourse.set(course, []);
      }
      byCourse.get(course).push(result);
    });
    var out = best.length ? [{ label: "Best matches", results: best }] : [];
    byCourse.forEach(function (items, course) {
      out.push({ label: course >= 0 ? engine.courses[course] : "Other pages", results: items });
    });
    return out;
  }

  function render() {
    generation++;
    var mine = generation;
    var selected = active >= 0 && shown[active] ? shown[active].result : null;
    shown = [];
    active = -1;
    input.removeAttribute("aria-activedescendant");
    list.textContent = "";
    var results = answer ? answer.results.slice(0, limit) : [];
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
    groups(results).forEach(function (group, g) {
      var item = document.createElement("li");
      item.setAttribute("role", "presentation");
      var label = document.createElement("div");
      label.className = "search__course";
      label.id = "search-course-" + g;
      label.textContent = group.label;
      var items = document.createElement("ul");
      items.setAttribute("role", "group");
      items.setAttribute("aria-labelledby", label.id);
      item.appendChild(label);
      item.appendChild(items);
      group.results.forEach(function (result) {
        var entry = { result: result, element: option(result, shown.length) };
        shown.push(entry);
        items.appendChild(entry.element);
        snippetItem(result.page, result.snippet).then(function (raw) {
          if (mine === generation) {
            fill(entry, raw);
            entry.element.setAttribute("data-ready", "");
          }
          settle();
        }, settle);
      });
      list.appendChild(item);
    });
    if (selected) {
      var again = shown.findIndex(function (e) { return e.result.page === selected.page && e.result.snippet === selected.snippet; });
      if (again >= 0) {
        select(again);
      }
    }
    var visible = input.value.trim().length > 0;
    panel.hidden = !visible;
    input.setAttribute("aria-expanded", visible ? "true" : "false");
    var total = answer ? answer.total : 0;
    more.hidden = total <= results.length;
    more.textContent = "Show " + Math.min(PAGE_SIZE, total - results.length) + " more";
    setStatus(!visible ? "" : !answer ? "Loading the search index…" :
      total === 0 ? (answer.pending ? "Searching…" : "No results") :
      total + (total === 1 ? " result" : " results") + (answer.pending ? ", more coming…" : ""));
  }

  function option(result, n) {
    var item = document.createElement("li");
    item.id = "search-result-" + n;
    item.className = "search__result";
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    item.setAttribute("data-index", String(n));
    var link = document.createElement("a");
    link.href = href(result, null);
    link.tabIndex = -1;
    var title = document.createElement("span");
    title.className = "search__title";
    var snippet = document.createElement("span");
    snippet.className = "search__snippet";
    link.appendChild(title);
    link.appendChild(snippet);
    item.appendChild(link);
    setTitle(title, result, null);
    return item;
  }

  /* Kind, heading (once its page's file is in) and page title. */
  function setTitle(element, result, section) {
    var heading = section && (result.kind === "question" || section.heading !== result.page.title) ? section.heading : "";
    element.innerHTML = (result.kind === "question" ? "<span class=\"search__kind\">Quiz question</span> " : "") +
      highlight(heading || result.page.title, answer.words, answer.queryWords) +
      (heading ? " <span class=\"search__page\">· " + escapeHtml(result.page.title) + "</span>" : "");
  }

  /* A page's snippet file in: the result's heading, its link's anchor and an excerpt with the words marked. */
  function fill(entry, raw) {
    var result = entry.result;
    if (!raw) {
      return;
    }
    var section = { anchor: raw[0], heading: raw[1], text: raw[2] };
    entry.anchor = section.anchor;
    entry.element.querySelector("a").href = href(result, section.anchor);
    setTitle(entry.element.querySelector(".search__title"), result, section);
    entry.element.querySelector(".search__snippet").innerHTML =
      highlight(excerpt(section.text, answer.words, answer.queryWords), answer.words, answer.queryWords);
  }

  function href(result, anchor) {
    var terms = answer.highlight.join(" ");
    return prefix + result.page.url + (terms ? "?highlight=" + encodeURIComponent(terms) : "") +
      (anchor ? "#" + encodeURIComponent(anchor) : "");
  }

  function select(n) {
    if (active >= 0 && shown[active]) {
      shown[active].element.setAttribute("aria-selected", "false");
    }
    active = n;
    if (n < 0 || !shown[n]) {
      active = -1;
      input.removeAttribute("aria-activedescendant");
      return;
    }
    shown[n].element.setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", shown[n].element.id);
    shown[n].element.scrollIntoView({ block: "nearest" });
  }

  /* Opens a shown result, once its page's snippet file has told the heading it lands on. */
  function go(entry) {
    snippetItem(entry.result.page, entry.result.snippet).then(function (raw) {
      window.location.href = href(entry.result, raw ? raw[0] : null);
    }, function () {
      window.location.href = href(entry.result, null);
    });
  }

  function close() {
    panel.hidden = true;
    input.setAttribute("aria-expanded", "false");
    select(-1);
  }

  function setStatus(text) {
    status.textContent = text;
  }

  /* Answers what is in the box with what has arrived, and asks for what is missing. */
  function update() {
    if (!engine) {
      if (input.value.trim()) {
        panel.hidden = false;
        input.setAttribute("aria-expanded", "true");
        setStatus("Loading the search index…");
      }
      start().then(update, function () { });
      return;
    }
    var text = input.value;
    var previous = answer && answer.text;
    answer = engine.query(text);
    answer.text = text;
    if (previous !== text) {
      limit = PAGE_SIZE;
      active = -1;
    }
    render();
    if (answer.pending) {
      var keys = engine.shardsFor(text);
      answer.queryWords.forEach(function (word) {
        engine.matchWord(word).missing.forEach(function (key) {
          if (keys.indexOf(key) < 0) {
            keys.push(key);
          }
        });
      });
      fetchShards(keys);
    }
  }

  /* ---- Snippets and highlighting ---- */

  function escapeHtml(text) {
    return text.replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
    });
  }

  /* Whether a word of the text is one the query matched: an index word it matched, a query word, or one's stem. */
  function matcher(matched, typed) {
    var set = {};
    matched.concat(typed).forEach(function (t) {
      set[t] = true;
      if (window.stemmer) {
        set["~" + window.stemmer(t)] = true;
      }
    });
    return function (word) {
      var lower = word.toLowerCase();
      return set[lower] === true || (window.stemmer !== undefined && lower.length > 2 && set["~" + window.stemmer(lower)] === true) ||
        typed.some(function (t) { return t.length >= 3 && lower.lastIndexOf(t, 0) === 0; });
    };
  }

  /* Escaped text with the matching words in <mark>. */
  function highlight(text, matched, typed) {
    var matches = matcher(matched, typed);
    return text.split(/([\p{L}\p{N}]+)/u).map(function (part, i) {
      return i % 2 === 1 && matches(part) ? "<mark>" + escapeHtml(part) + "</mark>" : escapeHtml(part);
    }).join("");
  }

  /* About 170 characters around the first match. */
  function excerpt(text, matched, typed) {
    var matches = matcher(matched, typed);
    var re = /[\p{L}\p{N}]+/gu;
    var m;
    var at = 0;
    while ((m = re.exec(text))) {
      if (matches(m[0])) {
        at = m.index;
        break;
      }
    }
    var from = Math.max(0, at - 50);
    if (from > 0) {
      var space = text.indexOf(" ", from);
      from = space >= 0 && space < at ? space + 1 : from;
    }
    var end = Math.min(text.length, from + 170);
    if (end < text.length) {
      var cut = text.lastIndexOf(" ", end);
      end = cut > at ? cut : end;
    }
    return (from > 0 ? "… " : "") + text.slice(from, end) + (end < text.length ? " …" : "");
  }

  /* On arrival from a result: mark the searched words in the page body, and go to the heading. */
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

  /* ---- Events ---- */

  function warm() {
    start().catch(function () { });
  }

  input.addEventListener("focus", function () {
    start().then(function () { if (input.value.trim()) { update(); } }, function () { });
  });
  root.addEventListener("mouseenter", warm);
  root.addEventListener("touchstart", warm, { passive: true });
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
      var entry = shown[active >= 0 ? active : 0];
      if (entry && !panel.hidden) {
        event.preventDefault();
        go(entry);
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
  function shownAt(target) {
    var item = target.closest && target.closest("[role=option]");
    return item ? +item.getAttribute("data-index") : -1;
  }
  list.addEventListener("click", function (event) {
    var n = shownAt(event.target);
    if (n >= 0 && shown[n]) {
      event.preventDefault();
      go(shown[n]);
    }
  });
  list.addEventListener("mousemove", function (event) {
    var n = shownAt(event.target);
    if (n >= 0 && n !== active) {
      select(n);
    }
  });
  more.addEventListener("click", function () {
    limit += PAGE_SIZE;
    render();
    input.focus();
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

  /* For the benchmark and the tests: load, and answer a query once every shard it needs is in. */
  window.SiteGenSearch = {
    open: function () { return start().then(function (e) { return { entries: e.entryCount, pages: e.pages.length }; }); },
    query: function (text) {
      return start().then(function (e) {
        return new Promise(function (resolve) {
          (function again() {
            var started = performance.now();
            var result = e.query(text);
            var keys = [];
            result.queryWords.forEach(function (word) {
              e.matchWord(word).missing.forEach(function (key) { if (keys.indexOf(key) < 0) { keys.push(key); } });
            });
            if (keys.length === 0) {
              resolve({ ms: performance.now() - started, total: result.total, results: result.results.map(function (r) {
                return { page: r.page.url, kind: r.kind, snippet: r.snippet };
              }) });
              return;
            }
            Promise.all(keys.map(function (key) {
              return data("t:" + key, shardFile(key)).then(function (t) { if (!e.shards[key]) { e.addShard(key, t); } });
            })).then(again);
          })();
        });
      });
    }
  };
})();
