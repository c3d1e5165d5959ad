// Asks before an irreversible step: a form (or the button that submits it) with data-confirm
// submits only when the person says yes. The question is written by the page, in their language.
document.addEventListener('submit', (event) => {
  const question = event.submitter?.dataset.confirm ?? event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// A print button (data-print) opens the browser's print dialog: wired here, since the pages'
// Content-Security-Policy allows no inline script.
document.addEventListener('click', (event) => {
  if (event.target instanceof Element && event.target.closest('[data-print]')) {
    window.print();
  }
});
