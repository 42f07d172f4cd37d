"use strict";
if (window.hljs) {
  document.querySelectorAll("pre code.language-python, pre code.language-swift")
    .forEach(function (block) { window.hljs.highlightBlock(block); });
}
