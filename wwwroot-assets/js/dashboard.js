// Small browser helpers for the dashboard (loaded as an ES module by Blazor components).

export function rememberTheme(theme) {
    document.cookie = "theme=" + (theme === "dark" ? "dark" : "light") + "; path=/; max-age=31536000; samesite=lax";
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
