// Dealstream console: the little the pages need beyond HTML and htmx.
document.addEventListener('click', function (event) {
  // "Add another": one more row of a list in a form, numbered after the last one
  var button = event.target.closest('button.add-row');
  if (!button) return;
  var rows = button.closest('fieldset.rows');
  var template = rows.querySelector(':scope > template');
  var count = rows.querySelectorAll(':scope > fieldset.row').length;
  var html = template.innerHTML.split('__i__').join(String(count)).split('__n__').join(String(count + 1));
  button.insertAdjacentHTML('beforebegin', html);
  var added = button.previousElementSibling.querySelector('input, select, textarea');
  if (added) added.focus();
});

// A live region that failed to refresh says so: no page shows an old state as if it were current.
function markStale(event) {
  var target = event.detail && event.detail.elt;
  if (!target || !target.hasAttribute('data-live')) return;
  var note = document.getElementById(target.getAttribute('data-live'));
  if (note) {
    note.hidden = false;
    note.textContent = 'Not updated since ' + (target.getAttribute('data-updated') || 'the page was loaded')
      + ': the service did not answer. Retrying.';
  }
}
document.addEventListener('htmx:responseError', markStale);
document.addEventListener('htmx:sendError', markStale);
document.addEventListener('htmx:afterSwap', function (event) {
  var target = event.detail && event.detail.elt;
  if (target && target.hasAttribute && target.hasAttribute('data-live')) {
    var note = document.getElementById(target.getAttribute('data-live'));
    if (note) note.hidden = true;
  }
});

// "Copy" next to a customer's link: the address goes to the clipboard (or stays selected where that is refused)
document.addEventListener('click', function (event) {
  var button = event.target.closest('button[data-copy]');
  if (!button) return;
  var field = button.parentElement.querySelector('input');
  field.select();
  var done = function () { button.textContent = 'Copied'; };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(field.value).then(done, function () { button.textContent = 'Selected: press Ctrl+C'; });
  } else {
    button.textContent = 'Selected: press Ctrl+C';
  }
});
