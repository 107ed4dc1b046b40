// The print button only makes sense with JavaScript; without it, the browser's own
// print command works the same.
document.querySelectorAll("[data-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
