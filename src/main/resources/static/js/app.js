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
