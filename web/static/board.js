// The board's work on the page: meetings (list → agenda → item with proposal, decision and sources), a case's
// timeline, "Sök beslut" for past decisions, and the "Sammanfatta" downloads. DOM built without innerHTML.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const board = $("board");
  const view = $("board-view");
  const decisionForm = $("decision-form");
  const chatParts = [document.querySelector(".layout")];

  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  function link(text, onClick) {
    const button = el("button", { type: "button", class: "link" }, text);
    button.addEventListener("click", onClick);
    return button;
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { Accept: "application/json" } });
    const body = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(body.detail || "Något gick fel. Försök igen.");
    return body;
  }

  function show(...nodes) {
    view.replaceChildren(...nodes);
  }

  async function guarded(work) {
    try {
      await work();
    } catch (error) {
      show(el("p", { class: "error", role: "alert" }, error.message));
    }
  }

  // --- switching views ---------------------------------------------------------------------------

  function select(name) {
    for (const tab of document.querySelectorAll(".view-tab")) {
      tab.setAttribute("aria-pressed", String(tab.dataset.view === name));
    }
    const onBoard = name !== "chat";
    board.hidden = !onBoard;
    for (const part of chatParts) if (part) part.hidden = onBoard;
    decisionForm.hidden = name !== "decisions";
    if (name === "meetings") guarded(showMeetings);
    if (name === "decisions") show();
  }

  for (const tab of document.querySelectorAll(".view-tab")) {
    tab.addEventListener("click", () => select(tab.dataset.view));
  }

  // --- meetings ----------------------------------------------------------------------------------

  async function showMeetings() {
    const body = await getJson("/api/meetings");
    const list = el("ul", { class: "meeting-list" });
    for (const meeting of body.meetings) {
      const label = `${meeting.committee || "Nämnden"} ${meeting.date || "(datum saknas)"}`;
      list.append(el("li", {}, link(label, () => guarded(() => showMeeting(meeting.id))),
        el("span", { class: "meta" }, ` ${[meeting.time, meeting.place].filter(Boolean).join(", ")}` +
          (meeting.has_protokoll ? "" : " – bara kallelse"))));
    }
    show(el("h2", {}, "Sammanträden"), body.meetings.length ? list : el("p", {}, "Inga kallelser eller protokoll är inlästa."));
  }

  async function showMeeting(id, paragraph = null) {
    const meeting = await getJson(`/api/meetings/${encodeURIComponent(id)}`);
    const agenda = el("ol", { class: "agenda" });
    let opened = null;
    for (const item of meeting.items) {
      const head = [item.paragraph ? `§ ${item.paragraph}` : `Punkt ${item.number}`, item.title].join(" ");
      const entry = el("li", { class: "agenda-item" });
      if (item.sekretess) {
        entry.append(el("span", {}, `${item.paragraph ? "§ " + item.paragraph : "Punkt " + item.number} – sekretessärende`));
      } else {
        const box = el("div", { class: "item-box", hidden: true });
        entry.append(link(head, () => { box.hidden = !box.hidden; if (!box.hidden) fillItem(box, item); }),
          el("span", { class: "meta" }, item.outcome ? ` – ${item.outcome}` : ""), box);
        if (paragraph && item.paragraph === paragraph) opened = { box, item };
      }
      agenda.append(entry);
    }
    const downloads = el("p", { class: "downloads" }, "Sammanfatta: ",
      el("a", { href: `/api/summaries/${encodeURIComponent(id)}/docx`, download: "", id: "summary-docx" }, "Word (DOCX)"),
      el("a", { href: `/api/summaries/${encodeURIComponent(id)}/markdown`, download: "", id: "summary-md" }, "Markdown"));
    show(link("← Alla sammanträden", () => guarded(showMeetings)),
      el("h2", {}, `${meeting.committee || "Nämnden"} ${meeting.date || ""}`),
      el("p", { class: "meta" }, [meeting.time && `kl. ${meeting.time}`, meeting.place, meeting.chair && `ordförande ${meeting.chair}`]
        .filter(Boolean).join(" · ")),
      downloads, agenda);
    if (opened) {
      opened.box.hidden = false;
      fillItem(opened.box, opened.item);
      opened.box.scrollIntoView({ block: "center" });
    }
  }

  function fillItem(box, item) {
    const parts = [];
    if (item.diarienummer) {
      parts.push(el("p", {}, "Diarienummer: ", link(item.diarienummer, () => guarded(() => showCase(item.diarienummer)))));
    }
    parts.push(el("h3", {}, "Förvaltningens förslag"),
      el("p", { class: "proposal" }, item.proposal || "Inget förslag till beslut finns i kallelsen."));
    parts.push(el("h3", {}, "Nämndens beslut"),
      el("p", { class: "decision" }, item.decision || "Inget protokoll finns ännu: bara förslaget är känt."));
    if (item.reservationer.length) parts.push(el("p", {}, `Reservationer: ${item.reservationer.join(", ")}`));
    parts.push(sources(item.citations));
    box.replaceChildren(...parts);
  }

  function sources(citations) {
    const list = el("ul", { class: "sources" });
    for (const c of citations) {
      const kind = c.basis === "proposal" ? "Förslag" : "Beslut";
      list.append(el("li", { class: "source" }, `${kind}: ${c.label} (${c.source}) – ”${c.quote}”`));
    }
    return el("div", {}, el("h3", {}, "Källor"), citations.length ? list : el("p", { class: "meta" }, "Inga källor."));
  }

  // --- cases -------------------------------------------------------------------------------------

  async function showCase(diarienummer) {
    const body = await getJson(`/api/cases/${encodeURIComponent(diarienummer)}`);
    const list = el("ol", { class: "timeline" });
    for (const entry of body.timeline) {
      const box = el("div", { class: "item-box" });
      fillItem(box, entry);
      list.append(el("li", {}, el("strong", {}, `${entry.committee || "Nämnden"} ${entry.date || ""} `
        + (entry.paragraph ? `§ ${entry.paragraph}` : `punkt ${entry.number}`)), box));
    }
    show(link("← Alla sammanträden", () => guarded(showMeetings)),
      el("h2", {}, `Ärende ${body.diarienummer}: ${body.title}`), list);
  }

  // --- past decisions ----------------------------------------------------------------------------

  decisionForm.addEventListener("submit", (event) => {
    event.preventDefault();
    guarded(async () => {
      const params = new URLSearchParams();
      for (const [name, id] of [["q", "decision-q"], ["from", "decision-from"], ["to", "decision-to"],
        ["outcome", "decision-outcome"], ["committee", "decision-committee"]]) {
        const value = $(id).value.trim();
        if (value) params.set(name, value);
      }
      const body = await getJson(`/api/decisions?${params}`);
      const list = el("ul", { class: "decision-list" });
      for (const d of body.decisions) {
        list.append(el("li", {}, link(`${d.committee || "Nämnden"} ${d.date} § ${d.paragraph} ${d.title}`,
          () => guarded(() => showMeeting(d.meeting_id, d.paragraph))), el("span", { class: "meta" }, ` – ${d.outcome}`)));
      }
      show(el("h2", {}, `${body.decisions.length} beslut`), body.decisions.length ? list : el("p", {}, "Inga beslut hittades."));
    });
  });
})();
