// Interactive quizzes: checks answers, saves progress per question id in localStorage, shows progress in the
// sidebar, on course pages and on the review page. Without it, questions stay readable with the answer in <details>.
(function () {
  "use strict";
  var KEY = "sitegen-quiz-progress";
  var index = (window.SiteGenQuizIndex && window.SiteGenQuizIndex.lessons) || {};

  function load() {
    try { return JSON.parse(localStorage.getItem(KEY) || "{}") || {}; } catch (e) { return {}; }
  }
  var progress = load();
  function save() {
    try { localStorage.setItem(KEY, JSON.stringify(progress)); } catch (e) { /* progress not kept */ }
  }
  function isRight(result) { return result === "correct"; }

  function shuffle(list) {
    var items = Array.prototype.slice.call(list.children);
    for (var i = items.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var t = items[i]; items[i] = items[j]; items[j] = t;
    }
    items.forEach(function (item) { list.appendChild(item); });
  }

  function setResult(form, result) {
    if (result) form.setAttribute("data-result", result); else form.removeAttribute("data-result");
  }

  // A choice question: radio buttons or checkboxes, Check, Try again, Show answer.
  function enhanceChoice(form, onChange) {
    var id = form.getAttribute("data-question-id");
    var need = parseInt(form.getAttribute("data-correct-count"), 10) || 1;
    var list = form.querySelector(".quiz-options");
    var inputs = function () { return Array.prototype.slice.call(form.querySelectorAll(".quiz-options input")); };
    var check = form.querySelector(".quiz-check");
    var retry = form.querySelector(".quiz-retry");
    var show = form.querySelector(".quiz-show");
    var feedback = form.querySelector(".quiz-feedback");
    var answer = form.querySelector(".quiz-answer");
    form.querySelector(".quiz-actions").hidden = false;
    answer.hidden = true;
    shuffle(list);

    function chosen() { return inputs().filter(function (i) { return i.checked; }); }
    function update() { check.disabled = chosen().length !== need; }
    function mark(showAll) {
      Array.prototype.forEach.call(form.querySelectorAll(".quiz-option"), function (li) {
        var input = li.querySelector("input");
        var correct = li.getAttribute("data-correct") === "true";
        var label = li.querySelector(".quiz-option__mark");
        var state = "";
        if (correct && (input.checked || showAll)) state = "right";
        else if (correct) state = "missed";
        else if (input.checked) state = "wrong";
        if (state) li.setAttribute("data-state", state); else li.removeAttribute("data-state");
        label.textContent = state === "right" ? (input.checked ? "Correct" : "Correct answer")
          : state === "wrong" ? "Wrong" : state === "missed" ? "Correct answer, not chosen" : "";
        input.disabled = true;
      });
    }
    function reveal() { answer.hidden = false; answer.open = true; }
    function finish(result, announce, focus) {
      setResult(form, result);
      check.hidden = true;
      retry.hidden = false;
      feedback.textContent = announce;
      reveal();
      if (focus) feedback.focus();
    }
    function reset(focus) {
      setResult(form, null);
      form.removeAttribute("data-revealed");
      Array.prototype.forEach.call(form.querySelectorAll(".quiz-option"), function (li) {
        li.removeAttribute("data-state");
        li.querySelector(".quiz-option__mark").textContent = "";
        var input = li.querySelector("input");
        input.disabled = false;
        input.checked = false;
      });
      check.hidden = false;
      retry.hidden = true;
      show.hidden = false;
      feedback.textContent = "";
      answer.hidden = true;
      answer.open = false;
      update();
      if (focus) inputs()[0].focus();
    }
    function grade(focus) {
      var picked = chosen();
      var right = picked.length === need && picked.every(function (i) {
        return i.closest(".quiz-option").getAttribute("data-correct") === "true";
      });
      mark(false);
      var result = right ? "correct" : "incorrect";
      finish(result, right ? "Correct!" : "Not quite: the wrong choices are marked.", focus);
      return { r: result, a: picked.map(function (i) { return i.value; }) };
    }

    form.addEventListener("change", update);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (check.disabled || check.hidden) return;
      progress[id] = grade(true);
      save();
      onChange();
    });
    retry.addEventListener("click", function () { reset(true); });
    show.addEventListener("click", function () {
      mark(true);
      form.setAttribute("data-revealed", "true");
      check.hidden = true;
      show.hidden = true;
      retry.hidden = false;
      feedback.textContent = "The correct answer is marked.";
      reveal();
      feedback.focus();
    });
    form.sitegenReset = function () { reset(false); };

    var saved = progress[id];
    if (saved && saved.a) {
      inputs().forEach(function (i) { i.checked = saved.a.indexOf(i.value) >= 0; });
      update();
      grade(false);
    } else {
      update();
    }
  }

  // An answer-key or one-bullet question: reveal the answer, then "I knew it" / "I didn't".
  function enhanceCard(form, onChange) {
    var id = form.getAttribute("data-question-id");
    var self = form.querySelector(".quiz-selfmark");
    var feedback = form.querySelector(".quiz-answer .quiz-feedback");
    if (!self) return;
    self.hidden = false;
    var knew = self.querySelector(".quiz-knew");
    var didnt = self.querySelector(".quiz-didnt");
    function show(result) {
      setResult(form, result);
      knew.setAttribute("aria-pressed", result === "correct" ? "true" : "false");
      didnt.setAttribute("aria-pressed", result === "incorrect" ? "true" : "false");
      if (feedback) feedback.textContent = result === "correct" ? "Marked as known." : result === "incorrect" ? "Marked to review again." : "";
    }
    function pick(result) {
      progress[id] = { r: result };
      save();
      show(result);
      onChange();
    }
    knew.addEventListener("click", function () { pick("correct"); });
    didnt.addEventListener("click", function () { pick("incorrect"); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.sitegenReset = function () { show(null); form.querySelector(".quiz-answer").open = false; };
    if (progress[id]) {
      show(progress[id].r);
    }
  }

  function enhanceSection(section) {
    var forms = Array.prototype.slice.call(section.querySelectorAll(".quiz-question[data-question-id]"));
    var score = section.querySelector(".quiz-score");
    var text = score && score.querySelector(".quiz-score__text");
    var bar = score && score.querySelector(".quiz-score__bar");
    function refresh() {
      var answered = 0, correct = 0;
      forms.forEach(function (f) {
        var r = f.getAttribute("data-result");
        if (r) answered++;
        if (isRight(r)) correct++;
      });
      if (text) text.textContent = correct + " of " + forms.length + " correct";
      if (bar) { bar.value = answered; bar.textContent = answered + " of " + forms.length + " answered"; }
      markNavigation();
    }
    forms.forEach(function (form) {
      if (form.getAttribute("data-mode") === "choice") enhanceChoice(form, refresh);
      else enhanceCard(form, refresh);
    });
    if (score) {
      score.hidden = false;
      score.querySelector(".quiz-reset").addEventListener("click", function () {
        forms.forEach(function (f) {
          delete progress[f.getAttribute("data-question-id")];
          if (f.sitegenReset) f.sitegenReset();
        });
        save();
        refresh();
        if (text) text.textContent = "Quiz reset. " + text.textContent;
      });
    }
    refresh();
  }

  // Sidebar and course index: per lesson, how many of its questions have a result.
  function lessonState(href) {
    var ids = index[href];
    if (!ids || !ids.length) return null;
    var answered = 0, correct = 0;
    ids.forEach(function (id) {
      var p = progress[id];
      if (p && p.r) answered++;
      if (p && isRight(p.r)) correct++;
    });
    return { total: ids.length, answered: answered, correct: correct };
  }
  function markNavigation() {
    Array.prototype.forEach.call(document.querySelectorAll(".sidebar a[data-lesson]"), function (a) {
      var state = lessonState(a.getAttribute("data-lesson"));
      var done = !!state && state.answered === state.total;
      a.classList.toggle("is-quiz-done", done);
      var note = a.querySelector(".nav-quiz-done");
      if (done && !note) {
        note = document.createElement("span");
        note.className = "nav-quiz-done";
        note.textContent = " (quizzes done)";
        a.appendChild(note);
      } else if (!done && note) {
        note.remove();
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll(".quiz-progress li[data-lesson]"), function (li) {
      var state = lessonState(li.getAttribute("data-lesson"));
      if (!state) return;
      li.querySelector(".quiz-progress__count").textContent =
        state.answered + " of " + state.total + " answered, " + state.correct + " correct";
      var bar = li.querySelector(".quiz-progress__bar");
      bar.hidden = false;
      bar.value = state.answered;
      li.classList.toggle("is-quiz-done", state.answered === state.total);
    });
  }

  // The review page: filter by lesson and by state, or practise 10 random questions.
  function enhanceReview(form) {
    var lesson = form.querySelector(".review-filter-lesson");
    var state = form.querySelector(".review-filter-state");
    var practice = form.querySelector(".review-practice");
    var all = form.querySelector(".review-show-all");
    var count = form.querySelector(".review-count");
    var picked = null;
    form.hidden = false;
    function matches(q) {
      var section = q.closest(".review-lesson");
      if (lesson.value && section.getAttribute("data-lesson") !== lesson.value) return false;
      var p = progress[q.getAttribute("data-question-id")];
      if (state.value === "unanswered") return !p || !p.r;
      if (state.value === "wrong") return !!p && p.r === "incorrect";
      return true;
    }
    function apply() {
      var shown = 0;
      Array.prototype.forEach.call(document.querySelectorAll(".review-lesson"), function (section) {
        var any = false;
        Array.prototype.forEach.call(section.querySelectorAll(".quiz-question"), function (q) {
          var visible = picked ? picked.indexOf(q) >= 0 : matches(q);
          q.hidden = !visible;
          if (visible) { any = true; shown++; }
        });
        section.hidden = !any;
      });
      count.textContent = (picked ? "Practice: " : "") + shown + (shown === 1 ? " question" : " questions") + " shown.";
      all.hidden = !picked;
    }
    form.addEventListener("change", function () { picked = null; apply(); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    practice.addEventListener("click", function () {
      var pool = Array.prototype.slice.call(document.querySelectorAll(".review-lesson .quiz-question")).filter(matches);
      for (var i = pool.length - 1; i > 0; i--) {
        var j = Math.floor(Math.random() * (i + 1));
        var t = pool[i]; pool[i] = pool[j]; pool[j] = t;
      }
      picked = pool.slice(0, 10);
      picked.forEach(function (q) { if (q.sitegenReset) q.sitegenReset(); });
      apply();
      var first = picked[0] && picked[0].querySelector("input, summary");
      if (first) first.focus();
    });
    all.addEventListener("click", function () { picked = null; apply(); practice.focus(); });
    apply();
  }

  document.querySelectorAll(".quiz").forEach(enhanceSection);
  var review = document.querySelector(".review-filters");
  if (review) enhanceReview(review);
  markNavigation();
})();
