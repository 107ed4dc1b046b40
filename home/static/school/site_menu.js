// The header menu is a <details> that opens and closes without JavaScript; this only
// lets Escape close it, giving focus back to its button so the keyboard is not lost.
document.querySelectorAll("[data-site-menu]").forEach(function (menu) {
  menu.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  });
});
