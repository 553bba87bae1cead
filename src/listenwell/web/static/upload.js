// Upload with a progress bar, then follow a transcription job until it is done.
"use strict";

(function () {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const bar = document.getElementById("upload-progress");
  const status = document.getElementById("upload-status");

  function poll(url) {
    LW.api("GET", url).then((job) => {
      bar.value = Math.round(100 * job.done / (job.total || 1));
      status.textContent = `${job.what}: ${job.message || job.state}`;
      if (job.state === "done") window.location = job.result.url;
      else if (job.state === "failed") LW.flash(job.message, "error");
      else setTimeout(() => poll(url), 1000);
    }).catch((e) => LW.flash(e.message, "error"));
  }

  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open("POST", form.action);
    xhr.setRequestHeader("X-CSRF-Token", LW.token());
    xhr.setRequestHeader("Accept", "application/json");
    bar.hidden = false;
    bar.value = 0;
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        status.textContent = `Uploading… ${bar.value}%`;
      }
    });
    xhr.addEventListener("load", () => {
      let data = {};
      try { data = JSON.parse(xhr.responseText); } catch (e) { data = {}; }
      if (xhr.status === 201) { status.textContent = "Imported."; window.location = data.url; }
      else if (xhr.status === 202) { status.textContent = "Uploaded; transcribing…"; bar.value = 0; poll(data.url); }
      else { status.textContent = ""; bar.hidden = true; LW.flash(data.error || xhr.responseText || `Upload failed (${xhr.status})`, "error"); }
    });
    xhr.addEventListener("error", () => LW.flash("Upload failed: the connection dropped.", "error"));
    xhr.send(new FormData(form));
  });
})();
