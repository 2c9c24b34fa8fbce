// "Ladda upp handlingar": for editors. The API key is typed once and kept in this tab's sessionStorage (never in
// localStorage, never sent anywhere but this server); files go to POST /api/documents and each file's outcome is
// listed; the document list has a remove button per document (DELETE /api/documents/{id}). The DOM is built with
// createElement and text nodes only, as on the rest of the page.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const section = $("upload");
  if (!section) return;
  const keyInput = $("upload-key");
  const fileInput = $("upload-files");
  const form = $("upload-form");
  const button = $("upload-button");
  const report = $("upload-report");
  const list = $("upload-documents");
  const KEY_STORE = "namnd.editorKey";
  const STATUS = { added: "tillagd", updated: "uppdaterad", unchanged: "oförändrad", skipped: "hoppades över",
    removed: "borttagen" };

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  try { keyInput.value = sessionStorage.getItem(KEY_STORE) || ""; } catch { /* storage off: type it each time */ }
  keyInput.addEventListener("change", () => {
    try { sessionStorage.setItem(KEY_STORE, keyInput.value.trim()); } catch { /* kept for this page only */ }
  });

  function headers() {
    const key = keyInput.value.trim();
    return key ? { "X-API-Key": key } : {};
  }

  async function detail(response) {
    try {
      const body = await response.json();
      if (typeof body.detail === "string") return body.detail;
    } catch { /* not our error shape */ }
    return `Något gick fel (HTTP ${response.status}). Försök igen.`;
  }

  function showReport(body) {
    report.replaceChildren(el("ul", { class: "upload-outcomes" }, ...body.outcomes.map((o) => el("li",
      { class: `outcome outcome-${o.status}` }, el("strong", {}, o.file), ` – ${STATUS[o.status] || o.status}`,
      o.status === "skipped" ? null : ` (${o.pages} sidor, ${o.chunks} avsnitt)`,
      o.reason ? el("span", { class: "reason" }, ` ${o.reason}`) : null))));
  }

  function showError(message) {
    report.replaceChildren(el("p", { class: "error", role: "alert" }, message));
  }

  async function refreshDocuments() {
    const response = await fetch("/api/documents", { headers: headers() });
    if (!response.ok) {
      list.replaceChildren(el("li", {}, await detail(response)));
      return;
    }
    const body = await response.json();
    list.replaceChildren(...body.documents.map((d) => {
      const remove = el("button", { type: "button", class: "secondary remove" }, "Ta bort");
      remove.setAttribute("aria-label", `Ta bort ${d.file_name}`);
      remove.addEventListener("click", () => removeDocument(d, remove));
      return el("li", {}, el("span", {}, `${d.title} `), el("span", { class: "meta" }, `(${d.file_name})`), " ", remove);
    }));
    if (!body.documents.length) list.replaceChildren(el("li", {}, "Inga handlingar är inlästa."));
  }

  async function removeDocument(d, remove) {
    if (!window.confirm(`Ta bort ${d.file_name} ur assistenten?`)) return;
    remove.disabled = true;
    const response = await fetch(`/api/documents/${encodeURIComponent(d.document_id)}`,
      { method: "DELETE", headers: headers() });
    if (response.ok) showReport(await response.json()); else showError(await detail(response));
    await refreshDocuments();
  }

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    if (!fileInput.files.length) {
      showError("Välj en eller flera filer först.");
      return;
    }
    const body = new FormData();
    for (const file of fileInput.files) body.append("files", file, file.name);
    button.disabled = true;
    report.replaceChildren(el("p", { class: "status", role: "status" }, "Läser in handlingarna …"));
    try {
      const response = await fetch("/api/documents", { method: "POST", headers: headers(), body });
      if (response.ok) {
        showReport(await response.json());
        form.reset();
        try { keyInput.value = sessionStorage.getItem(KEY_STORE) || ""; } catch { /* nothing kept */ }
      } else {
        showError(await detail(response));
      }
      await refreshDocuments();
    } catch {
      showError("Kunde inte nå servern. Försök igen.");
    } finally {
      button.disabled = false;
    }
  });

  section.addEventListener("toggle", () => { if (section.open) refreshDocuments(); });
})();
