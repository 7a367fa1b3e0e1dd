// Runs before the page paints: applies the reader's saved light/dark choice, marks JavaScript as available.
(function () {
  var root = document.documentElement;
  root.classList.add("js");
  try {
    var saved = localStorage.getItem("sitegen-theme");
    if (saved === "light" || saved === "dark") root.setAttribute("data-theme", saved);
  } catch (e) { /* storage may be unavailable (file://, private mode); the system preference applies */ }
})();
