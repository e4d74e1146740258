// The case page's workbench: choose a result and the document pane scrolls to its evidence;
// zoom and pan the pages; keys for the reviewer's every step. Without this file the page still
// works: evidence links jump to their page and every form posts as it is.
"use strict";

(function () {
  const pages = document.getElementById("pages");
  const results = Array.from(document.querySelectorAll("article.result"));
  const zoomOutput = document.getElementById("zoom-level");
  const ZOOMS = [1, 1.25, 1.5, 2, 3];
  const ZOOM_KEY = "markerflow-zoom";
  let zoomIndex = 0;
  let current = null;
  let engaged = false; // whether the reviewer has taken up a result (focus, a key, a click)
  let drag = null;

  function highlightsOf(article) {
    if (!pages || !article) return [];
    return Array.from(pages.querySelectorAll("rect.highlight")).filter(
      (rect) => rect.dataset.result === article.id
    );
  }

  function pageTarget(article, pageAnchor) {
    const rects = highlightsOf(article);
    if (pageAnchor) {
      const onPage = rects.find((rect) => rect.closest("figure").id === pageAnchor);
      return onPage || document.getElementById(pageAnchor);
    }
    if (rects.length) return rects[0];
    const first = article.dataset.firstPage;
    return first ? document.getElementById(first) : null;
  }

  // Scroll the document pane (and only it) so the evidence sits in its upper third.
  function showEvidence(article, pageAnchor) {
    const target = article && pageTarget(article, pageAnchor);
    if (!pages || !target) return;
    const box = target.getBoundingClientRect();
    const pane = pages.getBoundingClientRect();
    const isWord = target instanceof SVGElement;
    const top = pages.scrollTop + box.top - pane.top - (isWord ? pane.height / 3 : 8);
    const left = pages.scrollLeft + box.left - pane.left - (isWord ? pane.width / 4 : 0);
    pages.scrollTo({ top: Math.max(0, top), left: Math.max(0, left) });
  }

  function choose(article, options) {
    if (!article) return;
    const settings = Object.assign({ focus: false, scroll: true, page: null }, options);
    if (current) current.classList.remove("active");
    if (pages) {
      pages.querySelectorAll("rect.highlight.active").forEach((rect) => {
        rect.classList.remove("active");
      });
    }
    current = article;
    engaged = engaged || settings.focus;
    article.classList.add("active");
    highlightsOf(article).forEach((rect) => rect.classList.add("active"));
    if (settings.focus) article.focus();
    if (settings.scroll) showEvidence(article, settings.page);
  }

  function move(step) {
    if (!results.length) return;
    if (current && !engaged) {
      // The first key takes up the result shown on arrival before moving past it.
      choose(current, { focus: true });
      return;
    }
    const at = results.indexOf(current);
    const next = at < 0 ? 0 : Math.min(results.length - 1, Math.max(0, at + step));
    choose(results[next], { focus: true });
  }

  // A decision key first takes up the result shown on arrival (as j does) and decides nothing:
  // the reviewer decides only on a result they have chosen.
  function takenUp() {
    if (current && engaged) return current;
    move(1);
    return null;
  }

  function openForm(kind) {
    const result = takenUp();
    const details = result && result.querySelector("details." + kind);
    if (!details) return;
    details.open = true;
    const field = details.querySelector("select, textarea, input:not([type=hidden])");
    if (field) field.focus();
  }

  function confirmCurrent() {
    const result = takenUp();
    const form = result && result.querySelector("form.confirm-form");
    if (form) form.requestSubmit();
  }

  function setZoom(index) {
    if (!pages) return;
    zoomIndex = Math.min(ZOOMS.length - 1, Math.max(0, index));
    pages.style.setProperty("--zoom", String(ZOOMS[zoomIndex]));
    if (zoomOutput) {
      zoomOutput.textContent = zoomIndex === 0 ? "fit" : Math.round(ZOOMS[zoomIndex] * 100) + "%";
    }
    try {
      sessionStorage.setItem(ZOOM_KEY, String(zoomIndex));
    } catch (error) {
      // Storage may be off; the zoom then lasts for this page only.
    }
    if (current) showEvidence(current, null);
  }

  function focusSignOff() {
    const button = document.querySelector("#sign-off button[type=submit]");
    if (button) button.focus();
  }

  function nextCase() {
    const link = document.getElementById("next-case");
    if (link) window.location.assign(link.href);
  }

  function toggleKeys() {
    const keys = document.getElementById("keys");
    if (keys) keys.open = !keys.open;
  }

  const KEYS = {
    j: () => move(1),
    k: () => move(-1),
    c: confirmCurrent,
    e: () => openForm("correct"),
    r: () => openForm("reject"),
    s: focusSignOff,
    n: nextCase,
    "+": () => setZoom(zoomIndex + 1),
    "=": () => setZoom(zoomIndex + 1),
    "-": () => setZoom(zoomIndex - 1),
    0: () => setZoom(0),
    "?": toggleKeys,
  };

  function isTyping(element) {
    return Boolean(element && element.matches("input, select, textarea"));
  }

  function onTypingKey(event, element) {
    if (event.key === "Escape") {
      const details = element.closest("details");
      if (!details) return;
      event.preventDefault();
      details.open = false;
      (details.closest("article.result") || details.querySelector("summary")).focus();
    } else if (event.key === "Enter" && event.ctrlKey && element.form) {
      event.preventDefault();
      element.form.requestSubmit();
    }
  }

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.altKey || event.metaKey) return;
    const element = document.activeElement;
    if (isTyping(element)) {
      onTypingKey(event, element);
      return;
    }
    if (event.ctrlKey) return;
    const action = KEYS[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });

  results.forEach((article) => {
    article.addEventListener("focusin", () => {
      engaged = true;
      if (current !== article) choose(article, {});
    });
    article.addEventListener("click", (event) => {
      const link = event.target.closest("a.to-page");
      if (link) {
        event.preventDefault();
        choose(article, { page: link.getAttribute("href").slice(1) });
      } else if (current !== article && !event.target.closest("button, summary, form")) {
        choose(article, {});
      }
    });
  });

  document.querySelectorAll("[data-zoom]").forEach((button) => {
    button.addEventListener("click", () => {
      const how = button.dataset.zoom;
      setZoom(how === "fit" ? 0 : zoomIndex + (how === "in" ? 1 : -1));
    });
  });

  if (pages) {
    pages.addEventListener("click", (event) => {
      const rect = event.target.closest("rect.highlight");
      const article = rect && document.getElementById(rect.dataset.result);
      if (article) choose(article, { focus: true, scroll: false });
    });
    pages.addEventListener("dragstart", (event) => event.preventDefault());
    pages.addEventListener("pointerdown", (event) => {
      if (event.button !== 0 || event.target.closest("a, button, rect.highlight")) return;
      drag = { x: event.clientX, y: event.clientY, left: pages.scrollLeft, top: pages.scrollTop };
      pages.setPointerCapture(event.pointerId);
      pages.classList.add("dragging");
    });
    pages.addEventListener("pointermove", (event) => {
      if (!drag) return;
      pages.scrollLeft = drag.left - (event.clientX - drag.x);
      pages.scrollTop = drag.top - (event.clientY - drag.y);
    });
    const stop = () => {
      drag = null;
      pages.classList.remove("dragging");
    };
    pages.addEventListener("pointerup", stop);
    pages.addEventListener("pointercancel", stop);
  }

  let saved = 0;
  try {
    saved = Number(sessionStorage.getItem(ZOOM_KEY) || 0);
  } catch (error) {
    saved = 0;
  }
  if (saved > 0) setZoom(saved);

  const wanted = window.location.hash.slice(1);
  const chosen = results.find((article) => article.id === wanted);
  const nextAfterSignOff = document.querySelector(".signed") && document.getElementById("next-case");
  if (chosen) {
    choose(chosen, { focus: true });
  } else if (nextAfterSignOff) {
    choose(results[0], {});
    nextAfterSignOff.focus();
  } else {
    choose(results.find((article) => !article.classList.contains("decided")) || results[0], {});
  }
  document.documentElement.dataset.workbench = "ready";
})();
