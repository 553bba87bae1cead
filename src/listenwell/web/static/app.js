// listenwell: shared helpers for every page (no framework, no build step).
"use strict";

(function () {
  const token = () => document.querySelector('meta[name="csrf-token"]')?.content || "";

  function tc(seconds) {
    if (seconds === null || seconds === undefined || isNaN(seconds)) return "--:--";
    const total = Math.floor(seconds);
    const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    const mm = String(m).padStart(2, "0"), ss = String(s).padStart(2, "0");
    return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
  }

  let flashTimer = null;
  function flash(message, kind) {
    const box = document.getElementById("flash");
    if (!box) return;
    box.textContent = message;
    box.className = "flash " + (kind || "info");
    box.hidden = false;
    clearTimeout(flashTimer);
    flashTimer = setTimeout(() => { box.hidden = true; }, kind === "error" ? 8000 : 3000);
  }

  // JSON request with the CSRF token; rejects with an Error whose message is the server's.
  async function api(method, url, body) {
    const res = await fetch(url, {
      method,
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": token() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    let data = null;
    try { data = await res.json(); } catch (e) { data = null; }
    if (!res.ok) {
      const err = new Error((data && data.error) || `Request failed (${res.status})`);
      err.status = res.status;
      throw err;
    }
    return data;
  }

  function el(tag, attrs, text) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // An in-page question instead of window.prompt: a text to type, or one of some choices.
  // Resolves with the text (trimmed) or the chosen value, or null when cancelled. The text is
  // required unless `optional`. ask({title, label, value, optional}) or
  // ask({title, label, choices: [{value, label}]})
  function ask(opts) {
    const dlg = document.getElementById("ask");
    if (!dlg || typeof dlg.showModal !== "function") {
      return Promise.resolve(null);
    }
    const text = document.getElementById("ask-text"), choice = document.getElementById("ask-choice");
    document.getElementById("ask-title").textContent = opts.title || "";
    document.querySelector("#ask-label span").textContent = opts.label || "";
    const picking = Array.isArray(opts.choices);
    text.hidden = picking; text.required = !picking && !opts.optional;
    choice.hidden = !picking;
    choice.textContent = "";
    if (picking) {
      for (const c of opts.choices) choice.appendChild(el("option", { value: String(c.value) }, c.label));
    } else {
      text.value = opts.value || "";
    }
    return new Promise((resolve) => {
      dlg.addEventListener("close", () => {
        if (dlg.returnValue !== "ok") return resolve(null);
        resolve(picking ? choice.value : text.value.trim());
      }, { once: true });
      dlg.returnValue = "";
      dlg.showModal();
      (picking ? choice : text).focus();
      if (!picking) text.select();
    });
  }

  window.LW = { api, flash, tc, el, token, ask, readonly: () => document.body.dataset.readonly === "1" };
})();

// Study overview: the coach's summary is slow to compute, so it is fetched after the page.
(function () {
  const box = document.getElementById("coach-summary");
  if (!box) return;
  const pct = (x) => (x === null || x === undefined ? "" : `${Math.round(100 * x)}%`);
  LW.api("GET", box.dataset.src).then((data) => {
    const table = LW.el("table", { class: "coach" });
    const head = LW.el("tr");
    for (const h of ["Interview", "Interviewer talk", "Leading", "Closed", "Interruptions", "Follow-ups", "First advice"]) head.appendChild(LW.el("th", {}, h));
    table.appendChild(LW.el("thead")).appendChild(head);
    const body = table.appendChild(LW.el("tbody"));
    for (const c of data.interviews) {
      const tr = body.appendChild(LW.el("tr"));
      const link = LW.el("a", { href: `/interviews/${c.id}` }, c.title);
      tr.appendChild(LW.el("td")).appendChild(link);
      const talk = LW.el("td", {}, pct(c.talk_share));
      if (c.talk_share > 0.4) talk.className = "bad";
      tr.appendChild(talk);
      for (const v of [c.leading, c.closed, c.interruptions, pct(c.followups), c.summary]) tr.appendChild(LW.el("td", {}, v === null ? "–" : String(v)));
    }
    box.textContent = "";
    box.appendChild(data.interviews.length ? table : LW.el("p", { class: "muted" }, "No interviews to coach yet."));
  }).catch((e) => { box.textContent = ""; box.appendChild(LW.el("p", { class: "muted" }, `Coaching not available: ${e.message}`)); });
})();
