// Draws the dashboard's charts with plotly.js (loaded once per page from the Plotly.Blazor package's static files).
// A chart arrives as a JSON spec (styles, layout) and one Uint8Array of little-endian doubles (every number);
// redraws update the same plot in place with Plotly.react.

const bundles = {
    basic: "_content/Plotly.Blazor/plotly-basic-3.7.0.min.js",
    full: "_content/Plotly.Blazor/plotly-3.7.0.min.js",
};
let loading = null;
let loadedFull = false;

function loadScript(url) {
    return new Promise((resolve, reject) => {
        const script = document.createElement("script");
        script.src = url;
        script.async = true;
        // plotly.js is UMD: with an AMD loader on the page it would not set window.Plotly.
        const define = window.define;
        window.define = undefined;
        script.onload = () => { window.define = define; resolve(); };
        script.onerror = () => { window.define = define; reject(new Error("could not load " + url)); };
        document.head.appendChild(script);
    });
}

let settled = false;

function plotly(full) {
    const before = loading;
    if (!loading) {
        // The page preloads the basic bundle (a link in its head), so this runs it from the cache.
        loading = window.Plotly ? Promise.resolve() : loadScript(bundles.basic);
    }
    if (full && !loadedFull) {
        loadedFull = true;
        loading = loading.then(() => loadScript(bundles.full));
    }
    if (loading !== before) {
        settled = false;
        const mine = loading;
        mine.then(() => { settled = loading === mine; }, () => {});
    }
    return loading.then(() => window.Plotly);
}

// Plotly when the bundle a chart needs is loaded and no other is loading, else null: a redraw then calls Plotly.react
// in the same task as the message that asked for it, not a promise turn later.
function plotlyNow(full) {
    return settled && window.Plotly && (!full || loadedFull) ? window.Plotly : null;
}

const day = 86400000;
// Dates go to plotly as milliseconds since 1970-01-01 in a Float64Array (the x-axis is typed "date"): plotly reads a
// typed array of numbers without parsing a date string per point, which made a redraw 20-65 % slower. NaN (the
// separator of a shaded band's polygons) stays NaN, a gap to plotly as null was.
function msDates(numbers, offset, length) {
    const out = new Float64Array(length);
    for (let i = 0; i < length; i++) {
        out[i] = numbers[offset + i] * day;
    }
    return out;
}

function build(spec, bytes, hidden) {
    // Copy into an 8-byte aligned buffer (the Uint8Array may start at any offset).
    const numbers = new Float64Array(bytes.slice().buffer);
    const xs = spec.x.map(([offset, length]) => msDates(numbers, offset, length));
    const slice = ([offset, length]) => numbers.subarray(offset, offset + length);
    const data = spec.traces.map(t => {
        const trace = Object.assign({}, t);
        trace.x = xs[t.x];
        if (t.showlegend !== false && hidden.has(t.name)) {
            trace.visible = "legendonly";
        }
        for (const key of ["y", "open", "high", "low", "close"]) {
            if (Array.isArray(t[key])) {
                trace[key] = slice(t[key]);
            }
        }
        return trace;
    });
    return data;
}

// One config object for every draw: Plotly.react compares it with the plot's and replots in full on a change.
const config = {
    responsive: true,
    displaylogo: false,
    modeBarButtonsToRemove: ["lasso2d", "select2d", "toImage"],
};

// Each host (the div Blazor renders) holds one plot div that this module creates; the plot is what plotly.js draws
// into, so a plot drawn from the prerendered page can move into the host the live page renders in its place.
function plotOf(host) {
    let gd = host.querySelector(":scope > .chart-plot");
    if (!gd) {
        gd = document.createElement("div");
        gd.className = "chart-plot";
        host.appendChild(gd);
    }
    return gd;
}

// Plots drawn from the prerendered page, by chart name, until the live page adopts them.
const prerendered = new Map();

function sameBytes(a, b) {
    if (a.length !== b.length) {
        return false;
    }
    for (let i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) {
            return false;
        }
    }
    return true;
}

// Draws run one at a time, the topmost pending plot of the page first, so after a range change the chart in view
// redraws before the ones below it, also when the previous change's draws are still pending; a draw superseded by a
// newer one for the same plot before it started is dropped (its promise answers false). Plots out of view wait until
// the page has been quiet for a moment or is scrolled.
const pending = new Map();
let running = false;

// Set while the queue waits with only charts out of view left; a new draw in view (or a scroll) ends the wait.
let wake = null;
// True once the page has been quiet: the plots out of view then draw one after another.
let idle = false;

