// Asks before an irreversible step: a form (or the button that submits it) with data-confirm
// submits only when the person says yes. The question is written by the page, in their language.
document.addEventListener('submit', (event) => {
  const question = event.submitter?.dataset.confirm ?? event.target.dataset.confirm;
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});
