// Nämndassistenten's chat page. No framework and no build step: the DOM is built with createElement and
// text nodes only (never innerHTML), so document text can never become markup.
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const log = $("log");
  const form = $("ask-form");
  const input = $("question");
  const askButton = $("ask-button");
  const status = $("status");
  const panel = $("source-panel");

  const welcome = $("welcome"); // kept, to show again when a new conversation starts

  const documents = new Map(); // document id -> Promise of /api/documents/{id}
  // The conversation lives in sessionStorage, so a reload keeps its id and its shown turns (the server keeps the
  // questions for follow-ups, but not the answers).
  const STORE_KEY = "namnd.conversation";
  let conversation = loadConversation(); // { id, turns: [{question, standalone_question, answer, citations, ...}] }
  let openedBy = null; // the marker that opened the panel, to return focus to on close

  class ApiError extends Error {}

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value !== null && value !== undefined && value !== false) node.setAttribute(name, String(value));
    }
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  const SVG = "http://www.w3.org/2000/svg";

  /** An SVG element with attributes and children (text through textContent only). */
  function svg(tag, attributes = {}, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
    node.append(...children);
    return node;
  }

  /** A small inline line chart of a series: one dot per year, each titled with its value and source [n]. */
  function seriesChart(series) {
    const points = series.points;
    const width = 360, height = 150, left = 56, right = 12, top = 12, bottom = 28;
    const values = points.map((p) => p.value);
    let low = Math.min(0, ...values), high = Math.max(0, ...values);
    if (high === low) high = low + 1;
    const x = (i) => left + (points.length === 1 ? 0 : (i * (width - left - right)) / (points.length - 1));
    const y = (v) => top + ((high - v) * (height - top - bottom)) / (high - low);
    const format = (v) => v.toLocaleString("sv-SE");
    const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "series-chart", role: "img",
      "aria-label": `${series.label}${series.unit ? ` (${series.unit})` : ""}: ` +
        points.map((p) => `${p.year} ${format(p.value)}`).join(", ") });
    chart.append(svg("line", { x1: left, x2: width - right, y1: y(0), y2: y(0), class: "axis" }));
    chart.append(svg("polyline", { points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(" "), class: "line" }));
    points.forEach((p, i) => {
      const dot = svg("circle", { cx: x(i), cy: y(p.value), r: 4, class: "dot" });
      dot.append(svg("title", {}, `${p.year}: ${format(p.value)} ${series.unit} [${p.citation.n}]`));
      chart.append(dot, svg("text", { x: x(i), y: height - 8, "text-anchor": "middle" }, String(p.year)));
    });
    chart.append(svg("text", { x: left - 6, y: y(high) + 4, "text-anchor": "end" }, format(high)),
      svg("text", { x: left - 6, y: y(low) + 4, "text-anchor": "end" }, format(low)));
    return el("figure", { class: "series" }, chart,
      el("figcaption", {}, `${series.label}${series.unit ? ` (${series.unit})` : ""}, per år`));
  }

  // --- asking -------------------------------------------------------------------------------------

  async function ask(question) {
    setBusy(true);
    welcome.remove();
    const { turn, answer } = addTurn(question);
    turn.scrollIntoView({ block: "end", behavior: "smooth" });
    const asked = conversation; // "Ny konversation" pressed meanwhile leaves the new one untouched
    try {
      const record = await streamAnswer(question, answer, asked);
      finishTurn(turn, answer, record);
      asked.turns.push(record);
      if (asked === conversation) saveConversation();
      input.value = "";
      turn.scrollIntoView({ block: "start", behavior: "smooth" }); // read the new answer from its question down
    } catch (error) {
      showError(answer, error instanceof ApiError ? error.message
        : "Kunde inte nå servern. Kontrollera anslutningen och försök igen.");
    } finally {
      setBusy(false);
      input.focus();
    }
  }

  /** POST to the JSON Lines stream; events: meta (citations), delta (text pieces), done (final text), error. */
  async function streamAnswer(question, container, asked) {
    const response = await fetch("/api/chat/stream", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/jsonl" },
      body: JSON.stringify({ question, conversation_id: asked.id }),
    });
    if (!response.ok) throw new ApiError(await errorDetail(response));
    let meta = { citations: [], abstained: false };
    let text = "";
    let standalone = question;
    for await (const event of jsonLines(response)) {
      if (event.type === "meta") {
        meta = event;
        asked.id = event.conversation_id || asked.id;
        // The server has remembered the question, so a reload continues the conversation.
        if (asked === conversation) saveConversation();
      } else if (event.type === "delta") {
        text += event.text;
        renderAnswer(container, text, meta, false);
      } else if (event.type === "done") {
        text = event.answer ?? text;
        // The final text's own citations: an LLM answer cites fewer sources than meta offered, renumbered.
        if (event.citations) meta = { ...meta, citations: event.citations, abstained: event.abstained ?? meta.abstained };
        meta = { ...meta, partial: event.partial ?? meta.partial, series: event.series ?? meta.series };
        standalone = event.standalone_question ?? standalone;
      } else if (event.type === "error") {
        throw new ApiError(event.detail || "Svaret kunde inte slutföras.");
      }
    }
    renderAnswer(container, text, meta, true);
    return { question, standalone_question: standalone, answer: text, citations: meta.citations || [],
      abstained: Boolean(meta.abstained), partial: Boolean(meta.partial), series: meta.series ?? null };
  }

  async function* jsonLines(response) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      buffer += decoder.decode(value ?? new Uint8Array(), { stream: !done });
      let newline;
      while ((newline = buffer.indexOf("\n")) >= 0) {
        const line = buffer.slice(0, newline).trim();
        buffer = buffer.slice(newline + 1);
        if (line) yield JSON.parse(line);
      }
      if (done) break;
    }
    if (buffer.trim()) yield JSON.parse(buffer);
  }

  async function errorDetail(response) {
    try {
      const body = await response.json();
      if (typeof body.detail === "string") return body.detail;
    } catch {
      // Not our JSON error shape (a proxy, say): fall through to a generic message.
    }
    return `Något gick fel (HTTP ${response.status}). Försök igen.`;
  }

  // --- the kept conversation ----------------------------------------------------------------------

  function loadConversation() {
    try {
      const kept = JSON.parse(sessionStorage.getItem(STORE_KEY) || "null");
      if (kept && Array.isArray(kept.turns)) return { id: typeof kept.id === "string" ? kept.id : null, turns: kept.turns };
    } catch {
      // Storage blocked or its content unreadable: start afresh rather than fail the page.
    }
    return { id: null, turns: [] };
  }

  function saveConversation() {
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify(conversation));
    } catch {
      // Storage full or blocked: the page still works, only a reload forgets the conversation.
    }
  }

  function newConversation() {
    conversation = { id: null, turns: [] };
    try { sessionStorage.removeItem(STORE_KEY); } catch { /* nothing kept, nothing to clear */ }
    log.replaceChildren(welcome);
    panel.hidden = true;
    input.value = "";
    input.focus();
  }

  /** The kept turns, shown again as they were answered (after a reload). */
  function restoreTurns() {
    if (!conversation.turns.length) return;
    welcome.remove();
    for (const record of conversation.turns) {
      const { turn, answer } = addTurn(record.question);
      renderAnswer(answer, record.answer, record, true);
      finishTurn(turn, answer, record);
    }
  }

  // --- rendering ----------------------------------------------------------------------------------

  function addTurn(question) {
    const turn = el("article", { class: "turn" });
    if (question.trim()) turn.append(el("p", { class: "question" }, el("span", { class: "visually-hidden" }, "Du: "), question));
    const answer = el("div", { class: "answer pending" });
    turn.append(answer);
    log.append(turn);
    return { turn, answer };
  }

  /** After the answer: how a follow-up was read (when it differs from what was typed) and the copy button. */
  function finishTurn(turn, answer, record) {
    const standalone = record.standalone_question;
    if (standalone && squash(standalone) !== squash(record.question)) {
      turn.querySelector(".question")?.after(el("p", { class: "standalone" }, "Tolkad som: ", standalone));
    }
    answer.append(copyButton(record));
  }

  function squash(text) {
    return String(text).replace(/\s+/g, " ").trim();
  }

  /** The answer and its sources as plain text: what "Kopiera" puts on the clipboard. */
  function plainText(record) {
    const lines = [record.answer.trim()];
    if (record.citations.length) {
      lines.push("", "Källor:");
      for (const c of record.citations) {
        const parts = [c.title, c.source, where(c), c.section].filter(Boolean).map(squash);
        lines.push(`[${c.n}] ${parts.join(", ")}${c.quote ? ` – ”${squash(c.quote)}”` : ""}`);
      }
    }
    return lines.join("\n");
  }

  function copyButton(record) {
    const text = plainText(record);
    const button = el("button", { type: "button", class: "secondary copy", "data-copy-text": text,
      "aria-label": "Kopiera svaret med källor" }, "Kopiera");
    const feedback = el("span", { class: "copy-status", role: "status" });
    button.addEventListener("click", async () => {
      const copied = await copyText(text);
      feedback.textContent = copied ? "Kopierat." : "Kunde inte kopiera. Markera texten och kopiera själv.";
      setTimeout(() => { feedback.textContent = ""; }, 4000);
    });
    return el("div", { class: "answer-actions" }, button, feedback);
  }

  /** The clipboard API where the page may use it; else the older copy command on a hidden text field. */
  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const field = el("textarea", { readonly: "", class: "copy-buffer", "aria-hidden": "true" });
      field.value = text;
      document.body.append(field);
      field.select();
      let copied = false;
      try { copied = document.execCommand("copy"); } catch { copied = false; }
      field.remove();
      return copied;
    }
  }

  function renderAnswer(container, text, meta, final) {
    const citations = new Map((meta.citations || []).map((c) => [c.n, c]));
    container.className = "answer" + (meta.abstained ? " abstained" : "") + (final ? "" : " streaming");
    const paragraph = el("p", { class: "answer-text" });
    // Asked what was decided with only the proposal in the documents (the answer opens "Jag hittar inget beslut …"),
    // or only the kallelse that called the meeting: no answer, but what there is is shown. Any other answer refused
    // with something shown — a year, month, board, place or name the documents do not report on, another's figures
    // shown — says there is no figure for just that.
    const noDecision = text.startsWith("Jag hittar inget beslut");
    if (meta.abstained && meta.partial && !noDecision)
      paragraph.append(el("span", { class: "badge" }, "Ingen uppgift om just det"), " ");
    else if (meta.abstained && meta.partial && text.includes("bara kallelsen"))
      paragraph.append(el("span", { class: "badge" }, "Inget beslut, bara kallelsen"), " ");
    else if (meta.abstained && meta.partial) paragraph.append(el("span", { class: "badge" }, "Inget beslut, bara förslag"), " ");
    else if (meta.abstained) paragraph.append(el("span", { class: "badge" }, "Inget underlag"), " ");
    else if (meta.partial) paragraph.append(el("span", { class: "badge partial" }, "Delvis svar"), " ");
    let last = 0;
    for (const match of text.matchAll(/\[(\d+)\]/g)) {
      paragraph.append(text.slice(last, match.index));
      const citation = citations.get(Number(match[1]));
      paragraph.append(citation ? markerButton(citation) : match[0]);
      last = match.index + match[0].length;
    }
    paragraph.append(text.slice(last));
    container.replaceChildren(el("span", { class: "visually-hidden" }, "Svar: "), paragraph);
    if (final && meta.series && meta.series.points.length > 1) container.append(seriesChart(meta.series));
    if (final && citations.size) container.append(sourceList([...citations.values()]));
  }

  function markerButton(citation) {
    const button = el("button", {
      type: "button", class: "marker", "aria-label": `Källa ${citation.n}: ${citation.title}, ${where(citation)}`,
      "aria-controls": "source-panel",
    }, `[${citation.n}]`);
    button.addEventListener("click", () => openSource(citation, button));
    return button;
  }

  function sourceList(citations) {
    const list = el("ol", { class: "source-list" });
    for (const c of citations) {
      const button = el("button", { type: "button", class: "source-link", "aria-controls": "source-panel" },
        el("span", { class: "source-n" }, `[${c.n}]`), " ", el("span", { class: "source-title" }, c.title));
      button.addEventListener("click", () => openSource(c, button));
      // A proposal must never read as a decision: the basis is shown in words beside the board's own label.
      const basis = c.basis ? el("span", { class: `source-basis ${c.basis}` }, BASIS[c.basis]) : null;
      list.append(el("li", {}, button, el("span", { class: "source-where" },
        ...(basis ? [basis, " "] : []), c.label ? `${c.label} · ${c.source}` : `${c.source} · ${where(c)}`)));
    }
    return el("section", { class: "sources", "aria-label": "Källor" }, el("h3", {}, "Källor"), list);
  }

  const BASIS = { proposal: "Förslag", decision: "Beslut" };

  function where(c) {
    return c.page ? `s. ${c.page}` : `rad ${c.line_start}–${c.line_end}`;
  }

  function showError(container, message) {
    container.className = "answer error";
    container.setAttribute("role", "alert");
    container.replaceChildren(el("p", {}, el("strong", {}, "Fel: "), message));
  }

  function setBusy(busy) {
    status.hidden = !busy;
    askButton.disabled = busy;
    log.setAttribute("aria-busy", String(busy));
  }

  // --- the source panel ---------------------------------------------------------------------------

  async function openSource(citation, opener) {
    openedBy?.removeAttribute("aria-current");
    openedBy = opener;
    opener.setAttribute("aria-current", "true");
    panel.hidden = false;
    $("panel-kicker").textContent = `Källa [${citation.n}]`;
    $("panel-title").textContent = citation.title;
    const meta = $("panel-meta");
    meta.replaceChildren();
    const rows = [["Fil", citation.source], [citation.page ? "Sida" : "Rader", citation.page ? String(citation.page)
      : `${citation.line_start}–${citation.line_end}`], ["Avsnitt", citation.section],
    ["Diarienummer", citation.diarienummer], ["Underlag", citation.basis ? `${BASIS[citation.basis]} (${citation.label})`
      : null]];
    for (const [term, value] of rows) if (value) meta.append(el("dt", {}, term), el("dd", {}, value));
    const note = $("panel-note");
    note.hidden = true;
    const target = $("panel-text");
    target.replaceChildren(el("p", { class: "loading" }, "Hämtar dokumentet …"));
    panel.focus({ preventScroll: true });
    try {
      const doc = await loadDocument(citation.document_id);
      const page = doc.pages.find((p) => p.number === (citation.page ?? doc.pages[0]?.number)) ?? doc.pages[0];
      showPage(target, page ? page.text : "", citation.quote, note);
    } catch (error) {
      target.replaceChildren(el("p", { class: "error-text" }, error instanceof ApiError ? error.message
        : "Kunde inte hämta dokumentet."));
    }
  }

  function loadDocument(id) {
    if (!documents.has(id)) {
      const request = fetch(`/api/documents/${encodeURIComponent(id)}`).then(async (response) => {
        if (!response.ok) throw new ApiError(await errorDetail(response));
        return response.json();
      });
      request.catch(() => documents.delete(id)); // a failed fetch may be retried on the next click
      documents.set(id, request);
    }
    return documents.get(id);
  }

  function showPage(target, text, quote, note) {
    const span = locate(text, quote);
    if (!span) {
      target.replaceChildren(text);
      note.textContent = "Citatet kunde inte markeras exakt i sidans text.";
      note.hidden = false;
      return;
    }
    const mark = el("mark", {}, text.slice(span[0], span[1]));
    target.replaceChildren(text.slice(0, span[0]), mark, text.slice(span[1]));
    mark.scrollIntoView({ block: "center" });
  }

  /** Where the quote stands in the page text, comparing with whitespace folded (line breaks differ). */
  function locate(text, quote) {
    const page = fold(text);
    const wanted = fold(quote).folded.trim();
    if (!wanted) return null;
    let at = page.folded.indexOf(wanted);
    if (at < 0) at = page.folded.toLowerCase().indexOf(wanted.toLowerCase());
    if (at < 0) return null;
    return [page.origin[at], page.origin[at + wanted.length - 1] + 1];
  }

  /** The text with every whitespace run as one space, and for each kept character its index in the original. */
  function fold(text) {
    let folded = "";
    const origin = [];
    let inSpace = false;
    for (let i = 0; i < text.length; i++) {
      if (/\s/.test(text[i])) {
        if (!inSpace) { folded += " "; origin.push(i); }
        inSpace = true;
      } else {
        folded += text[i];
        origin.push(i);
        inSpace = false;
      }
    }
    return { folded, origin };
  }

  function closePanel() {
    panel.hidden = true;
    openedBy?.removeAttribute("aria-current");
    openedBy?.focus();
  }

  // --- wiring -------------------------------------------------------------------------------------

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!askButton.disabled) ask(input.value);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  for (const example of document.querySelectorAll(".example")) {
    example.addEventListener("click", () => { input.value = example.textContent; form.requestSubmit(); });
  }
  $("panel-close").addEventListener("click", closePanel);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !panel.hidden) closePanel();
  });
  $("new-conversation").addEventListener("click", newConversation);
  restoreTurns();
})();
