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

function plotly(full) {
    if (full && !loadedFull) {
        loadedFull = true;
        loading = (loading || Promise.resolve()).then(() => loadScript(bundles.full));
    } else if (!loading) {
        loading = loadScript(bundles.basic);
    }
    return loading.then(() => window.Plotly);
}

const day = 86400000;
function isoDates(numbers, offset, length) {
    const out = new Array(length);
    for (let i = 0; i < length; i++) {
        out[i] = new Date(numbers[offset + i] * day).toISOString().slice(0, 10);
    }
    return out;
}

function build(spec, bytes) {
    // Copy into an 8-byte aligned buffer (the Uint8Array may start at any offset).
    const numbers = new Float64Array(bytes.slice().buffer);
    const xs = spec.x.map(([offset, length]) => isoDates(numbers, offset, length));
    const slice = ([offset, length]) => numbers.subarray(offset, offset + length);
    const data = spec.traces.map(t => {
        const trace = Object.assign({}, t);
        trace.x = xs[t.x];
        for (const key of ["y", "open", "high", "low", "close"]) {
            if (Array.isArray(t[key])) {
                trace[key] = slice(t[key]);
            }
        }
        return trace;
    });
    return data;
}

const config = name => ({
    responsive: true,
    displaylogo: false,
    modeBarButtonsToRemove: ["lasso2d", "select2d", "toImage"],
});

export async function draw(element, json, bytes, full, dotnet) {
    const spec = JSON.parse(json);
    const Plotly = await plotly(full);
    if (!element.isConnected) {
        return false;
    }
    element._spec = spec;
    const data = build(spec, bytes);
    await Plotly.react(element, data, spec.layout, config());
    element.dataset.drawn = String((Number(element.dataset.drawn) || 0) + 1);
    if (dotnet && !element._zoomHooked) {
        element._zoomHooked = true;
        element.on("plotly_relayout", e => {
            const a = e["xaxis.range[0]"], b = e["xaxis.range[1]"];
            if (a !== undefined && b !== undefined) {
                dotnet.invokeMethodAsync("OnZoomed", String(a), String(b));
            }
        });
    }
    return true;
}

// The PNG carries the title and the basis note, which the page shows in HTML beside the chart.
export async function downloadPng(element, fileName) {
    if (!window.Plotly || !element.data) {
        return false;
    }
    const spec = element._spec || {};
    const layout = Object.assign({}, element.layout, {
        title: { text: (spec.title || "") + (spec.subtitle ? "<br><sub>" + spec.subtitle + "</sub>" : ""), x: 0.02, xanchor: "left" },
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

export function purge(element) {
    if (window.Plotly && element) {
        window.Plotly.purge(element);
    }
}
