// SiApel reports: a print button, and charts drawn from the tables that are always in the page.
// Every report works without this file; the tables stay the source of the numbers.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-print]').forEach((button) => {
        button.addEventListener('click', () => window.print());
    });

    if (typeof window.Chart === 'undefined') {
        return;
    }
    const palette = ['#0b5394', '#b02a37', '#6c757d', '#198754'];
    document.querySelectorAll('table[data-chart]').forEach((table) => {
        const target = document.getElementById(table.dataset.chartTarget);
        if (!target) {
            return;
        }
        const seriesHeaders = Array.from(table.querySelectorAll('thead th[data-series]'));
        const columns = seriesHeaders.map((th) => Array.from(th.parentElement.children).indexOf(th));
        const limit = Number(table.dataset.chartLimit || 0);
        const allRows = Array.from(table.querySelectorAll('tbody tr'));
        const rows = (limit > 0) ? allRows.slice(0, limit) : allRows;
        const narrow = window.matchMedia('(max-width: 575.98px)').matches;
        const labels = rows.map((row) => {
            const text = (row.querySelector('[data-label]') || row.cells[0]).textContent.trim();
            return (narrow && text.length > 22) ? text.slice(0, 21) + '…' : text;
        });
        const datasets = seriesHeaders.map((th, i) => ({
            label: th.textContent.trim(),
            data: rows.map((row) => {
                const cell = row.cells[columns[i]];
                const value = cell ? cell.dataset.value : undefined;
                return (value === undefined || value === '') ? null : Number(value);
            }),
            borderColor: palette[i % palette.length],
            backgroundColor: palette[i % palette.length],
            tension: 0,
            pointRadius: 2,
        }));
        const horizontal = table.dataset.chart === 'hbar';
        const canvas = document.createElement('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', table.dataset.chartLabel || '');
        target.appendChild(canvas);
        new window.Chart(canvas, {
            type: (table.dataset.chart === 'line') ? 'line' : 'bar',
            data: { labels, datasets },
            options: {
                indexAxis: horizontal ? 'y' : 'x',
                responsive: true,
                maintainAspectRatio: false,
                animation: false,
                plugins: { legend: { display: datasets.length > 1 } },
                scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true } },
            },
        });
    });
});
