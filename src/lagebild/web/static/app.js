// lagebild: link the highlighted text and the claim list of a document page.
// No inline scripts (the Content-Security-Policy forbids them); nothing here builds HTML.
(function () {
  "use strict";

  function same(key) {
    return document.querySelectorAll('[data-claim="' + CSS.escape(key) + '"]');
  }

  function mark(key, on) {
    same(key).forEach(function (el) { el.classList.toggle("active", on); });
  }

  function select(key) {
    document.querySelectorAll("[data-claim].active").forEach(function (el) {
      el.classList.remove("active");
    });
    mark(key, true);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var text = document.getElementById("text");
    if (!text) return;
    document.querySelectorAll("[data-claim]").forEach(function (el) {
      var key = el.getAttribute("data-claim");
      el.addEventListener("mouseenter", function () { mark(key, true); });
      el.addEventListener("mouseleave", function () {
        if (!el.classList.contains("selected")) mark(key, false);
      });
    });
    text.addEventListener("click", function (event) {
      var el = event.target.closest("[data-claim]");
      if (!el) return;
      var key = el.getAttribute("data-claim");
      select(key);
      var card = document.getElementById("claim-" + key);
      if (card) card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    });
    document.querySelectorAll(".claim").forEach(function (card) {
      card.addEventListener("click", function (event) {
        if (event.target.closest("a")) return;
        var key = card.getAttribute("data-claim");
        select(key);
        var first = text.querySelector('[data-claim="' + CSS.escape(key) + '"]');
        if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
      });
    });
    // arriving from a fact or a search result: show that claim in the text
    var hash = window.location.hash;
    if (hash.indexOf("#claim-") === 0) {
      var key = decodeURIComponent(hash.slice(7));
      select(key);
      var first = text.querySelector('[data-claim="' + CSS.escape(key) + '"]');
      if (first) first.scrollIntoView({ block: "center" });
    }
  });
})();
