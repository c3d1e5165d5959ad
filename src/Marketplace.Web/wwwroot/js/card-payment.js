// Mounts Stripe's Payment Element on the card form and confirms the payment with Stripe, which
// then sends the shopper to the return page. Card details go from Stripe's frame to Stripe only.
(() => {
  const form = document.getElementById('card-form');
  if (!form) {
    return;
  }

  const button = document.getElementById('card-submit');
  const error = document.getElementById('card-error');
  if (typeof window.Stripe !== 'function') {
    // Stripe's script did not load (no connection, or blocked): say so rather than show a dead form.
    document.getElementById('stripe-unavailable').hidden = false;
    button.disabled = true;
    return;
  }

  const stripe = window.Stripe(form.dataset.key, { locale: document.documentElement.lang === 'en' ? 'en' : 'vi' });
  const elements = stripe.elements({ clientSecret: form.dataset.secret });
  elements.create('payment').mount('#payment-element');

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    error.textContent = '';
    const { error: failure } = await stripe.confirmPayment({ elements, confirmParams: { return_url: form.dataset.return } });
    if (failure) {
      error.textContent = failure.message;
      button.disabled = false;
    }
  });
})();
