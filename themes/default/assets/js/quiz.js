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
  function isRevealed(result) { return result === "revealed"; }

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

  // A choice question: radio buttons or checkboxes, Check, Try again, and the answer's <details> as Show answer.
  // A wrong Check marks only the wrong choices and says how many right ones are missing; the answer and the
  // explanation wait until the student gets it right or opens Show answer (saved as "revealed", apart from correct).
  function enhanceChoice(form, onChange) {
    var id = form.getAttribute("data-question-id");
    var need = parseInt(form.getAttribute("data-correct-count"), 10) || 1;
    var list = form.querySelector(".quiz-options");
    var inputs = function () { return Array.prototype.slice.call(form.querySelectorAll(".quiz-options input")); };
    var check = form.querySelector(".quiz-check");
    var why = form.querySelector(".quiz-check-why");
    var retry = form.querySelector(".quiz-retry");
    var feedback = form.querySelector(".quiz-feedback");
    var answer = form.querySelector(".quiz-answer");
    form.querySelector(".quiz-actions").hidden = false;
    shuffle(list);

    function plural(n, one, many) { return n + " " + (n === 1 ? one : many); }
    function chosen() { return inputs().filter(function (i) { return i.checked; }); }
    function isCorrect(input) { return input.closest(".quiz-option").getAttribute("data-correct") === "true"; }
    function update() {
      var count = chosen().length;
      check.disabled = count !== need;
      why.textContent = check.hidden || count === need ? ""
        : count < need ? (need === 1 ? "Choose an answer" : "Choose " + plural(need, "answer", "answers") + (count ? " (" + count + " chosen)" : ""))
        : "Too many: choose " + plural(need, "answer", "answers") + ", not " + count;
    }
    // Marks each option: "all" also the right ones not chosen, "chosen" the chosen ones, "wrong" only the wrong choices.
    function mark(which) {
      Array.prototype.forEach.call(form.querySelectorAll(".quiz-option"), function (li) {
        var input = li.querySelector("input");
        var correct = isCorrect(input);
        var state = "";
        if (input.checked && !correct) state = "wrong";
        else if (correct && input.checked && which !== "wrong") state = "right";
        else if (correct && which === "all") state = "missed";
        if (state) li.setAttribute("data-state", state); else li.removeAttribute("data-state");
        li.querySelector(".quiz-option__mark").textContent = state === "right" ? "Correct"
          : state === "wrong" ? "Wrong" : state === "missed" ? "Correct answer" : "";
        input.disabled = true;
      });
    }
    // The toggle event this fires comes later, and is ignored: by then the result or data-revealed is set.
    function openAnswer(open) { answer.open = open; }
    function settle(result, announce, focus) {
      setResult(form, result);
      check.hidden = true;
      retry.hidden = false;
      update();
      feedback.textContent = announce;
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
      feedback.textContent = "";
      openAnswer(false);
      update();
      if (focus) inputs()[0].focus();
    }
    function grade(focus) {
      var picked = chosen();
      var wrong = picked.filter(function (i) { return !isCorrect(i); }).length;
      if (wrong === 0 && picked.length === need) {
        mark("chosen");
        openAnswer(true);
        settle("correct", "Correct!", focus);
        return "correct";
      }
      mark("wrong");
      var missing = need - (picked.length - wrong);
      settle("incorrect", need === 1 ? "Not quite: that answer is wrong. Try again, or open Show answer."
        : "Not quite: " + plural(wrong, "choice is", "choices are") + " wrong, " + plural(missing, "right answer is", "right answers are")
          + " missing. Try again, or open Show answer.", focus);
      return "incorrect";
    }
    function reveal(focus) {
      mark("all");
      form.setAttribute("data-revealed", "true");
      openAnswer(true);
      settle(null, "The correct answer is marked.", focus);
    }

    form.addEventListener("change", update);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (check.disabled || check.hidden) return;
      var picked = chosen().map(function (i) { return i.value; });
      progress[id] = { r: grade(true), a: picked };
      save();
      onChange();
    });
    retry.addEventListener("click", function () { reset(true); });
    answer.addEventListener("toggle", function () {
      if (!answer.open || form.getAttribute("data-result") === "correct" || form.hasAttribute("data-revealed")) return;
      reveal(false);
      progress[id] = { r: "revealed" };
      save();
      onChange();
    });
    form.sitegenReset = function () { reset(false); };

    var saved = progress[id];
    if (saved && saved.r === "revealed") {
      reveal(false);
    } else if (saved && saved.a) {
      inputs().forEach(function (i) { i.checked = saved.a.indexOf(i.value) >= 0; });
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
      var answered = 0, correct = 0, revealed = 0;
      forms.forEach(function (f) {
        var p = progress[f.getAttribute("data-question-id")];
        var r = p && p.r;
        if (r) answered++;
        if (isRight(r)) correct++;
        if (isRevealed(r)) revealed++;
      });
      if (text) text.textContent = correct + " of " + forms.length + " correct" + (revealed ? ", " + revealed + " shown" : "");
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
    Array.prototype.forEach.call(document.querySelectorAll(".course-card[data-lessons]"), function (card) {
      var total = 0, answered = 0, correct = 0;
      card.getAttribute("data-lessons").split(" ").forEach(function (href) {
        var state = lessonState(href);
        if (!state) return;
        total += state.total; answered += state.answered; correct += state.correct;
      });
      var note = card.querySelector(".course-card__progress");
      if (note && total) note.textContent = " · quizzes: " + answered + " of " + total + " answered, " + correct + " correct";
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
