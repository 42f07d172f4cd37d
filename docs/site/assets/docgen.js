"use strict";
(function () {
  var root = document.documentElement;

  var toggle = document.getElementById("show-swift");
  if (toggle) {
    toggle.checked = !root.classList.contains("no-swift");
    toggle.parentElement.hidden = false;
    toggle.addEventListener("change", function () {
      root.classList.toggle("no-swift", !toggle.checked);
      try { localStorage.setItem("docgen-hide-swift", toggle.checked ? "0" : "1"); } catch (e) {}
    });
  }

  // Timelines are files (LazyFigures): each becomes its drawing once the fold holding it is open.
  function showFigures(scope) {
    scope.querySelectorAll("a.dg-figure").forEach(function (link) {
      var fold = link.closest("details");
      if (fold && !fold.open) { return; }
      var figure = document.createElement("object");
      figure.className = "dg-figure";
      figure.width = link.dataset.width;
      figure.height = link.dataset.height;
      figure.style.aspectRatio = link.dataset.width + " / " + link.dataset.height;
      figure.setAttribute("aria-label", link.textContent.slice(0, -" (SVG)".length));
      link.replaceWith(figure);
      figure.type = "image/svg+xml";
      figure.data = link.getAttribute("href");
    });
  }
  showFigures(document);
  document.addEventListener("toggle", function (event) {
    if (event.target.open) { showFigures(event.target); }
  }, true);

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) { return navigator.clipboard.writeText(text); }
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var copied = document.execCommand("copy");
      area.remove();
      if (copied) { resolve(); } else { reject(new Error("copy refused")); }
    });
  }

  // A button that copies the text of `code`, named `label` for screen readers.
  function copyButton(code, label) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy";
    button.textContent = "Copy";
    button.setAttribute("aria-label", label);
    button.addEventListener("click", function () {
      function show(text) {
        button.textContent = text;
        setTimeout(function () { button.textContent = "Copy"; }, 1500);
      }
      copyText(code.textContent).then(function () { show("Copied"); }, function () { show("Copy failed"); });
    });
    return button;
  }

  document.querySelectorAll("figure.source").forEach(function (figure) {
    var code = figure.querySelector("code");
    var caption = figure.querySelector("figcaption");
    if (!code || !caption) { return; }
    caption.appendChild(copyButton(code, "Copy " + (figure.classList.contains("swift") ? "Swift" : "Python")));
  });

  // Each replay command of an outcome table (OutcomeTableHTML) gets its own copy button.
  document.querySelectorAll("code.dg-command").forEach(function (code) {
    var number = code.closest("tr") && code.closest("tr").querySelector("th");
    code.after(copyButton(code, "Copy the replay command" + (number ? " of output " + number.textContent : "")));
  });

  var form = document.querySelector("form.search");
  if (!form) { return; }
  var input = form.querySelector("input");
  var list = form.querySelector("ul");
  var entries = null;
  form.hidden = false;

  function load() {
    if (entries || form.dataset.loading) { return; }
    form.dataset.loading = "1";
    var script = document.createElement("script");
    script.src = "assets/search-index.js";
    script.onload = function () {
      entries = (window.docgenSearchIndex || []).map(function (e) {
        return { href: e[0] + (e[1] ? "#" + e[1] : ""), page: e[2], title: e[3], text: e[4],
          titleKey: e[3].toLowerCase(), textKey: e[4].toLowerCase() };
      });
      search();
    };
    document.head.appendChild(script);
  }

  function count(haystack, needle) {
    var n = 0;
    for (var at = haystack.indexOf(needle); at >= 0 && n < 20; at = haystack.indexOf(needle, at + needle.length)) {
      n += 1;
    }
    return n;
  }

  function snippet(entry, term) {
    var at = Math.max(0, entry.textKey.indexOf(term));
    var start = Math.max(0, at - 50);
    return (start > 0 ? "…" : "") + entry.text.slice(start, at + term.length + 70).replace(/\s+/g, " ") + "…";
  }

  function search() {
    if (!entries) { return; }
    var terms = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    list.textContent = "";
    if (!terms.length) { return; }
    var hits = [];
    entries.forEach(function (entry, position) {
      var score = 0;
      for (var i = 0; i < terms.length; i += 1) {
        var inTitle = entry.titleKey.indexOf(terms[i]) >= 0 ? 10 : 0;
        var inText = count(entry.textKey, terms[i]);
        if (!inTitle && !inText) { return; }
        score += inTitle + inText;
      }
      hits.push({ entry: entry, score: score, position: position });
    });
    hits.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    hits.slice(0, 12).forEach(function (hit) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = hit.entry.href;
      link.textContent = hit.entry.title;
      var where = document.createElement("span");
      where.className = "where";
      where.textContent = hit.entry.page;
      var text = document.createElement("span");
      text.className = "snippet";
      text.textContent = snippet(hit.entry, terms[0]);
      item.append(link, where, text);
      list.appendChild(item);
    });
    if (!hits.length) {
      var none = document.createElement("li");
      none.textContent = "No results";
      list.appendChild(none);
    }
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () { load(); search(); });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = list.querySelector("a");
    if (first) { first.click(); }
  });
})();