function enqueue(gd, work) {
    return new Promise((resolve, reject) => {
        const previous = pending.get(gd);
        if (previous) {
            previous.resolve(false);
        }
        pending.set(gd, { work, resolve, reject });
        if (inView(gd)) {
            // A new draw in view (a range change): plots out of view wait for the next quiet moment again.
            idle = false;
            if (wake) {
                wake();
            }
        }
        if (!running) {
            run();
        }
    });
}

// In the viewport (or within 100 px of it) and shown.
function inView(gd) {
    if (!gd.isConnected) {
        return false;
    }
    const r = gd.getBoundingClientRect();
    return r.width > 0 && r.bottom > -100 && r.top < window.innerHeight + 100;
}

function topmost(visibleOnly) {
    let best = null;
    for (const gd of pending.keys()) {
        if (visibleOnly && !inView(gd)) {
            continue;
        }
        if (!best || (gd.isConnected && (!best.isConnected || (best.compareDocumentPosition(gd) & Node.DOCUMENT_POSITION_PRECEDING)))) {
            best = gd;
        }
    }
    return best;
}

// Charts out of view draw once the page has been quiet for this long (or when scrolled to), so a quick next range
// change redraws the chart in view without waiting for a draw below the fold that has already started.
const quietBeforeOutOfView = 250;

function quiet() {
    return new Promise(resolve => {
        const done = () => {
            clearTimeout(timer);
            window.removeEventListener("scroll", done);
            wake = null;
            resolve();
        };
        const timer = setTimeout(() => { idle = true; done(); }, quietBeforeOutOfView);
        window.addEventListener("scroll", done, { passive: true });
        wake = done;
    });
}

// After the next paint: used between draws, and before the prerendered first chart's plotly draw, so the first paint
// shows the server-drawn chart before plotly.js takes the main thread.
const afterPaint = () => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 0)));

// False from the end of a draw until the browser has painted after it: a draw that arrives in between (the next
// chart's message, often right behind the first's) waits for that paint, so the chart just drawn shows first.
let painted = true;

async function run() {
    running = true;
    while (pending.size > 0) {
        if (!painted) {
            await afterPaint();
        }
        let gd = topmost(true);
        if (!gd) {
            if (!idle) {
                await quiet();
            }
            gd = topmost(true) || topmost(false);
        }
        const job = pending.get(gd);
        pending.delete(gd);
        try {
            job.resolve(await job.work());
        } catch (e) {
            job.reject(e);
        }
        painted = false;
        afterPaint().then(() => { painted = true; });
    }
    running = false;
}

// The legend is HTML under the plot, written by the server (StaticChart.LegendHtml): plotly's own legend measured
// every entry on each redraw. A click hides or shows a trace, a double-click shows that trace alone (or all again), as
// on plotly's legend; what is hidden is kept by trace name across redraws.
function legend(gd, spec) {
    const html = spec.legend || "";
    if (gd._legendHtml !== html) {
        gd._legendHtml = html;
        gd._legend?.remove();
        gd._legend = null;
        if (html) {
            const t = document.createElement("template");
            t.innerHTML = html;
            gd._legend = t.content.firstElementChild;
            gd._legend._plot = gd;
            gd.after(gd._legend);
        }
    }
    gd._legend?.querySelectorAll("button[data-trace]").forEach(b => {
        b.setAttribute("aria-pressed", String(!gd._hidden.has(spec.traces[Number(b.dataset.trace)]?.name)));
    });
}

// One listener per page for every chart's legend (a plot moves between hosts when the live page adopts it).
function onLegend(e, change) {
    const b = e.target.closest?.(".chart-legend button[data-trace]");
    const gd = b?.closest(".chart-legend")._plot;
    if (!gd || !gd._spec || !window.Plotly) {
        return;
    }
    const traces = gd._spec.traces;
    change(gd, traces[Number(b.dataset.trace)].name, traces.filter(t => t.showlegend !== false).map(t => t.name));
    window.Plotly.restyle(gd, { visible: traces.map(t => t.showlegend !== false && gd._hidden.has(t.name) ? "legendonly" : true) });
    legend(gd, gd._spec);
}

if (typeof document !== "undefined") {
    document.addEventListener("click", e => onLegend(e, (gd, name) => {
        gd._hidden.has(name) ? gd._hidden.delete(name) : gd._hidden.add(name);
    }));
    document.addEventListener("dblclick", e => onLegend(e, (gd, name, names) => {
        // The two clicks before a double-click toggled the trace and toggled it back.
        const alone = names.every(n => n === name || gd._hidden.has(n));
        gd._hidden = new Set(alone ? [] : names.filter(n => n !== name));
    }));
}

