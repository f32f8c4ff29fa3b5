// The HTML legend under each chart (charts.js draws the plots): one listener per page for every chart's legend.

// The legend is HTML under the plot, written by the server (StaticChart.LegendHtml): plotly's own legend measured
// every entry on each redraw. A click hides or shows a trace, a double-click shows that trace alone (or all again), as
// on plotly's legend; what is hidden is kept by trace name across redraws.
export function legend(gd, spec) {
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
