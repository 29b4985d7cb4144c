// SiApel page behaviour. Every page works without this file; it only makes things smoother.
document.addEventListener('DOMContentLoaded', () => {
    // Send the CSRF token with htmx requests made from plain hx-* attributes.
    const token = document.querySelector('meta[name="_csrf"]');
    const header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        document.body.addEventListener('htmx:configRequest', (event) => {
            event.detail.headers[header.content] = token.content;
        });
    }

    // A select marked data-autosubmit (e.g. the calendar's unit) submits its form on change;
    // the form's own button does the same without JavaScript.
    document.querySelectorAll('select[data-autosubmit]').forEach((select) => {
        select.addEventListener('change', () => select.form && select.form.submit());
    });
});

// Roll-call sheet: keep "Hadir 37 dari 40" current as statuses are tapped, without a round trip.
document.addEventListener('change', (event) => {
    const form = event.target.closest('form[data-sheet]');
    if (!form || event.target.type !== 'radio') {
        return;
    }
    const counts = { PRESENT: 0, VALID_REASON: 0, UNEXCUSED: 0 };
    form.querySelectorAll('input[type=radio]:checked').forEach((radio) => {
        counts[radio.dataset.kind] = (counts[radio.dataset.kind] || 0) + 1;
    });
    const set = (selector, value) => {
        const element = form.querySelector(selector);
        if (element) {
            element.textContent = value;
        }
    };
    set('[data-count-present]', counts.PRESENT);
    set('[data-count-valid]', counts.VALID_REASON);
    set('[data-count-unexcused]', counts.UNEXCUSED);
});

// Flags queue: "select all on this page" ticks every open flag's box, and the boxes keep it in step
// (ticked, or indeterminate for some). Without JavaScript the box itself tells the server to take them all.
document.addEventListener('change', (event) => {
    const form = event.target.closest('form');
    const all = form && form.querySelector('[data-select-all]');
    if (!all || !event.target.classList.contains('flag-check')) {
        return;
    }
    const boxes = Array.from(form.querySelectorAll('input[name="ids"]:not(:disabled)'));
    if (event.target === all) {
        boxes.forEach((box) => { box.checked = all.checked; });
    }
    const checked = boxes.filter((box) => box.checked).length;
    all.checked = checked > 0 && checked === boxes.length;
    all.indeterminate = checked > 0 && checked < boxes.length;
    const count = form.querySelector('[data-selected-count]');
    if (count) {
        count.textContent = checked ? count.dataset.template.replace('{0}', checked) : '';
    }
});

// One error handling for every htmx request of the app (issue 12): htmx does not swap an error answer, so
// what the user entered stays on the page; this says what happened and what to do.
(() => {
    const box = () => document.querySelector('[data-request-error]');
    const texts = () => (document.getElementById('request-error-text') || {}).dataset || {};
    const say = (template, value) => (template || '').replace('{0}', value);
    let sessionEnded = false;

    // After logging in again in another tab, the new session's CSRF token replaces the old one on this page.
    const refreshCsrf = async () => {
        const url = document.querySelector('meta[name="siapel-csrf-url"]');
        if (!url) {
            return null;
        }
        const response = await fetch(url.content, { credentials: 'same-origin', redirect: 'manual',
            headers: { Accept: 'application/json' } });
        if (!response.ok) {
            return null;
        }
        const body = await response.json();
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        if (token && header) {
            token.content = body.token;
            header.content = body.headerName;
        }
        document.querySelectorAll('input[name="' + body.parameterName + '"]').forEach((input) => {
            input.value = body.token;
        });
        return body;
    };
    window.SiApel = Object.assign(window.SiApel || {}, { refreshCsrf });

    const show = (message, action) => {
        const element = box();
        if (!element) {
            return;
        }
        element.replaceChildren(document.createTextNode(message));
        if (action) {
            element.append(' ', action);
        }
        element.hidden = false;
        element.focus();
    };
    const link = (label, href, newTab) => {
        const anchor = document.createElement('a');
        anchor.className = 'alert-link';
        anchor.href = href;
        anchor.textContent = label;
        if (newTab) {
            anchor.target = '_blank';
            anchor.rel = 'noopener';
        }
        return anchor;
    };
    const explain = (xhr) => {
        const t = texts();
        const status = xhr ? xhr.status : 0;
        if (status === 0) {
            show(t.network);
        }
        else if (status === 401 || (status === 403 && xhr.getResponseHeader('X-Siapel-Denied') === 'session')) {
            sessionEnded = true;
            show(t.session, link(t.login, window.location.href, true));
        }
        else if (status === 403) {
            show(t.forbidden);
        }
        else if (status === 409) {
            show(t.conflict, link(t.reload, window.location.href, false));
        }
        else if (status === 413) {
            show(t.tooLarge);
        }
        else if (status >= 500) {
            show(say(t.server, status));
        }
        else {
            show(say(t.invalid, status));
        }
    };
    document.addEventListener('htmx:responseError', (event) => explain(event.detail.xhr));
    document.addEventListener('htmx:sendError', () => explain(null));
    document.addEventListener('htmx:timeout', () => explain(null));
    document.addEventListener('htmx:beforeRequest', () => {
        const element = box();
        if (element) {
            element.hidden = true;
        }
    });
    document.addEventListener('visibilitychange', () => {
        if (sessionEnded && document.visibilityState === 'visible') {
            refreshCsrf().then((body) => {
                if (body) {
                    sessionEnded = false;
                    box().hidden = true;
                }
            }).catch(() => {});
        }
    });

    // The installable app: a sheet opened once opens again without signal (sw.js). Leaving SiApel removes
    // the kept pages (they hold personal data); marks not yet sent stay, under their user's name.
    const worker = document.querySelector('meta[name="siapel-service-worker"]');
    if (worker && 'serviceWorker' in navigator) {
        // The worker's script and its imports are always checked with the server, whatever the HTTP cache
        // says (static files are cached for a year).
        navigator.serviceWorker.register(worker.content, { updateViaCache: 'none' }).catch(() => {});
    }
    if (window.location.pathname.endsWith('/login') && window.location.search.includes('logout') && window.caches) {
        caches.delete('siapel-sheets').catch(() => {});
    }
})();