async function plot(gd, json, bytes, full) {
    const spec = JSON.parse(json);
    const Plotly = plotlyNow(full) || await plotly(full);
    gd._spec = spec;
    gd._drawnFrom = { json, bytes };
    gd._hidden ??= new Set();
    // Before the plot: plotly sizes the plot to what the host leaves it under the legend.
    legend(gd, spec);
    await Plotly.react(gd, build(spec, bytes, gd._hidden), spec.layout, config);
    gd.dataset.drawn = String((Number(gd.dataset.drawn) || 0) + 1);
    // The server-drawn first paint (ADR 0016) has done its part once plotly has drawn.
    gd.parentElement?.querySelector(":scope > .chart-static")?.remove();
}

// The prerendered page carries its first chart (spec and base64url numbers on the host), so it draws while the circuit
// starts; the live page's first render then finds it already drawn.
function adopt(host) {
    const name = host.dataset.chartHost;
    const entry = name && prerendered.get(name);
    if (entry && !host.querySelector(":scope > .chart-plot")) {
        prerendered.delete(name);
        // The server-drawn picture stays in view until plotly has drawn (it may not have yet).
        if (entry.still && !entry.gd.dataset.drawn) {
            host.appendChild(entry.still);
        }
        host.appendChild(entry.gd);
        if (entry.gd._legend) {
            entry.gd.after(entry.gd._legend);
        }
    }
}

// The prerendered numbers are base64url without padding (nothing in them needs HTML escaping).
function fromBase64Url(text) {
    return Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), c => c.charCodeAt(0));
}

function drawPrerendered() {
    for (const host of document.querySelectorAll("[data-prerender-spec]")) {
        const json = host.dataset.prerenderSpec;
        const payload = host.dataset.prerenderPayload;
        const gd = plotOf(host);
        prerendered.set(host.dataset.chartHost, { gd, still: host.querySelector(":scope > .chart-static") });
        const full = host.dataset.prerenderFull === "true";
        enqueue(gd, () => afterPaint().then(() => plot(gd, json, fromBase64Url(payload), full)));
    }
    const watch = new MutationObserver(records => {
        if (prerendered.size === 0) {
            watch.disconnect();
            return;
        }
        for (const r of records) {
            for (const node of r.addedNodes) {
                if (node.nodeType === 1) {
                    if (node.dataset.chartHost) {
                        adopt(node);
                    }
                    node.querySelectorAll("[data-chart-host]").forEach(adopt);
                }
            }
        }
    });
    watch.observe(document.body, { childList: true, subtree: true });
}

if (typeof document !== "undefined" && document.querySelector("[data-prerender-spec]")) {
    drawPrerendered();
}

export async function draw(element, json, bytes, full, dotnet) {
    // The live page has taken over this chart (tests and the bench wait for it before they use the controls).
    element.dataset.live = "true";
    adopt(element);
    const gd = plotOf(element);
    const drawn = await enqueue(gd, async () => {
        if (!element.isConnected) {
            return false;
        }
        const from = gd._drawnFrom;
        if (!(from && from.json === json && sameBytes(from.bytes, bytes))) {
            await plot(gd, json, bytes, full);
        }
        return true;
    });
    if (drawn && dotnet && !gd._zoomHooked) {
        gd._zoomHooked = true;
        gd.on("plotly_relayout", e => {
            const a = e["xaxis.range[0]"], b = e["xaxis.range[1]"];
            if (a !== undefined && b !== undefined) {
                dotnet.invokeMethodAsync("OnZoomed", String(a), String(b));
            }
        });
    }
    return drawn;
}

// The PNG carries the title, the basis note and the legend, which the page shows in HTML around the chart.
export async function downloadPng(host, fileName) {
    const element = host.querySelector(":scope > .chart-plot");
    if (!window.Plotly || !element || !element.data) {
        return false;
    }
    const spec = element._spec || {};
    const layout = Object.assign({}, element.layout, {
        title: { text: (spec.title || "") + (spec.subtitle ? "<br><sub>" + spec.subtitle + "</sub>" : ""), x: 0.02, xanchor: "left" },
        // The page's legend is HTML; the picture gets plotly's, under the plot.
        showlegend: true,
        legend: { orientation: "h", y: -0.08, yanchor: "top" },
        margin: Object.assign({}, element.layout.margin, { t: 70 }),
        width: 1200,
        height: Math.max(560, (element.layout.height || 400) + 120),
    });
    const url = await window.Plotly.toImage({ data: element.data, layout: layout }, { format: "png", width: 1200, height: layout.height, scale: 1 });
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName + ".png";
    document.body.appendChild(a);
    a.click();
    a.remove();
    return true;
}

export function purge(host) {
    const element = host && host.querySelector(":scope > .chart-plot");
    if (window.Plotly && element) {
        window.Plotly.purge(element);
    }
}
