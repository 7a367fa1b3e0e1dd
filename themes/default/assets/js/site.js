// Progressive enhancements: the page works without them.
(function () {
  "use strict";
  var root = document.documentElement;

  // Light/dark toggle: flips from whatever is showing now and remembers the choice.
  var toggle = document.querySelector(".theme-toggle");
  if (toggle) {
    toggle.hidden = false;
    var current = function () {
      var chosen = root.getAttribute("data-theme");
      if (chosen) return chosen;
      return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
    };
    var label = function () { toggle.setAttribute("aria-pressed", current() === "dark" ? "true" : "false"); };
    label();
    toggle.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("sitegen-theme", next); } catch (e) { /* not saved */ }
      label();
    });
  }

  // Navigation drawer on small screens.
  var navToggle = document.querySelector(".nav-toggle");
  var nav = document.getElementById("site-nav");
  if (navToggle && nav) {
    navToggle.hidden = false;
    navToggle.addEventListener("click", function () {
      var open = nav.classList.toggle("is-open");
      navToggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && nav.classList.contains("is-open")) {
        nav.classList.remove("is-open");
        navToggle.setAttribute("aria-expanded", "false");
        navToggle.focus();
      }
    });
  }

  // Anchors land below the sticky header, whose height changes as it wraps: scroll-padding-top follows it.
  var header = document.querySelector(".site-header");
  if (header) {
    var lastHeight = 0;
    var measure = function () {
      var height = Math.ceil(header.getBoundingClientRect().height);
      if (height === lastHeight) return;
      lastHeight = height;
      root.style.setProperty("--header-height", height + "px");
    };
    measure();
    if (window.ResizeObserver) new ResizeObserver(measure).observe(header);
    // The browser scrolled to the page's #fragment before this script knew the header's height.
    var target = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }

  // Code blocks and tables that scroll sideways can be scrolled from the keyboard.
  var scrollers = document.querySelectorAll(".page-body pre, .page-body table");
  var focusable = function () {
    scrollers.forEach(function (el) {
      if (el.scrollWidth > el.clientWidth + 1) el.tabIndex = 0;
      else el.removeAttribute("tabindex");
    });
  };
  focusable();
  window.addEventListener("resize", focusable);

  // "On this page" marks the section being read: the last heading above the top fifth of the screen.
  var tocLinks = document.querySelectorAll(".toc a[href^='#'], .toc-inline a[href^='#']");
  if (tocLinks.length && window.IntersectionObserver) {
    var byId = {};
    tocLinks.forEach(function (a) {
      var id = decodeURIComponent(a.getAttribute("href").slice(1));
      (byId[id] = byId[id] || []).push(a);
    });
    var headings = Object.keys(byId).map(function (id) { return document.getElementById(id); }).filter(Boolean);
    var current = null;
    var highlight = function () {
      var line = window.innerHeight / 5;
      var reading = headings[0];
      headings.forEach(function (h) { if (h.getBoundingClientRect().top <= line) reading = h; });
      if (reading === current) return;
      if (current) byId[current.id].forEach(function (a) { a.removeAttribute("aria-current"); });
      current = reading;
      byId[current.id].forEach(function (a) { a.setAttribute("aria-current", "location"); });
    };
    var observer = new IntersectionObserver(highlight, { rootMargin: "0px 0px -80% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
    highlight();
  }

  // Copy buttons on code blocks (rendered hidden, so they never show without JavaScript).
  document.querySelectorAll(".code-block").forEach(function (block) {
    var button = block.querySelector(".copy-button");
    var code = block.querySelector("code");
    if (!button || !code || !navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(code.innerText).then(function () {
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      });
    });
  });
})();
