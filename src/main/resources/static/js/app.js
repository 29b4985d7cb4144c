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
