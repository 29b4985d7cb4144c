// Roll-call sheet with JavaScript (issue 12). The page is a plain form that works without this file for
// any size of sheet; this file makes it light on a phone in the courtyard:
// - one shared status picker (a bottom sheet on a phone) instead of nine buttons per person;
// - search by name or NIP, "only exceptions", live counts per status;
// - only the changed lines are sent, as JSON, with the version the page saw and an idempotency key;
// - every mark is kept on the device (IndexedDB through idb-keyval) until SiApel has it: a save made
//   without signal is sent when the signal returns, in order, exactly once (the same key on every retry);
// - every failure says what happened and keeps the marks: 422 next to the line, 409 with both values,
//   403 for a closed edit window or an expired session, 413, 5xx and no network.
(() => {
    'use strict';
    const form = document.querySelector('form[data-sheet]');
    if (!form) {
        return;
    }
    performance.mark('sheet-script');
    const editable = form.dataset.editable === 'true';
    const text = (document.getElementById('sheet-text') || {}).dataset || {};
    const lang = document.documentElement.lang || 'id';
    const number = new Intl.NumberFormat(lang === 'en' ? 'en' : 'id');
    const storeKey = 'siapel-sheet:' + form.dataset.user + ':' + form.dataset.sheetId;
    const idb = window.idbKeyval;
    const message = document.querySelector('[data-sheet-message]');
    const conflictsBox = document.querySelector('[data-conflicts]');
    const pendingBox = form.querySelector('[data-pending-box]');
    const submitButton = form.querySelector('[data-testid="sheet-submit"]');
    const versionInput = form.querySelector('input[name="version"]');
    const reasonInput = form.querySelector('textarea[name="reason"]');
    // The rows are only walked for a search: opening a 5,000-person sheet touches none of them.
    let rowList = null;
    const rows = () => rowList || (rowList = Array.from(form.querySelectorAll('li.r')));

    const say = (template, ...args) => (template || '').replace(/\{(\d)}/g, (m, i) => (args[i] !== undefined ? args[i] : m));

    // Statuses of this session, from the picker's buttons (code, name, kind, minutes).
    const statuses = {};
    document.querySelectorAll('#picker .pk').forEach((button) => {
        const status = { name: button.dataset.s, code: button.dataset.code, kind: button.dataset.k,
            minutes: button.dataset.minutes === 'true' };
        statuses[status.name] = status;
        statuses[status.code] = status;
    });
    const statusOf = (value) => statuses[(value || '').trim().toUpperCase()] || null;
    const valueString = (v) => v.status + '~' + (v.minutes != null ? v.minutes : '') + '~' + (v.note || '');
    const parseShown = (shown) => {
        const [status, minutes, ...note] = (shown || '').split('~');
        return { status, minutes: minutes ? Number(minutes) : null, note: note.join('~') || null };
    };
    const describe = (v) => {
        const status = statusOf(v.status);
        let description = status ? status.code : v.status;
        if (v.minutes != null) {
            description += ' (' + say(text.minutesValue, v.minutes) + ')';
        }
        return v.note ? description + ' · ' + v.note : description;
    };

    const parts = (li) => {
        const inputs = li.getElementsByTagName('input');
        return { st: inputs[0], mn: inputs[1], nt: inputs[2], o: inputs[3] };
    };
    const nipOf = (li) => li.id.slice(2);
    const valueOf = (li) => {
        const p = parts(li);
        const status = statusOf(p.st.value);
        const minutes = p.mn.value.trim() === '' ? null : Number(p.mn.value);
        return { status: status ? status.name : p.st.value, minutes: status && status.minutes ? minutes : null,
            note: p.nt.value.trim() || null };
    };

    // --- live counts -------------------------------------------------------------------------------------
    const counts = {};
    const countOf = (li) => (statusOf(parts(li).st.value) || { code: '?' }).code;
    const showCounts = () => {
        let present = 0;
        let valid = 0;
        let unexcused = 0;
        Object.keys(statuses).forEach((key) => {
            const status = statuses[key];
            if (key !== status.name) {
                return;
            }
            const n = counts[status.code] || 0;
            if (status.kind === 'P') {
                present += n;
            }
            else if (status.kind === 'V') {
                valid += n;
            }
            else if (status.kind === 'U') {
                unexcused += n;
            }
            const chip = form.querySelector('.cnt[data-c="' + status.code + '"]');
            if (chip) {
                chip.querySelector('b').textContent = number.format(n);
                chip.classList.toggle('zero', n === 0 && status.code !== 'H' && status.code !== 'TK');
            }
        });
        const set = (selector, value) => {
            const element = form.querySelector(selector);
            if (element) {
                element.textContent = number.format(value);
            }
        };
        set('[data-count-present]', present);
        set('[data-count-valid]', valid);
        set('[data-count-unexcused]', unexcused);
    };
    // The server counted the sheet; from then on every mark moves one count.
    const countFromPage = () => {
        form.querySelectorAll('.cnt[data-c]').forEach((chip) => {
            counts[chip.dataset.c] = Number(chip.querySelector('b').textContent.replace(/\D/g, '')) || 0;
        });
    };

    // --- marks kept on the device ------------------------------------------------------------------------
    // pending: nip -> {status, minutes, note, shown} for every line that differs from what SiApel holds.
    const pending = new Map();
    let submission = null;
    let requested = false;
    let persistTimer = null;
    // A synchronous note of which sheets have marks on the device, so that opening a sheet without any
    // (the usual case) does not wait for IndexedDB.
    const note = (kept) => {
        try {
            if (kept) {
                localStorage.setItem(storeKey, '1');
            }
            else {
                localStorage.removeItem(storeKey);
            }
        }
        catch (error) {
            // Storage refused (private mode): IndexedDB is still read on every opening.
        }
    };
    const mayHaveKept = () => {
        try {
            return localStorage.getItem(storeKey) !== null;
        }
        catch (error) {
            return true;
        }
    };
    const persist = () => {
        if (!idb) {
            return Promise.resolve();
        }
        clearTimeout(persistTimer);
        if (pending.size === 0 && !submission) {
            note(false);
            return idb.del(storeKey).catch(() => {});
        }
        note(true);
        return idb.set(storeKey, { version: Number(versionInput.value), marks: Object.fromEntries(pending),
            submission, requested, savedAt: Date.now() }).catch(() => {});
    };
    const persistSoon = () => {
        clearTimeout(persistTimer);
        persistTimer = setTimeout(persist, 150);
    };

    const showPending = (offline) => {
        if (!pendingBox) {
            return;
        }
        const n = pending.size;
        pendingBox.hidden = n === 0 && !submission;
        if (offline && (submission || n > 0)) {
            pendingBox.textContent = say(text.offline, number.format(Math.max(n, 1)));
        }
        else {
            pendingBox.textContent = n === 1 ? text.pendingOne : say(text.pending, number.format(n));
        }
    };

    const setRow = (li, v, fromServer) => {
        const p = parts(li);
        const before = countOf(li);
        const status = statusOf(v.status);
        p.st.value = status ? status.code : v.status;
        p.mn.value = v.minutes != null ? v.minutes : '';
        p.nt.value = v.note || '';
        li.dataset.k = status ? status.kind : 'X';
        li.classList.toggle('hm', v.minutes != null);
        li.classList.toggle('hn', !!v.note);
        li.classList.remove('bad');
        li.removeAttribute('title');
        if (fromServer) {
            p.o.value = valueString(v);
        }
        const changed = valueString(v) !== p.o.value;
        li.classList.toggle('chg', changed);
        if (changed) {
            pending.set(nipOf(li), { status: v.status, minutes: v.minutes, note: v.note, shown: p.o.value });
        }
        else {
            pending.delete(nipOf(li));
        }
        const after = countOf(li);
        if (before !== after) {
            counts[before] = (counts[before] || 1) - 1;
            counts[after] = (counts[after] || 0) + 1;
        }
    };

    // --- messages ----------------------------------------------------------------------------------------
    const show = (kind, content, focus) => {
        message.className = 'alert alert-' + kind;
        message.replaceChildren(...(Array.isArray(content) ? content : [content]));
        message.hidden = false;
        if (focus) {
            message.focus();
        }
    };
    const element = (tag, attributes, ...children) => {
        const node = document.createElement(tag);
        Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
        children.forEach((child) => node.append(child));
        return node;
    };

    // --- search and "only exceptions" --------------------------------------------------------------------
    const search = form.querySelector('[data-sheet-search]');
    const exceptions = form.querySelector('[data-sheet-exceptions]');
    const searchCount = form.querySelector('[data-search-count]');
    let index = null;
    // An editable row holds its code in an input, a read-only one as text.
    const codeIn = (st) => (st.value !== undefined ? st.value : st.textContent).trim().toUpperCase();
    const filter = () => {
        if (!index) {
            index = rows().map((li) => [li, li.textContent.toLowerCase(), li.querySelector('.st')]);
        }
        const query = search.value.trim().toLowerCase();
        const digits = query.replace(/[\s.-]/g, '');
        const byNip = /^\d+$/.test(digits);
        const onlyExceptions = exceptions.checked;
        let visible = 0;
        for (const [li, haystack, st] of index) {
            const matches = (!query || haystack.includes(query) || (byNip && haystack.includes(digits)))
                && (!onlyExceptions || codeIn(st) !== 'H' || li.classList.contains('chg'));
            li.hidden = !matches;
            if (matches) {
                visible++;
            }
        }
        form.querySelectorAll('details.grp').forEach((group) => {
            group.hidden = !group.querySelector('li.r:not([hidden])');
        });
        searchCount.textContent = (query || onlyExceptions)
            ? say(text.found, number.format(visible), number.format(index.length)) : '';
    };
    let searchTimer = null;
    if (search) {
        search.addEventListener('input', () => {
            clearTimeout(searchTimer);
            searchTimer = setTimeout(filter, 120);
        });
        search.addEventListener('keydown', (event) => {
            if (event.key === 'Enter') {
                event.preventDefault();
                filter();
            }
        });
        exceptions.addEventListener('change', filter);
    }

    // --- the status picker -------------------------------------------------------------------------------
    const picker = document.getElementById('picker');
    let pickedRow = null;
    let picked = null;
    if (picker) {
        const name = picker.querySelector('#picker-name');
        const minutesBox = picker.querySelector('[data-picker-minutes]');
        const minutes = picker.querySelector('#picker-min');
        const note = picker.querySelector('#picker-note');
        const buttons = Array.from(picker.querySelectorAll('.pk'));
        const choose = (status) => {
            picked = status;
            buttons.forEach((b) => b.setAttribute('aria-pressed', String(b.dataset.s === status.name)));
            minutesBox.hidden = !status.minutes;
            minutes.required = status.minutes;
            minutes.classList.remove('is-invalid');
        };
        const apply = () => {
            setRow(pickedRow, { status: picked.name, minutes: picked.minutes ? Number(minutes.value) : null,
                note: note.value.trim() || null });
            showCounts();
            showPending(false);
            persistSoon();
            picker.close();
            const st = parts(pickedRow).st;
            st.focus({ preventScroll: true });
        };
        const open = (li) => {
            pickedRow = li;
            const v = valueOf(li);
            name.textContent = li.querySelector('.nm').textContent;
            choose(statusOf(v.status) || statuses.PRESENT || statuses.H);
            minutes.value = v.minutes != null ? v.minutes : '';
            note.value = v.note || '';
            picker.showModal();
            const pressed = picker.querySelector('.pk[aria-pressed="true"]');
            if (pressed) {
                pressed.focus();
            }
        };
        buttons.forEach((button) => button.addEventListener('click', () => {
            choose(statusOf(button.dataset.s));
            if (picked.minutes) {
                minutes.focus();
            }
            else {
                apply();
            }
        }));
        picker.querySelector('form').addEventListener('submit', (event) => {
            event.preventDefault();
            const value = Number(minutes.value);
            if (picked.minutes && !(Number.isInteger(value) && value >= 1 && value <= 480)) {
                minutes.classList.add('is-invalid');
                minutes.focus();
                return;
            }
            apply();
        });
        picker.querySelector('[data-picker-cancel]').addEventListener('click', () => picker.close());
        form.addEventListener('click', (event) => {
            const li = event.target.closest('li.r');
            if (!li || !editable) {
                return;
            }
            event.preventDefault();
            open(li);
        });
        form.addEventListener('keydown', (event) => {
            if (event.target.classList && event.target.classList.contains('st')
                && (event.key === 'Enter' || event.key === ' ')) {
                event.preventDefault();
                open(event.target.closest('li.r'));
            }
        });
    }

    // --- sending -----------------------------------------------------------------------------------------
    const csrf = () => {
        const token = document.querySelector('meta[name="_csrf"]');
        const header = document.querySelector('meta[name="_csrf_header"]');
        return token && header ? { [header.content]: token.content } : {};
    };
    const uuid = () => {
        if (window.crypto && crypto.randomUUID) {
            return crypto.randomUUID();
        }
        const bytes = crypto.getRandomValues(new Uint8Array(16));
        bytes[6] = (bytes[6] & 0x0f) | 0x40;
        bytes[8] = (bytes[8] & 0x3f) | 0x80;
        const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
        return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
            + hex.slice(20);
    };

    let sending = false;
    let retryTimer = null;
    let awaitingLogin = false;
    let reloadAfterSave = false;

    const busy = (on) => {
        if (submitButton) {
            submitButton.disabled = on;
            if (on) {
                submitButton.dataset.label = submitButton.dataset.label || submitButton.textContent;
                submitButton.textContent = text.sending;
            }
            else if (submitButton.dataset.label) {
                submitButton.textContent = submitButton.dataset.label;
            }
        }
    };

    const requestSend = () => {
        if (submission) {
            requested = true;
        }
        else {
            submission = { key: uuid(), version: Number(versionInput.value), reason: reasonInput ? reasonInput.value : null,
                lines: Array.from(pending, ([nip, mark]) => ({ nip, status: mark.status, minutes: mark.minutes,
                    note: mark.note, shown: mark.shown })) };
        }
        persist().then(send);
    };

    const scheduleRetry = () => {
        clearTimeout(retryTimer);
        retryTimer = setTimeout(send, 15000);
    };

    const send = async () => {
        if (sending || !submission) {
            return;
        }
        if (navigator.onLine === false) {
            showPending(true);
            scheduleRetry();
            return;
        }
        sending = true;
        busy(true);
        let response;
        try {
            response = await fetch(form.action, { method: 'POST', credentials: 'same-origin', redirect: 'manual',
                headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...csrf() },
                body: JSON.stringify(submission) });
        }
        catch (error) {
            sending = false;
            busy(false);
            showPending(true);
            scheduleRetry();
            return;
        }
        sending = false;
        busy(false);
        await answered(response);
    };

    const json = async (response) => {
        const type = response.headers.get('Content-Type') || '';
        return type.includes('json') ? response.json().catch(() => null) : null;
    };

    const answered = async (response) => {
        const body = await json(response);
        if (response.ok && body) {
            return saved(body);
        }
        if (response.status === 409 && body) {
            return conflicted(body);
        }
        if (response.status === 422 && body) {
            submission = null;
            requested = false;
            await persist();
            return invalid(body);
        }
        if (response.status === 403 && body && body.code && body.code !== 'SESSION') {
            return refused(body);
        }
        if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
            return sessionEnded();
        }
        if (response.status === 413) {
            show('danger', text.tooLarge, true);
        }
        else if (body && body.detail) {
            show('danger', body.detail, true);
        }
        else {
            show('danger', say(text.error, String(response.status)), true);
        }
        showPending(false);
        return undefined;
    };

    const saved = async (body) => {
        const sentLines = new Map(submission.lines.map((line) => [line.nip, line]));
        (body.lines || []).forEach((line) => {
            const li = document.getElementById('e-' + line.nip);
            if (!li) {
                return;
            }
            const p = parts(li);
            p.o.value = line.shown;
            const mark = pending.get(line.nip);
            const sent = sentLines.get(line.nip);
            if (mark && sent && mark.status === sent.status && mark.minutes === sent.minutes && mark.note === sent.note) {
                setRow(li, parseShown(line.shown), true);
            }
            else if (mark) {
                mark.shown = line.shown;
            }
        });
        versionInput.value = body.version;
        submission = null;
        awaitingLogin = false;
        conflictsBox.hidden = true;
        if (submitButton) {
            submitButton.dataset.label = submitButton.dataset.changeLabel || submitButton.dataset.label;
        }
        showCounts();
        await persist();
        showPending(false);
        show('success', body.message, false);
        if (requested) {
            requested = false;
            if (pending.size > 0) {
                requestSend();
                return;
            }
        }
        if (reloadAfterSave && pending.size === 0) {
            // After a conflict the rest of the page may be another person's older view: show SiApel's.
            window.location.reload();
        }
    };

    const conflicted = async (body) => {
        submission = null;
        versionInput.value = body.version;
        reloadAfterSave = true;
        const conflicts = [];
        (body.lines || []).forEach((line) => {
            const li = document.getElementById('e-' + line.nip);
            const mark = pending.get(line.nip);
            if (!li || !mark) {
                return;
            }
            parts(li).o.value = line.theirs;
            if (valueString(mark) === line.theirs) {
                setRow(li, parseShown(line.theirs), true);
            }
            else if (line.conflict) {
                conflicts.push({ li, nip: line.nip, name: line.name, mine: { ...mark }, theirs: line.theirs });
            }
            else {
                mark.shown = line.theirs;
            }
        });
        await persist();
        showPending(false);
        show('warning', body.message, conflicts.length === 0);
        if (conflicts.length === 0) {
            requestSend();
            return;
        }
        const list = element('ul', { class: 'list-unstyled mb-2' });
        conflicts.forEach((conflict) => {
            const keep = element('button', { type: 'button', class: 'btn btn-sm btn-outline-primary' }, text.conflictKeep);
            const take = element('button', { type: 'button', class: 'btn btn-sm btn-outline-secondary' }, text.conflictTake);
            const item = element('li', { class: 'mb-2', 'data-conflict': conflict.nip },
                element('b', {}, conflict.name), element('br'),
                element('span', {}, say(text.conflictMine, describe(conflict.mine))), ' · ',
                element('span', {}, say(text.conflictTheirs, describe(parseShown(conflict.theirs)))), element('br'),
                keep, ' ', take);
            keep.addEventListener('click', () => {
                setRow(conflict.li, conflict.mine);
                item.remove();
                settle();
            });
            take.addEventListener('click', () => {
                setRow(conflict.li, parseShown(conflict.theirs), true);
                item.remove();
                settle();
            });
            list.append(item);
        });
        const resend = element('button', { type: 'button', class: 'btn btn-primary', disabled: '' }, text.conflictResend);
        resend.addEventListener('click', () => {
            conflictsBox.hidden = true;
            requestSend();
        });
        const settle = () => {
            showCounts();
            showPending(false);
            persistSoon();
            resend.disabled = list.children.length > 0;
        };
        conflictsBox.replaceChildren(element('p', { class: 'mb-2' }, text.conflictIntro), list, resend);
        conflictsBox.hidden = false;
        conflictsBox.focus();
    };

    const invalid = (body) => {
        const items = (body.errors || []).map((error) => {
            const li = error.nip ? document.getElementById('e-' + error.nip) : null;
            if (li) {
                li.classList.add('bad');
                li.title = error.message;
                li.hidden = false;
                return element('li', {}, element('a', { href: '#e-' + error.nip, class: 'alert-link' }, error.message));
            }
            return element('li', {}, error.message);
        });
        show('danger', [element('ul', { class: 'mb-0' }, ...items)], true);
        showPending(false);
    };

    const refused = async (body) => {
        submission = null;
        requested = false;
        await persist();
        if (body.code !== 'WINDOW_CLOSED') {
            show('danger', body.detail, true);
            return;
        }
        const items = Array.from(pending, ([nip, mark]) => {
            const li = document.getElementById('e-' + nip);
            return element('li', {}, (li ? li.querySelector('.nm').textContent : nip) + ': ' + describe(mark));
        });
        const discard = element('button', { type: 'button', class: 'btn btn-sm btn-outline-danger' }, text.discard);
        discard.addEventListener('click', () => {
            Array.from(pending.keys()).forEach((nip) => {
                const li = document.getElementById('e-' + nip);
                if (li) {
                    setRow(li, parseShown(parts(li).o.value));
                }
            });
            pending.clear();
            showCounts();
            showPending(false);
            persist();
            message.hidden = true;
        });
        show('warning', [element('p', { class: 'mb-1' }, body.detail), element('p', { class: 'mb-1' }, text.closedUnsent),
            element('ul', {}, ...items), discard], true);
    };

    const sessionEnded = () => {
        awaitingLogin = true;
        const login = element('a', { href: window.location.href, target: '_blank', rel: 'noopener',
            class: 'btn btn-primary btn-sm ms-2', 'data-testid': 'login-again' }, text.login);
        show('warning', [element('span', {}, text.session), login], true);
        showPending(false);
    };

    // After logging in again (in another tab), this page needs the new session's CSRF token (app.js).
    const resumeAfterLogin = async () => {
        if (!awaitingLogin || document.visibilityState !== 'visible' || !window.SiApel) {
            return;
        }
        try {
            if (await window.SiApel.refreshCsrf()) {
                awaitingLogin = false;
                message.hidden = true;
                send();
            }
        }
        catch (error) {
            // Still no network or still logged out: the next return to this page tries again.
        }
    };

    // A sheet opened before the service worker took control is not in its copy yet: keep it now, so that
    // it opens again without signal.
    const keepForOffline = () => {
        if (!editable || !('serviceWorker' in navigator) || !window.caches || navigator.serviceWorker.controller) {
            return;
        }
        navigator.serviceWorker.ready
            .then(() => caches.open('siapel-sheets'))
            .then((cache) => cache.add(window.location.href))
            .catch(() => {});
    };

    // --- start -------------------------------------------------------------------------------------------
    const restore = async () => {
        const stored = idb && mayHaveKept() ? await idb.get(storeKey).catch(() => null) : null;
        performance.mark('sheet-restored');
        if (!stored) {
            return;
        }
        submission = stored.submission || null;
        requested = !!stored.requested;
        const conflicts = [];
        Object.entries(stored.marks || {}).forEach(([nip, mark]) => {
            const li = document.getElementById('e-' + nip);
            if (!li) {
                return;
            }
            const current = parts(li).o.value;
            if (mark.shown === current) {
                setRow(li, mark);
            }
            else if (valueString(mark) !== current) {
                // Someone else changed this line since it was marked here: keep both, let the head choose.
                conflicts.push({ nip, name: li.querySelector('.nm').textContent, theirs: current });
                pending.set(nip, mark);
            }
        });
        if (conflicts.length > 0 && !submission) {
            await conflicted({ version: Number(versionInput.value), message: text.conflictIntro,
                lines: conflicts.map((c) => ({ ...c, conflict: true })) });
        }
        else if (pending.size > 0 && !submission) {
            show('info', text.unsaved, false);
        }
    };

    if (editable) {
        form.classList.add('js');
        form.querySelectorAll('[data-js-only]').forEach((node) => {
            node.hidden = false;
        });
        // The code box opens the picker instead of a keyboard: taps reach the row (CSS), and a box
        // reached with the Tab key becomes read-only when it gets the focus.
        form.addEventListener('focusin', (event) => {
            if (event.target.classList && event.target.classList.contains('st')) {
                event.target.readOnly = true;
            }
        });
        if (submitButton) {
            submitButton.dataset.changeLabel = submitButton.dataset.changeLabel || submitButton.textContent;
        }
        form.addEventListener('submit', (event) => {
            event.preventDefault();
            requestSend();
        });
        window.addEventListener('online', send);
        window.addEventListener('offline', () => showPending(true));
        document.addEventListener('visibilitychange', resumeAfterLogin);
        window.addEventListener('focus', resumeAfterLogin);
    }
    else {
        form.querySelectorAll('[data-js-only]').forEach((node) => {
            node.hidden = false;
        });
    }
    if (editable) {
        countFromPage();
    }
    (editable ? restore() : Promise.resolve()).then(() => {
        if (editable) {
            showCounts();
        }
        showPending(navigator.onLine === false);
        form.dataset.ready = 'true';
        performance.mark('sheet-ready');
        keepForOffline();
        if (submission) {
            send();
        }
    });
})();
