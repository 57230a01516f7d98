// Onboarding pathways: a checkbox per step, remembered in this browser only (localStorage).
// No personal data: only which step slugs of which pathway are ticked.
(function () {
  "use strict";
  var list = document.querySelector(".stisteg");
  if (!list) return;
  var key = "fellesomradet.sti." + list.getAttribute("data-sti");
  var done = {};
  try { done = JSON.parse(localStorage.getItem(key) || "{}") || {}; } catch (e) { done = {}; }
  list.querySelectorAll(".stisteg-boks").forEach(function (box) {
    var label = list.querySelector('label[for="' + box.id + '"]');
    box.hidden = false;
    if (label) label.hidden = false;
    box.checked = !!done[box.getAttribute("data-steg")];
    box.addEventListener("change", function () {
      done[box.getAttribute("data-steg")] = box.checked;
      try { localStorage.setItem(key, JSON.stringify(done)); } catch (e) { /* storage full or blocked: keep working */ }
    });
  });
})();
