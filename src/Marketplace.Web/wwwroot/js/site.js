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

// A share button (data-share) opens the device's share sheet (Zalo, Facebook, Messenger… on a
// phone) with the page's address; where the browser has none, it copies the address and says so.
document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-share]') : null;
  if (!(button instanceof HTMLElement)) {
    return;
  }
  const url = button.dataset.shareUrl;
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title: button.dataset.shareTitle, url });
      return;
    } catch (error) {
      // The person closed the sheet: done. Refused (an app's own browser may): copy instead.
      if (error?.name === 'AbortError') {
        return;
      }
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    button.textContent = button.dataset.shareCopied;
  } catch {
    window.prompt(button.dataset.shareTitle, url);
  }
});

// A picture taken with a phone's camera is often 4 to 12 MB, too big for the 5 MB limit and slow
// on a rural mobile connection. A file input with data-resize="N" shrinks each chosen picture on
// the device so that its longer side is at most N pixels, as a JPEG, before the form is sent. A
// browser that cannot do it (or a picture already small enough) sends the file as chosen.
document.addEventListener('change', async (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.type !== 'file' || !input.dataset.resize || !input.files?.length) {
    return;
  }
  const longest = Number(input.dataset.resize);
  const resized = new DataTransfer();
  let changed = false;
  for (const file of input.files) {
    const smaller = await shrink(file, longest).catch(() => null);
    resized.items.add(smaller ?? file);
    changed ||= smaller !== null;
  }
  if (changed) {
    input.files = resized.files;
    input.dispatchEvent(new CustomEvent('resized', { bubbles: true, detail: { files: input.files.length } }));
  }
});

async function shrink(file, longest) {
  if (!/^image\/(jpeg|png)$/.test(file.type) || typeof createImageBitmap !== 'function') {
    return null;
  }
  const bitmap = await createImageBitmap(file);
  const scale = Math.min(1, longest / Math.max(bitmap.width, bitmap.height));
  if (scale === 1 && file.size <= 1024 * 1024) {
    bitmap.close();
    return null;
  }
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(bitmap.width * scale);
  canvas.height = Math.round(bitmap.height * scale);
  canvas.getContext('2d').drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  const blob = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
  if (!blob || blob.size >= file.size) {
    return null;
  }
  return new File([blob], file.name.replace(/\.\w+$/, '') + '.jpg', { type: 'image/jpeg', lastModified: file.lastModified });
}

// A kind of produce (a chip with data-kind) fills the new-product form where it stands, without
// loading the page again: its name, category, pack and description. The chip is a link that
// does the same through the server when script is off.
document.addEventListener('click', (event) => {
  const chip = event.target instanceof Element ? event.target.closest('a[data-kind]') : null;
  const form = document.getElementById('product-form');
  if (!chip || !form) {
    return;
  }
  event.preventDefault();
  const set = (name, value) => {
    const field = form.elements.namedItem(name);
    if (field && value !== undefined) {
      field.value = value;
    }
  };
  set('Input.Kind', chip.dataset.kind);
  set('Input.Name', chip.dataset.name);
  set('Input.CategoryId', chip.dataset.category);
  set('Input.Unit', chip.dataset.unit);
  set('Input.NetWeightGrams', chip.dataset.grams);
  set('Input.Description', chip.dataset.description);
  for (const other of chip.parentElement.querySelectorAll('a[data-kind]')) {
    other.toggleAttribute('aria-current', other === chip);
    if (other === chip) {
      other.setAttribute('aria-current', 'true');
    }
  }
  history.replaceState(null, '', chip.href);
  form.elements.namedItem('Input.Name')?.focus();
});

// A form on a page served from the cache (data-token-on-submit) carries no antiforgery token: the
// page is the same for every visitor. As its button is pressed, ask the server for this visitor's
// token (and its cookie), put it in the form, then send it as pressed. Without script, the form goes
// without one and the server sends the visitor back to press again on a page rendered for them.
document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || form.dataset.tokenOnSubmit === undefined || event.defaultPrevented) {
    return;
  }
  event.preventDefault();
  // A second press while the token is on its way (a slow phone link) would add to the cart twice.
  if (form.dataset.tokenPending !== undefined) {
    return;
  }
  form.dataset.tokenPending = '';
  const submitter = event.submitter;
  try {
    const response = await fetch('/forms/token', { credentials: 'same-origin', cache: 'no-store', signal: AbortSignal.timeout(8000) });
    if (response.ok) {
      const { field, token } = await response.json();
      let input = form.querySelector(`input[name="${CSS.escape(field)}"]`);
      if (!input) {
        input = document.createElement('input');
        input.type = 'hidden';
        input.name = field;
        form.append(input);
      }
      input.value = token;
    }
  } catch {
    // No token (offline, too slow): the form goes without one, and the server asks to press again.
  } finally {
    delete form.dataset.tokenOnSubmit;
    delete form.dataset.tokenPending;
    if (typeof form.requestSubmit === 'function') {
      form.requestSubmit(submitter ?? undefined);
    } else if (submitter) {
      submitter.click(); // Safari before 16
    } else {
      form.submit();
    }
  }
});

// A search box with data-suggest (a combobox) shows, as one types, the names of categories,
// cooperatives and products that hold every word begun (/api/v1/products/suggestions), matched
// with or without diacritics by the server: a list of links under the box. Arrow keys move through
// it, Enter opens the one chosen (or searches what is typed), Escape closes it. Without script the
// box is a plain search box.
let suggesting = null;

