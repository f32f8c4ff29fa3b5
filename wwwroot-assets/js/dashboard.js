// Small browser helpers for the dashboard (loaded as an ES module by Blazor components).

// Remembers the theme and switches MudBlazor's theme CSS to it: the page carries both themes' style elements
// (App.razor), the current one in #mud-theme and each in a template.
export function rememberTheme(theme) {
    const name = theme === "dark" ? "dark" : "light";
    document.cookie = "theme=" + name + "; path=/; max-age=31536000; samesite=lax";
    const shown = document.getElementById("mud-theme");
    const source = document.getElementById("mud-theme-" + name);
    if (shown && source && shown.dataset.theme !== name) {
        shown.replaceChildren(source.content.cloneNode(true));
        shown.dataset.theme = name;
    }
}

export async function copyText(text) {
    try {
        await navigator.clipboard.writeText(text);
        return true;
    } catch {
        return false;
    }
}

export async function createShortLink(path) {
    const response = await fetch("/api/short-links", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ path: path })
    });
    if (response.status === 429) {
        return { ok: false, message: "Too many short links from this browser; wait a minute and try again." };
    }
    if (!response.ok) {
        return { ok: false, message: "The short link could not be created (HTTP " + response.status + ")." };
    }
    const body = await response.json();
    return { ok: true, message: new URL(body.url, window.location.origin).href };
}

export function origin() {
    return window.location.origin;
}

// Tells the layout (MainLayout.OnWideChanged) whenever the window crosses `px` (MudBlazor's md breakpoint: the drawer
// sits beside the page from there, over it below); returns whether it is that wide now. One layout per page: a new
// watch replaces the previous one.
let wideWatch = null;

export function watchWide(layout, px) {
    unwatchWide();
    const query = window.matchMedia("(min-width: " + px + "px)");
    const changed = e => layout.invokeMethodAsync("OnWideChanged", e.matches).catch(() => { });
    query.addEventListener("change", changed);
    wideWatch = { query, changed };
    return query.matches;
}

export function unwatchWide() {
    if (wideWatch) {
        wideWatch.query.removeEventListener("change", wideWatch.changed);
        wideWatch = null;
    }
}

// Whole-number fields (PlainControls.NumberField, role "spinbutton") keep their keys in the browser: ArrowUp and
// ArrowDown step the value and commit it as a change, and a committed text is set right before Blazor reads it (this
// listener runs in the capture phase, ahead of Blazor's): not a whole number → the field's value again, out of range →
// the nearest bound. Blazor's server-side check stays (PlainControls clamps too).
function spinValue(input, text) {
    const now = Number(input.getAttribute("aria-valuenow"));
    const min = Number(input.getAttribute("aria-valuemin"));
    const max = Number(input.getAttribute("aria-valuemax"));
    const v = /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : now;
    return String(Math.min(max, Math.max(min, v)));
}

if (typeof document !== "undefined") {
    document.addEventListener("keydown", e => {
        const input = e.target;
        if ((e.key === "ArrowUp" || e.key === "ArrowDown") && input.matches?.("input[role=spinbutton]")) {
            e.preventDefault();
            input.value = spinValue(input, String(Number(spinValue(input, input.value)) + (e.key === "ArrowUp" ? 1 : -1)));
            input.dispatchEvent(new Event("change", { bubbles: true }));
        }
    }, true);
    document.addEventListener("change", e => {
        const input = e.target;
        if (input.matches?.("input[role=spinbutton]")) {
            input.value = spinValue(input, input.value);
        }
    }, true);
}
