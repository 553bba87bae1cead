// The theme board: drag cards between themes; rename, merge, split, hide. Counts are distinct
// participants, recomputed at once from the cards and then confirmed by the server's answer.
"use strict";

(function () {
  const board = document.getElementById("board");
  if (!board) return;
  const study = board.dataset.study;
  let dragged = null, origin = null, nextSibling = null;

  function columnOf(node) { return node.closest(".column"); }
  function themeId(col) { return col.dataset.theme === "" ? null : parseInt(col.dataset.theme, 10); }

  function recount(col) {
    if (col.dataset.more !== "0") return;  // not every card is on the page: wait for the server
    const cards = col.querySelectorAll(".note-card");
    const voices = new Set();
    cards.forEach((c) => { if (c.dataset.voice) voices.add(c.dataset.voice); });
    setCounts(col, voices.size, cards.length);
  }

  function setCounts(col, participants, cards) {
    col.querySelector(".participants").textContent = String(participants);
    col.querySelector(".unit").textContent = participants === 1 ? "participant" : "participants";
    col.querySelector(".cards-n").textContent = String(cards);
    col.querySelector(".single").hidden = participants !== 1;
  }

  function setSegments(col, segments) {
    let box = col.querySelector(".segments");
    if (!box) {
      box = LW.el("p", { class: "segments" });
      col.querySelector(".counts").after(box);
    }
    box.textContent = "";
    for (const [name, n] of Object.entries(segments)) {
      box.appendChild(LW.el("span", { class: "chip" }, `${name.replace(/_/g, " ")} ${n}`));
      box.appendChild(document.createTextNode(" "));
    }
  }

  function applyServer(data) {
    for (const c of data.columns || []) {
      const col = document.getElementById(c.id === null ? "theme-none" : `theme-${c.id}`);
      if (!col) continue;
      col.dataset.version = String(c.version);
      setCounts(col, c.participants, c.cards.length);
      if (c.title) col.querySelector(".theme-title").textContent = c.title;
      setSegments(col, c.segments || {});
    }
    for (const id of data.removed || []) {
      const col = document.getElementById(`theme-${id}`);
      if (col && !col.querySelector(".note-card")) col.remove();
    }
  }

  function fail(e) {
    LW.flash(e.status === 409 ? `${e.message} Reload the board to see the other change.` : e.message, "error");
  }

  board.addEventListener("dragstart", (ev) => {
    const card = ev.target.closest(".note-card");
    if (!card || LW.readonly()) { if (LW.readonly()) ev.preventDefault(); return; }
    dragged = card; origin = columnOf(card); nextSibling = card.nextSibling;
    ev.dataTransfer.effectAllowed = "move";
    ev.dataTransfer.setData("text/plain", card.dataset.statement);
    card.classList.add("dragging");
  });
  board.addEventListener("dragend", () => {
    if (dragged) dragged.classList.remove("dragging");
    board.querySelectorAll(".drop-target").forEach((c) => c.classList.remove("drop-target"));
  });
  board.addEventListener("dragover", (ev) => {
    const col = ev.target.closest(".column");
    if (!col || !dragged) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = "move";
    board.querySelectorAll(".drop-target").forEach((c) => { if (c !== col) c.classList.remove("drop-target"); });
    col.classList.add("drop-target");
  });
  // Edits go to the server one at a time, each reading the versions the previous answer set
  // when it is sent, so a quick second edit (rename right after a move) never carries a stale
  // version and meets a needless conflict.
  let queue = Promise.resolve();
  function serial(send) {
    const run = queue.then(send);
    queue = run.catch(() => {});
    return run;
  }
  const versionOf = (col) => parseInt(col.dataset.version, 10);

  async function moveCard(card, from, col, back) {
    if (col === from) return;
    col.querySelector(".dropzone").prepend(card);
    recount(col); recount(from);
    try {
      const data = await serial(() => LW.api("POST", `/api/studies/${study}/board/move`, {
        statement_id: parseInt(card.dataset.statement, 10), to_theme: themeId(col),
        expected_version: versionOf(from) || null,
        to_expected_version: themeId(col) === null ? null : versionOf(col),
      }));
      applyServer(data);
      LW.flash(`Moved to “${col.querySelector(".theme-title").textContent}”.`, "ok");
    } catch (e) {
      from.querySelector(".dropzone").insertBefore(card, back && back.parentNode ? back : null);
      recount(col); recount(from);
      fail(e);
    }
  }

  board.addEventListener("drop", (ev) => {
    const col = ev.target.closest(".column");
    if (!col || !dragged) return;
    ev.preventDefault();
    col.classList.remove("drop-target");
    const card = dragged;
    dragged = null;
    card.classList.remove("dragging");
    moveCard(card, origin, col, nextSibling);
  });

  // The other columns as choices for the in-page picker: title and participant count.
  function choicesBesides(col, withOutliers) {
    return Array.from(board.querySelectorAll(".column"))
      .filter((c) => c !== col && (withOutliers || c.dataset.theme !== ""))
      .map((c) => ({
        value: c.id,
        label: `${c.querySelector(".theme-title").textContent} (${c.querySelector(".participants").textContent})`,
      }));
  }

  // Keyboard and mouse alternative to dragging: "Move…" on a card asks for the theme.
  board.addEventListener("click", async (ev) => {
    const btn = ev.target.closest(".note-card .act-move");
    if (!btn) return;
    const card = btn.closest(".note-card"), from = columnOf(card);
    const pick = await LW.ask({ title: "Move this card", label: "To theme", choices: choicesBesides(from, true) });
    const target = pick && document.getElementById(pick);
    if (target) moveCard(card, from, target, card.nextSibling);
  });

  board.addEventListener("click", async (ev) => {
    const btn = ev.target.closest(".theme-actions button");
    if (!btn) return;
    const col = columnOf(btn);
    const id = themeId(col);
    const base = `/api/studies/${study}/themes/${id}`;
    try {
      if (btn.classList.contains("act-rename")) {
        const name = await LW.ask({ title: "Rename this theme", label: "Name",
                                    value: col.querySelector(".theme-title").textContent });
        if (!name) return;
        applyServer(await serial(() => LW.api("POST", `${base}/rename`, { name, expected_version: versionOf(col) })));
        LW.flash("Theme renamed.", "ok");
      } else if (btn.classList.contains("act-merge")) {
        const pick = await LW.ask({ title: "Merge this theme", label: "Into theme", choices: choicesBesides(col, false) });
        const target = pick && document.getElementById(pick);
        if (!target) return;
        const data = await serial(() => LW.api("POST", `${base}/merge`,
                                               { into: themeId(target), into_expected_version: versionOf(target) }));
        const zone = target.querySelector(".dropzone");
        col.querySelectorAll(".note-card").forEach((c) => zone.appendChild(c));
        col.remove();
        applyServer(data);
        LW.flash("Themes merged.", "ok");
      } else if (btn.classList.contains("act-split")) {
        const picked = Array.from(col.querySelectorAll(".note-card .pick:checked")).map((c) => parseInt(c.closest(".note-card").dataset.statement, 10));
        if (!picked.length) { LW.flash("Tick the cards to split off first.", "info"); return; }
        const name = await LW.ask({ title: "Split into a new theme", label: "Name for the new theme (optional)",
                                    value: "", optional: true });
        if (name === null) return;
        await serial(() => LW.api("POST", `${base}/split`, { statement_ids: picked, name, expected_version: versionOf(col) }));
        window.location.reload();
      } else if (btn.classList.contains("act-hide")) {
        const hide = btn.textContent.trim() === "Hide";
        applyServer(await serial(() => LW.api("POST", `${base}/hide`, { hidden: hide, expected_version: versionOf(col) })));
        if (hide) col.classList.add("hidden-theme");
        btn.textContent = hide ? "Show" : "Hide";
        LW.flash(hide ? "Theme hidden." : "Theme shown.", "ok");
      }
    } catch (e) {
      fail(e);
    }
  });
})();
