// Enhancements only: every page works without this file.
// htmx requests carry the page's form token, like the forms' hidden field.
document.addEventListener('htmx:configRequest', function (event) {
  event.detail.headers['X-CSRF-Token'] = document.body.dataset.csrf;
});
// GOV.UK pattern: a form's error summary takes the focus, so it is read first.
document.addEventListener('DOMContentLoaded', function () {
  var summary = document.querySelector('.error-summary');
  if (summary) { summary.focus(); }
});
// An error summary's link puts the focus in its field, not only the view.
document.addEventListener('click', function (event) {
  var link = event.target.closest('.error-summary a[href^="#"]');
  if (!link) { return; }
  var field = document.getElementById(link.getAttribute('href').slice(1));
  if (field) { event.preventDefault(); field.focus(); field.scrollIntoView({block: 'center'}); }
});

// Supplier pages: a deadline that passes while the page is open is said at once, and the buttons that would send
// something stop pretending (the platform refuses after the deadline anyway).
document.addEventListener('DOMContentLoaded', function () {
  var deadline = document.querySelector('[data-deadline]');
  var notice = document.querySelector('[data-deadline-passed]');
  if (deadline && notice) {
    var at = Date.parse(deadline.dataset.deadline);
    var check = function () {
      if (Date.now() < at) { return false; }
      notice.hidden = false;
      document.querySelectorAll('[data-closes]').forEach(function (b) { b.disabled = true; b.setAttribute('aria-disabled', 'true'); });
      return true;
    };
    if (!check()) {
      var timer = setInterval(function () { if (check()) { clearInterval(timer); } }, 1000);
    }
  }
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });
});
