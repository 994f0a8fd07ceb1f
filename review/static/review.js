// caseclerk review: keyboard shortcuts, adding list rows, and highlighting a field's box.
// Hand-written, no build step; the pages work without it except for the shortcuts.
(function () {
  "use strict";
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }
  function submit(id) {
    var form = document.getElementById(id);
    if (!form) return false;
    var button = form.querySelector("button[type=submit]");
    if (button && button.disabled) return false;
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
    return true;
  }
  document.addEventListener("keydown", function (ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key === "Enter") {
      if (submit("review-form")) ev.preventDefault();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey || typing(ev.target)) return;
    if (ev.key === "a" && submit("review-form")) ev.preventDefault();
    else if (ev.key === "n" && submit("next-form")) ev.preventDefault();
  });
  document.querySelectorAll("fieldset.group").forEach(function (group) {
    var button = group.querySelector("button.add");
    var template = group.querySelector("template");
    if (!button || !template) return;
    button.addEventListener("click", function () {
      var i = parseInt(group.dataset.next || "0", 10);
      group.dataset.next = String(i + 1);
      var html = template.innerHTML.split("__i__").join(String(i));
      button.insertAdjacentHTML("beforebegin", html);
      var first = button.previousElementSibling.querySelector("input");
      if (first) first.focus();
    });
  });
  function highlight(path, on) {
    document.querySelectorAll('.box[data-field="' + CSS.escape(path) + '"]').forEach(function (box) {
      box.classList.toggle("active", on);
      if (on && box.scrollIntoView) box.scrollIntoView({ block: "nearest" });
    });
  }
  // A suggested case (filed documents naming the same people) fills the case-number field;
  // the analyst still approves, so nothing is filed by the click alone.
  document.querySelectorAll("button.use-case").forEach(function (button) {
    button.addEventListener("click", function () {
      var input = document.getElementById("f-case_number");
      if (!input) return;
      input.value = button.dataset.case;
      input.focus();
    });
  });
  document.querySelectorAll(".field[data-field]").forEach(function (field) {
    var path = field.dataset.field;
    field.addEventListener("focusin", function () { highlight(path, true); });
    field.addEventListener("focusout", function () { highlight(path, false); });
  });
})();
