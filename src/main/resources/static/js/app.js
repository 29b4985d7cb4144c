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
});
