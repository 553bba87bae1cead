// The transcript page: play from a line, follow playback, highlight and tag, notes (live mode).
"use strict";

(function () {
  const root = document.getElementById("interview");
  if (!root) return;
  const interviewId = root.dataset.interview;
  const player = document.getElementById("player");
  const lines = Array.from(document.querySelectorAll("#lines .line"));
  const timed = lines.filter((l) => l.dataset.start !== undefined)
    .map((l) => ({ el: l, start: parseFloat(l.dataset.start), end: parseFloat(l.dataset.end || l.dataset.start) }));
  const clock = document.getElementById("clock");

  // --- play from a line -----------------------------------------------------------------
  function seek(seconds) {
    if (!player || isNaN(seconds)) return;
    player.currentTime = seconds;
    const p = player.play();
    if (p && p.catch) p.catch(() => {});
  }
  // Clicking a line (its time, or its words when no text is being selected) plays from it.
  document.getElementById("lines").addEventListener("click", (ev) => {
    const line = ev.target.closest(".line");
    if (!line || line.dataset.start === undefined) return;
    const sel = window.getSelection();
    if (!ev.target.closest("button.time") && sel && !sel.isCollapsed) return;
    seek(parseFloat(line.dataset.start));
  });

  // --- highlight the line being spoken ----------------------------------------------------
  let current = null;
  function lineAt(t) {
    let lo = 0, hi = timed.length - 1, found = null;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (timed[mid].start <= t) { found = timed[mid]; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }
  if (player) {
    player.addEventListener("timeupdate", () => {
      const t = player.currentTime;
      if (clock) clock.textContent = LW.tc(t);
      const hit = lineAt(t);
      const el = hit ? hit.el : null;
      if (el === current) return;
      if (current) current.classList.remove("current");
      current = el;
      if (el) {
        el.classList.add("current");
        const r = el.getBoundingClientRect();
        if (r.top < 60 || r.bottom > window.innerHeight) el.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    });
  }

  // --- highlights -----------------------------------------------------------------------
  const tagger = document.getElementById("tagger");
  const snippetBox = document.getElementById("tagger-snippet");
  const tagInput = document.getElementById("tag-input");
  let pending = null;

  // Character offset of (node, offset) within a line's text element.
  function charOffset(textEl, node, offset) {
    const walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
    let pos = 0, n;
    while ((n = walker.nextNode())) {
      if (n === node) return pos + offset;
      pos += n.textContent.length;
    }
    if (node === textEl) {  // offset counts child nodes
      let p = 0;
      for (let i = 0; i < offset && i < textEl.childNodes.length; i++) p += textEl.childNodes[i].textContent.length;
      return p;
    }
    return null;
  }

  document.addEventListener("mouseup", () => {
    if (LW.readonly()) return;
    const sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    const startEl = (range.startContainer.nodeType === 1 ? range.startContainer : range.startContainer.parentElement).closest(".text");
    const endEl = (range.endContainer.nodeType === 1 ? range.endContainer : range.endContainer.parentElement).closest(".text");
    if (!startEl || startEl !== endEl) {
      if (startEl || endEl) LW.flash("Select words within one line to highlight them.", "info");
      return;
    }
    let a = charOffset(startEl, range.startContainer, range.startOffset);
    let b = charOffset(startEl, range.endContainer, range.endOffset);
    if (a === null || b === null) return;
    if (a > b) [a, b] = [b, a];
    const text = startEl.textContent;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (a >= b) return;
    pending = { segment_id: parseInt(startEl.dataset.seg, 10), start_char: a, end_char: b };
    snippetBox.textContent = text.slice(a, b);
    tagger.hidden = false;
    tagInput.focus();
  });

  document.getElementById("tag-cancel").addEventListener("click", () => { pending = null; tagger.hidden = true; });

  function renderLine(segId, highlights) {
    const textEl = document.querySelector(`.text[data-seg="${segId}"]`);
    const text = textEl.textContent;
    const spans = highlights.filter((h) => h.segment_id === segId).sort((x, y) => x.start_char - y.start_char);
    textEl.textContent = "";
    let pos = 0;
    for (const h of spans) {
      const s = Math.max(h.start_char, pos), e = Math.min(h.end_char, text.length);
      if (s >= e) continue;
      if (s > pos) textEl.appendChild(document.createTextNode(text.slice(pos, s)));
      const mark = LW.el("mark", { "data-hl": String(h.id) }, text.slice(s, e));
      textEl.appendChild(mark);
      pos = e;
    }
    if (pos < text.length) textEl.appendChild(document.createTextNode(text.slice(pos)));
  }

  function addHighlightItem(h) {
    const li = LW.el("li", { "data-hl": String(h.id), "data-seg": String(h.segment_id) });
    const a = LW.el("a", { href: `#seg-${h.segment_id}`, class: "jump" }, LW.tc(h.start));
    li.appendChild(a);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(LW.el("q", {}, h.snippet));
    const tags = LW.el("span", { class: "tags" });
    for (const c of h.codes) tags.appendChild(LW.el("span", { class: "tag" }, c));
    li.appendChild(document.createTextNode(" "));
    li.appendChild(tags);
    if (!LW.readonly()) {
      li.appendChild(LW.el("button", { type: "button", class: "link add-tag", title: "Add a tag" }, "+ tag"));
      li.appendChild(LW.el("button", { type: "button", class: "link remove-hl", title: "Remove highlight" }, "×"));
    }
    document.getElementById("hl-list").appendChild(li);
    document.getElementById("hl-count").textContent = `(${document.querySelectorAll("#hl-list li").length})`;
  }

  document.getElementById("tag-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    if (!pending) return;
    const code = tagInput.value.trim();
    try {
      const h = await LW.api("POST", `/api/interviews/${interviewId}/highlights`,
        Object.assign({}, pending, { codes: code ? [code] : [] }));
      const textEl = document.querySelector(`.text[data-seg="${h.segment_id}"]`);
      // Re-mark the line from its existing marks plus the new one.
      const marks = [];
      let pos = 0;
      textEl.childNodes.forEach((n) => {
        const len = n.textContent.length;
        if (n.nodeName === "MARK") marks.push({ id: parseInt(n.dataset.hl, 10), segment_id: h.segment_id, start_char: pos, end_char: pos + len });
        pos += len;
      });
      marks.push(h);
      renderLine(h.segment_id, marks);
      addHighlightItem(h);
      if (code && !Array.from(document.querySelectorAll("#codes option")).some((o) => o.value === code)) {
        document.getElementById("codes").appendChild(LW.el("option", { value: code }));
      }
      LW.flash(code ? `Highlight saved and tagged “${code}”.` : "Highlight saved.", "ok");
      window.getSelection().removeAllRanges();
    } catch (e) {
      LW.flash(e.message, "error");
    }
    pending = null;
    tagInput.value = "";
    tagger.hidden = true;
  });

  function setTags(li, codes) {
    const tags = li.querySelector(".tags");
    tags.textContent = "";
    for (const c of codes) tags.appendChild(LW.el("span", { class: "tag" }, c));
  }

  document.getElementById("hl-list").addEventListener("click", async (ev) => {
    const li = ev.target.closest("li");
    if (ev.target.closest("button.add-tag")) {
      const code = await LW.ask({ title: "Tag this highlight", label: "Tag", value: "" });
      if (!code) return;
      try {
        const h = await LW.api("POST", `/api/highlights/${li.dataset.hl}/codes`, { code });
        setTags(li, h.codes);
      } catch (e) { LW.flash(e.message, "error"); }
      return;
    }
    if (ev.target.closest("button.remove-hl")) {
      try {
        await LW.api("DELETE", `/api/highlights/${li.dataset.hl}`);
        const mark = document.querySelector(`#lines mark[data-hl="${li.dataset.hl}"]`);
        if (mark) mark.replaceWith(document.createTextNode(mark.textContent));
        li.remove();
        document.getElementById("hl-count").textContent = `(${document.querySelectorAll("#hl-list li").length})`;
      } catch (e) { LW.flash(e.message, "error"); }
      return;
    }
    const a = ev.target.closest("a.jump");
    if (!a) return;
    const line = document.getElementById(a.getAttribute("href").slice(1));
    if (line && line.dataset.start !== undefined) { ev.preventDefault(); line.scrollIntoView({ block: "center" }); seek(parseFloat(line.dataset.start)); }
  });

  // --- notes, with live mode ----------------------------------------------------------------
  const noteForm = document.getElementById("note-form");
  const noteText = document.getElementById("note-text");
  const live = document.getElementById("live-mode");
  const liveClock = document.getElementById("live-clock");
  let liveStart = null, liveTimer = null;

  live.addEventListener("change", () => {
    if (live.checked) {
      liveStart = Date.now();
      liveClock.hidden = false;
      liveTimer = setInterval(() => { liveClock.textContent = LW.tc((Date.now() - liveStart) / 1000); }, 500);
      noteText.focus();
    } else {
      clearInterval(liveTimer);
      liveStart = null;
      liveClock.hidden = true;
    }
  });

  function stamp() {
    if (player && (!player.paused || player.currentTime > 0)) return player.currentTime;
    if (live.checked && liveStart !== null) return (Date.now() - liveStart) / 1000;
    return null;
  }

  async function saveNote() {
    const text = noteText.value.trim();
    if (!text) return;
    const offset = stamp();
    try {
      const n = await LW.api("POST", `/api/interviews/${interviewId}/notes`, { text, offset });
      const li = LW.el("li", { id: `note-${n.id}`, "data-offset": n.offset === null ? "" : String(n.offset) });
      li.appendChild(LW.el("a", { href: "#", class: "jump-note" }, LW.tc(n.offset)));
      li.appendChild(document.createTextNode(" " + n.text));
      document.getElementById("note-list").appendChild(li);
      document.getElementById("note-count").textContent = `(${document.querySelectorAll("#note-list li").length})`;
      noteText.value = "";
    } catch (e) {
      LW.flash(e.message, "error");
    }
  }
  noteForm.addEventListener("submit", (ev) => { ev.preventDefault(); saveNote(); });
  noteText.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && !ev.shiftKey) { ev.preventDefault(); saveNote(); }
  });
  document.getElementById("note-list").addEventListener("click", (ev) => {
    const a = ev.target.closest("a.jump-note");
    if (!a) return;
    ev.preventDefault();
    const off = a.parentElement.dataset.offset;
    if (off !== "") seek(parseFloat(off));
  });

  // --- arriving from a search result: show the line ---------------------------------------
  function showHash() {
    const id = location.hash.slice(1);
    if (!id) return;
    const target = document.getElementById(id);
    if (!target) return;
    target.classList.add("target");
    target.scrollIntoView({ block: "center" });
  }
  showHash();
  window.addEventListener("hashchange", showHash);
  // --- who the interview was with -------------------------------------------------------
  async function setLink(body) {
    try {
      await LW.api("POST", `/api/interviews/${interviewId}/participants`, body);
      window.location.reload();
    } catch (err) { LW.flash(err.message, "error"); }
  }
  const linkForm = document.getElementById("link-form");
  if (linkForm) {
    linkForm.addEventListener("submit", (ev) => {
      ev.preventDefault();
      const pid = document.getElementById("link-pid").value;
      if (pid) setLink({ pid, speaker: document.getElementById("link-speaker").value || null });
    });
  }
  document.querySelectorAll("#with .unlink").forEach((b) =>
    b.addEventListener("click", () => setLink({ pid: b.dataset.pid, remove: true })));
})();