function suggestionsOf(input) {
  const list = document.getElementById(input.getAttribute('aria-controls') || '');
  return list && list.matches('[role="listbox"]') ? list : null;
}

function showSuggestions(input, list, open) {
  list.hidden = !open;
  input.setAttribute('aria-expanded', open ? 'true' : 'false');
  if (!open) {
    input.removeAttribute('aria-activedescendant');
  }
}

document.addEventListener('input', async event => {
  const input = event.target instanceof HTMLInputElement && event.target.dataset.suggest !== undefined ? event.target : null;
  const list = input && suggestionsOf(input);
  if (!list) {
    return;
  }

  suggesting?.abort();
  const value = input.value.trim();
  if (value.length < 2) {
    showSuggestions(input, list, false);
    return;
  }

  const mine = suggesting = new AbortController();
  try {
    await new Promise(resolve => setTimeout(resolve, 150)); // a pause in typing, not every key
    if (mine.signal.aborted) {
      return;
    }

    const response = await fetch('/api/v1/products/suggestions?q=' + encodeURIComponent(value), { signal: mine.signal });
    if (!response.ok) {
      return;
    }

    const kinds = JSON.parse(list.dataset.kinds || '{}');
    const found = await response.json();
    list.replaceChildren(...found.map((s, i) => {
      const item = document.createElement('li');
      item.id = list.id + '-' + i;
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', 'false');
      const link = document.createElement('a');
      link.href = s.url;
      link.tabIndex = -1;
      link.textContent = s.text;
      const kind = document.createElement('span');
      kind.className = 'kind';
      kind.textContent = kinds[s.kind] || '';
      link.append(kind);
      item.append(link);
      return item;
    }));
    showSuggestions(input, list, found.length > 0);
  } catch {
    // Aborted by the next key, or offline: the box still searches what is typed.
  }
});

document.addEventListener('keydown', event => {
  const input = event.target instanceof HTMLInputElement && event.target.dataset.suggest !== undefined ? event.target : null;
  const list = input && suggestionsOf(input);
  if (!list || list.hidden) {
    return;
  }

  const options = [...list.querySelectorAll('[role="option"]')];
  const at = options.findIndex(o => o.getAttribute('aria-selected') === 'true');
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const next = options[(at + (event.key === 'ArrowDown' ? 1 : options.length - 1 + (at < 0 ? 1 : 0))) % options.length];
    options.forEach(o => o.setAttribute('aria-selected', o === next ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', next.id);
  } else if (event.key === 'Enter' && at >= 0) {
    event.preventDefault();
    window.location.assign(options[at].querySelector('a').href);
  } else if (event.key === 'Escape') {
    showSuggestions(input, list, false);
  }
});

// A press outside the box and its list closes the list (a press on a suggestion follows its link first).
document.addEventListener('click', event => {
  for (const input of document.querySelectorAll('input[data-suggest][aria-expanded="true"]')) {
    const list = suggestionsOf(input);
    if (list && !list.contains(event.target) && event.target !== input) {
      showSuggestions(input, list, false);
    }
  }
});

// Checkout quotes delivery to the province chosen (the parcel's zone and weight): when the province
// or commune changes, the order's summary is asked for again (a moment after the last change, the
// earlier question dropped) and its contents swapped in, with the total the order is then placed at.
// A tap on "place order" while a quote is on its way waits for it, and places the order only if the
// total stayed as shown: a changed total is shown first. Without script the first quote stays on
// screen; an order whose total differs from the one shown is refused and the page shows the new one.
let requote;
let quoting = null;
document.addEventListener('change', (event) => {
  const field = event.target;
  const form = field instanceof HTMLElement ? field.closest('form[data-requote]') : null;
  if (!(form instanceof HTMLFormElement) || !/\.(Province|Commune)$/.test(field.name)) {
    return;
  }
  requote?.abort();
  const asked = new AbortController();
  requote = asked;
  quoting = new Promise((resolve) => setTimeout(async () => {
    resolve(asked.signal.aborted ? false : await quote(form, asked.signal).catch(() => false));
  }, 300));
});

// Asks for the summary at the form's province and commune, swaps it in; true when the total changed.
async function quote(form, signal) {
  const data = new FormData(form);
  const url = new URL(form.dataset.requote, window.location.href);
  url.searchParams.set('province', data.get('Input.Province') ?? '');
  url.searchParams.set('commune', data.get('Input.Commune') ?? '');
  const response = await fetch(url, { headers: { Accept: 'text/html' }, signal });
  // A session that ended answers with the sign-in page: nothing to swap in then.
  if (!response.ok || response.redirected || !response.headers.get('Content-Type')?.startsWith('text/html')) {
    return false;
  }
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('checkout-summary');
  const summary = document.getElementById('checkout-summary');
  const total = form.querySelector('#ExpectedTotal');
  if (!fresh || !summary || signal.aborted || !(total instanceof HTMLInputElement)) {
    return false;
  }
  summary.replaceChildren(...fresh.childNodes);
  summary.dataset.province = fresh.dataset.province ?? '';
  const changed = total.value !== fresh.dataset.total;
  total.value = fresh.dataset.total ?? total.value;
  return changed;
}

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (!(form instanceof HTMLFormElement) || !form.dataset.requote || quoting === null) {
    return;
  }
  event.preventDefault();
  let changed = false;
  while (quoting !== null) {
    const pending = quoting;
    changed = (await pending) || changed;
    if (pending === quoting) {
      quoting = null;
    }
  }
  if (changed) {
    document.getElementById('checkout-summary')?.scrollIntoView({ block: 'nearest' });
  } else {
    form.requestSubmit(event.submitter);
  }
});
