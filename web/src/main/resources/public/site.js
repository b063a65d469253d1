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
  var at = deadline ? Date.parse(deadline.dataset.deadline) : NaN;
  // a page served after the deadline already says so (and has nothing to send): only a deadline passing is news
  if (notice && Date.now() < at) {
    var timer = setInterval(function () {
      if (Date.now() < at) { return; }
      clearInterval(timer);
      notice.hidden = false;
      document.querySelectorAll('[data-closes]').forEach(function (b) { b.disabled = true; b.setAttribute('aria-disabled', 'true'); });
    }, 1000);
  }
  document.querySelectorAll('[data-print]').forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });
});

// A search box inside a larger form: Enter in it runs its own search, not the form's default button (without this
// file, Enter in it saves and continues, and the search button still searches).
document.addEventListener('keydown', function (event) {
  var box = event.key === 'Enter' ? event.target.closest('[data-enter]') : null;
  if (!box) { return; }
  var button = box.form && box.form.querySelector('[data-enter-target="' + box.dataset.enter + '"]');
  if (button) { event.preventDefault(); button.click(); }
});
