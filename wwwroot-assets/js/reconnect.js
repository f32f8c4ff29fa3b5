// The reconnect UI of the Blazor circuit. "Reload" reloads the CURRENT URL (a link with href="" would resolve
// against <base href="/"> and lose the view). When the server is gone for longer than Blazor's retries ("failed"),
// the page polls /healthz and reloads itself as soon as the server answers; when the server is back but no longer
// knows this circuit (a restart: "rejected" / "resume-failed"), it reloads at once. Loaded as a classic script after
// blazor.web.js (no inline script: the Content-Security-Policy allows only files from this origin).
(function () {
    "use strict";
    const modal = document.getElementById("components-reconnect-modal");
    const reload = () => window.location.reload();
    let poll = null;

    document.addEventListener("click", event => {
        const target = event.target instanceof Element ? event.target.closest("[data-reload]") : null;
        if (target) {
            event.preventDefault();
            reload();
        }
    });

    function stopPolling() {
        if (poll !== null) {
            window.clearInterval(poll);
            poll = null;
        }
    }

    async function serverAnswers() {
        try {
            // Any HTTP answer means the server is up again (a 503 from an unhealthy database still serves the page).
            await fetch(new URL("healthz", document.baseURI), { cache: "no-store" });
            return true;
        } catch {
            return false;
        }
    }

    function reloadWhenServerIsBack() {
        if (poll !== null) {
            return;
        }
        poll = window.setInterval(async () => {
            if (await serverAnswers()) {
                stopPolling();
                reload();
            }
        }, 2000);
    }

    if (!modal) {
        return;
    }

    modal.addEventListener("components-reconnect-state-changed", event => {
        const state = event.detail && event.detail.state;
        if (state === "rejected" || state === "resume-failed") {
            reload();
        } else if (state === "failed") {
            reloadWhenServerIsBack();
        } else if (state === "hide") {
            stopPolling();
        }
    });
})();
