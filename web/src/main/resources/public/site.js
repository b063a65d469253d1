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
