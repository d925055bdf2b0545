// The counsellors' console: plain JavaScript, no build step, nothing from other sites.
// It talks only to this server's /api/escalations with the counsellor's own token, which
// lives in sessionStorage (this tab only) and is never written to localStorage or a cookie.
// Every piece of data is put on the page with textContent, never as HTML.
"use strict";

(() => {
  /** The interface texts. {name} marks a value filled in when the text is shown. */
  const TEXTS = {
    fi: {
      title: "Ohjaajien konsoli",
      skip: "Siirry sisältöön",
      language: "Kieli",
      signOut: "Kirjaudu ulos",
      signInTitle: "Kirjaudu sisään",
      tokenLabel: "Ohjaajan tunnisteesi (token)",
      tokenHelp: "Liitä saamasi tunniste. Se säilyy vain tässä selainvälilehdessä ja unohtuu, kun suljet välilehden.",
      signIn: "Kirjaudu",
      queueTitle: "Odottavat keskustelut",
      refresh: "Päivitä",
      queueEmpty: "Kukaan ei odota juuri nyt.",
      chatNone: "Valitse keskustelu listasta",
      chatTitle: "Keskustelu #{id}",
      claim: "Ota hoitoon",
      close: "Sulje",
      closeNote: "Muistiinpano (vapaaehtoinen, vain tiimille)",
      closeConfirm: "Sulje keskustelu",
      cancel: "Peruuta",
      surveyTitle: "Alkukartoituksen yhteenveto",
      surveyEmpty: "Ei vastauksia kartoitukseen.",
      transcriptTitle: "Keskustelu",
      replyLabel: "Vastauksesi",
      replyHelp: "Osallistuja näkee nimesi vastauksen yhteydessä. Ctrl+Enter lähettää.",
      replyNeedsClaim: "Ota keskustelu hoitoon ennen kuin vastaat.",
      replyClosed: "Tämä keskustelu on suljettu.",
      send: "Lähetä",
      participant: "Osallistuja",
      counsellor: "Ohjaaja",
      notDelivered: "Ei toimitettu",
      "status-open": "Odottaa",
      "status-claimed": "Hoidossa",
      "status-closed": "Suljettu",
      "source-menu": "valikosta",
      "source-command": "komennolla",
      "source-survey": "kartoituksesta",
      "source-not-understood": "botti ei ymmärtänyt",
      "source-other": "muu",
      "source-safety": "hätä: vaaran sanat tai ”En ole turvassa”",
      urgent: "KIIREELLINEN",
      claimedBy: "hoitaa: {name}",
      waitingFor: "odottanut {time}",
      waitedFor: "odotti {time}",
      unreachable: "on estänyt botin",
      langUnknown: "kieli valitsematta",
      lessThanMinute: "< 1 min",
      minutes: "{n} min",
      hours: "{h} t {m} min",
      "file-photo": "[kuva]",
      "file-voice": "[ääniviesti]",
      "file-audio": "[äänitiedosto]",
      "file-document": "[tiedosto]",
      "file-video": "[video]",
      "file-video_note": "[videoviesti]",
      "file-sticker": "[tarra]",
      "file-location": "[sijainti]",
      "file-contact": "[yhteystieto]",
      "file-other": "[viesti ilman tekstiä]",
      fileGeneric: "[tiedosto: {kind}]",
      "flag-wants-to-talk": "Haluaa puhua jonkun kanssa",
      "flag-hard-time": "Kertoi, että on vaikeaa",
      "flag-voice-answer": "Vastasi ääniviestillä: kuuntele",
      signedOut: "Olet kirjautunut ulos.",
      claimedOk: "Otit keskustelun hoitoon. Osallistuja odottaa vastaustasi.",
      sentOk: "Vastaus lähetetty.",
      closedOk: "Keskustelu on suljettu. Botti jatkaa keskustelua osallistujan kanssa.",
      emptyReply: "Kirjoita ensin vastaus.",
      emptyToken: "Liitä ensin tunnisteesi.",
      errTokenRejected: "Tunnistetta ei hyväksytty. Se voi olla väärin kopioitu, vanhentunut tai peruttu.",
      errSessionEnded: "Kirjautumisesi ei ole enää voimassa (tunniste vanheni tai peruttiin). Kirjaudu uudelleen.",
      errNetwork: "Ei yhteyttä palvelimeen. Yritetään uudelleen…",
      errClaimedFirst: "Toinen ohjaaja ehti ottaa sen hoitoon ensin.",
      errClosed: "Tämä keskustelu on jo suljettu.",
      errNotFound: "Tätä keskustelua ei enää ole.",
      errNotYours: "Tämä keskustelu on toisen ohjaajan hoidossa.",
      errClaimFirst: "Ota keskustelu ensin hoitoosi. Vain sen ottanut ohjaaja (tai ylläpitäjä) voi sulkea sen.",
      errUnreachable: "Osallistuja on estänyt botin, joten vastausta ei toimitettu.",
      errDelivery: "Telegram ei ottanut vastausta vastaan. Yritä hetken päästä uudelleen.",
      errNoTelegram: "Palvelimella ei ole yhteyttä Telegramiin, joten vastauksia ei voi lähettää.",
      errAdminCannotClaim: "Ylläpitäjän tunnisteella ei voi ottaa keskusteluja hoitoon. Kirjaudu omalla ohjaajan tunnisteellasi.",
      errForbidden: "Sinulla ei ole oikeutta tähän.",
      errBadRequest: "Palvelin ei hyväksynyt pyyntöä: {detail}",
      errBusy: "Palvelin on kiireinen. Yritä hetken päästä uudelleen.",
      errServer: "Palvelimella tapahtui virhe. Yritä hetken päästä uudelleen.",
      errOther: "Pyyntö epäonnistui ({status}).",
    },
    sv: {
      title: "Handledarkonsolen",
      skip: "Hoppa till innehållet",
      language: "Språk",
      signOut: "Logga ut",
      signInTitle: "Logga in",
      tokenLabel: "Din handledartoken",
      tokenHelp: "Klistra in den token du har fått. Den sparas bara i den här webbläsarfliken och glöms när du stänger fliken.",
      signIn: "Logga in",
      queueTitle: "Väntande chattar",
      refresh: "Uppdatera",
      queueEmpty: "Ingen väntar just nu.",
      chatNone: "Välj en chatt i listan",
      chatTitle: "Chatt #{id}",
      claim: "Ta hand om",
      close: "Stäng",
      closeNote: "Anteckning (frivillig, bara för teamet)",
      closeConfirm: "Stäng chatten",
      cancel: "Avbryt",
      surveyTitle: "Sammandrag av kartläggningen (på finska)",
      surveyEmpty: "Inga svar på kartläggningen.",
      transcriptTitle: "Samtal",
      replyLabel: "Ditt svar",
      replyHelp: "Deltagaren ser ditt namn med svaret. Ctrl+Enter skickar.",
      replyNeedsClaim: "Ta hand om chatten innan du svarar.",
      replyClosed: "Den här chatten är stängd.",
      send: "Skicka",
      participant: "Deltagare",
      counsellor: "Handledare",
      notDelivered: "Inte levererat",
      "status-open": "Väntar",
      "status-claimed": "Tagen",
      "status-closed": "Stängd",
      "source-menu": "från menyn",
      "source-command": "med kommando",
      "source-survey": "från kartläggningen",
      "source-not-understood": "boten förstod inte",
      "source-other": "annat",
      "source-safety": "nöd: ord om fara eller ”Jag är inte trygg”",
      urgent: "BRÅDSKANDE",
      claimedBy: "tagen av {name}",
      waitingFor: "har väntat {time}",
      waitedFor: "väntade {time}",
      unreachable: "har blockerat boten",
      langUnknown: "inget språk valt",
      lessThanMinute: "< 1 min",
      minutes: "{n} min",
      hours: "{h} tim {m} min",
      "file-photo": "[bild]",
      "file-voice": "[röstmeddelande]",
      "file-audio": "[ljudfil]",
      "file-document": "[dokument]",
      "file-video": "[video]",
      "file-video_note": "[videomeddelande]",
      "file-sticker": "[klistermärke]",
      "file-location": "[plats]",
      "file-contact": "[kontakt]",
      "file-other": "[meddelande utan text]",
      fileGeneric: "[fil: {kind}]",
      "flag-wants-to-talk": "Vill prata med någon",
      "flag-hard-time": "Berättade att det är svårt",
      "flag-voice-answer": "Svarade med röstmeddelande: lyssna",
      signedOut: "Du har loggat ut.",
      claimedOk: "Du tog hand om chatten. Deltagaren väntar på ditt svar.",
      sentOk: "Svaret skickades.",
      closedOk: "Chatten är stängd. Boten tar över samtalet igen.",
      emptyReply: "Skriv ett svar först.",
      emptyToken: "Klistra in din token först.",
      errTokenRejected: "Din token godkändes inte. Den kan vara felkopierad, ha gått ut eller återkallats.",
      errSessionEnded: "Din inloggning gäller inte längre (din token har gått ut eller återkallats). Logga in igen.",
      errNetwork: "Ingen anslutning till servern. Försöker igen…",
      errClaimedFirst: "En annan handledare hann ta hand om den först.",
      errClosed: "Den här chatten är redan stängd.",
      errNotFound: "Den här chatten finns inte längre.",
      errNotYours: "Den här chatten sköts av en annan handledare.",
      errClaimFirst: "Ta hand om chatten först. Bara handledaren som tog den (eller en administratör) kan stänga den.",
      errUnreachable: "Deltagaren har blockerat boten, så svaret levererades inte.",
      errDelivery: "Telegram tog inte emot svaret. Försök igen om en stund.",
      errNoTelegram: "Servern har ingen anslutning till Telegram, så svar kan inte skickas.",
      errAdminCannotClaim: "Administratörens token kan inte ta hand om chattar. Logga in med din egen handledartoken.",
      errForbidden: "Du har inte behörighet till det här.",
      errBadRequest: "Servern godkände inte begäran: {detail}",
      errBusy: "Servern är upptagen. Försök igen om en stund.",
      errServer: "Något gick fel på servern. Försök igen om en stund.",
      errOther: "Begäran misslyckades ({status}).",
    },
    en: {
      title: "Counsellors' console",
      skip: "Skip to content",
      language: "Language",
      signOut: "Sign out",
      signInTitle: "Sign in",
      tokenLabel: "Your counsellor token",
      tokenHelp: "Paste the token you were given. It is kept only in this browser tab and forgotten when you close the tab.",
      signIn: "Sign in",
      queueTitle: "Waiting chats",
      refresh: "Refresh",
      queueEmpty: "Nobody is waiting right now.",
      chatNone: "Choose a chat from the list",
      chatTitle: "Chat #{id}",
      claim: "Claim",
      close: "Close",
      closeNote: "Note (optional, only for the team)",
      closeConfirm: "Close the chat",
      cancel: "Cancel",
      surveyTitle: "Survey summary (in Finnish)",
      surveyEmpty: "No survey answers.",
      transcriptTitle: "Conversation",
      replyLabel: "Your reply",
      replyHelp: "The participant sees your name with the reply. Ctrl+Enter sends.",
      replyNeedsClaim: "Claim the chat before replying.",
      replyClosed: "This chat is closed.",
      send: "Send",
      participant: "Participant",
      counsellor: "Counsellor",
      notDelivered: "Not delivered",
      "status-open": "Waiting",
      "status-claimed": "Claimed",
      "status-closed": "Closed",
      "source-menu": "from the menu",
      "source-command": "by command",
      "source-survey": "from the survey",
      "source-not-understood": "bot did not understand",
      "source-other": "other",
      "source-safety": "distress: words of danger or “I am not safe”",
      urgent: "URGENT",
      claimedBy: "claimed by {name}",
      waitingFor: "waiting {time}",
      waitedFor: "waited {time}",
      unreachable: "has blocked the bot",
      langUnknown: "no language chosen",
      lessThanMinute: "< 1 min",
      minutes: "{n} min",
      hours: "{h} h {m} min",
      "file-photo": "[photo]",
      "file-voice": "[voice message]",
      "file-audio": "[audio]",
      "file-document": "[document]",
      "file-video": "[video]",
      "file-video_note": "[video message]",
      "file-sticker": "[sticker]",
      "file-location": "[location]",
      "file-contact": "[contact]",
      "file-other": "[message without text]",
      fileGeneric: "[file: {kind}]",
      "flag-wants-to-talk": "Wants to talk with someone",
      "flag-hard-time": "Said it is hard",
      "flag-voice-answer": "Answered with a voice message: listen",
      signedOut: "You have signed out.",
      claimedOk: "You claimed the chat. The participant is waiting for your reply.",
      sentOk: "Reply sent.",
      closedOk: "The chat is closed. The bot takes the conversation back.",
      emptyReply: "Write a reply first.",
      emptyToken: "Paste your token first.",
      errTokenRejected: "The token was not accepted. It may be mistyped, expired or revoked.",
      errSessionEnded: "Your sign-in is no longer valid (the token expired or was revoked). Sign in again.",
      errNetwork: "No connection to the server. Trying again…",
      errClaimedFirst: "Another counsellor claimed it first.",
      errClosed: "This chat is already closed.",
      errNotFound: "This chat no longer exists.",
      errNotYours: "This chat is assigned to another counsellor.",
      errClaimFirst: "Take the chat first. Only the counsellor who took it (or an admin) can close it.",
      errUnreachable: "The participant has blocked the bot, so the reply was not delivered.",
      errDelivery: "Telegram did not accept the reply. Try again in a moment.",
      errNoTelegram: "The server has no connection to Telegram, so replies cannot be sent.",
      errAdminCannotClaim: "The administrator token cannot claim chats. Sign in with your own counsellor token.",
      errForbidden: "You are not allowed to do that.",
      errBadRequest: "The server did not accept the request: {detail}",
      errBusy: "The server is busy. Try again in a moment.",
      errServer: "Something went wrong on the server. Try again in a moment.",
      errOther: "The request failed ({status}).",
    },
  };

  /** The API's error messages (routes.ts) and the words shown for them. */
  const API_MESSAGES = {
    "another counsellor claimed it first": "errClaimedFirst",
    "the escalation is closed": "errClosed",
    "no such escalation": "errNotFound",
    "the escalation is assigned to another counsellor": "errNotYours",
    "claim the escalation first: only the counsellor who claimed it (or an admin) closes it": "errClaimFirst",
    "the participant has blocked the bot; the reply was not delivered": "errUnreachable",
    "Telegram did not take the reply; try again": "errDelivery",
    "no connection to Telegram is configured": "errNoTelegram",
  };

  const TOKEN_KEY = "kb-console-token"; // sessionStorage only
  const LANG_KEY = "kb-console-lang"; // a preference, not a secret
  const QUEUE_EVERY_MS = 5000;
  const CHAT_EVERY_MS = 2000;
  const TICK_EVERY_MS = 5000;

  const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
  const el = {
    lang: /** @type {HTMLSelectElement} */ ($("lang")),
    signOut: $("sign-out"),
    status: $("status"),
    signin: $("signin"),
    signinForm: $("signin-form"),
    token: /** @type {HTMLInputElement} */ ($("token")),
    signinError: $("signin-error"),
    workspace: $("workspace"),
    refresh: $("refresh"),
    queue: $("queue"),
    queueEmpty: $("queue-empty"),
    chatTitle: $("chat-title"),
    chatBody: $("chat-body"),
    chatMeta: $("chat-meta"),
    claim: /** @type {HTMLButtonElement} */ ($("claim")),
    closeOpen: /** @type {HTMLButtonElement} */ ($("close-open")),
    closeForm: $("close-form"),
    closeNote: /** @type {HTMLTextAreaElement} */ ($("close-note")),
    closeCancel: $("close-cancel"),
    surveyFlags: $("survey-flags"),
    surveyEmpty: $("survey-empty"),
    surveyAnswers: $("survey-answers"),
    transcript: $("transcript"),
    replyForm: $("reply-form"),
    replyHelp: $("reply-help"),
    replyText: /** @type {HTMLTextAreaElement} */ ($("reply-text")),
    send: /** @type {HTMLButtonElement} */ ($("send")),
  };

  const state = {
    lang: initialLanguage(),
    token: sessionStorage.getItem(TOKEN_KEY),
    queue: /** @type {any[]} */ ([]),
    queueFetchedAt: 0,
    selectedId: /** @type {number | null} */ (null),
    /** Bumped whenever the open chat changes or the session ends: late answers are dropped. */
    generation: 0,
    /** Requests on their way: signing out revokes the token only after they are answered. */
    inFlight: /** @type {Set<Promise<unknown>>} */ (new Set()),
    escalation: /** @type {any} */ (null),
    lastSurvey: /** @type {any} */ (null),
    messages: /** @type {any[]} */ ([]),
    seen: new Set(),
    lastId: 0,
    surveyKey: "",
    busy: false,
    statusIsNetwork: false,
    queueTimer: 0,
    chatTimer: 0,
    tickTimer: 0,
  };

  // ---- texts ---------------------------------------------------------------

  function initialLanguage() {
    const saved = localStorage.getItem(LANG_KEY);
    if (saved && saved in TEXTS) return saved;
    for (const tag of navigator.languages || [navigator.language]) {
      const code = String(tag || "").slice(0, 2).toLowerCase();
      if (code in TEXTS) return code;
    }
    return "en";
  }

  function t(key, vars) {
    const text = TEXTS[state.lang][key] ?? TEXTS.en[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : `{${name}}`)) : text;
  }

  function applyTexts() {
    document.documentElement.lang = state.lang;
    el.lang.value = state.lang;
    for (const node of document.querySelectorAll("[data-i18n]")) {
      node.textContent = t(/** @type {HTMLElement} */ (node).dataset.i18n);
    }
    updateTitle();
  }

  function updateTitle() {
    const waiting = state.token ? state.queue.filter((e) => e.status === "open").length : 0;
    document.title = waiting > 0 ? `(${waiting}) ${t("title")}` : t("title");
  }

  function languageName(code) {
    if (!code) return t("langUnknown");
    try {
      const name = new Intl.DisplayNames([state.lang], { type: "language" }).of(code);
      return name && name !== code ? `${name} (${code})` : code;
    } catch {
      return code;
    }
  }

  function duration(seconds) {
    const minutes = Math.floor(seconds / 60);
    if (minutes < 1) return t("lessThanMinute");
    if (minutes < 60) return t("minutes", { n: minutes });
    return t("hours", { h: Math.floor(minutes / 60), m: minutes % 60 });
  }

  /** Waiting time now: an open escalation's keeps growing between two fetches of the queue. */
  function waitingText(e, fetchedAt) {
    if (e.status === "open") {
      const seconds = e.waitingSeconds + Math.max(0, (Date.now() - fetchedAt) / 1000);
      return t("waitingFor", { time: duration(seconds) });
    }
    return t("waitedFor", { time: duration(e.waitingSeconds) });
  }

  function timeText(iso) {
    const date = new Date(iso);
    const today = new Date().toDateString() === date.toDateString();
    const options = today ? { hour: "2-digit", minute: "2-digit" } : { day: "numeric", month: "numeric", hour: "2-digit", minute: "2-digit" };
    return new Intl.DateTimeFormat(state.lang, /** @type {Intl.DateTimeFormatOptions} */ (options)).format(date);
  }

  function fileText(kind) {
    const key = `file-${kind}`;
    return key in TEXTS.en ? t(key) : t("fileGeneric", { kind });
  }

  // ---- status line and errors -----------------------------------------------

  function setStatus(text, isError = false) {
    el.status.textContent = text;
    el.status.classList.toggle("is-error", isError);
    state.statusIsNetwork = false;
  }

  class ApiError extends Error {
    constructor(status, message, network = false) {
      super(message);
      this.status = status;
      this.network = network;
      this.handled = false;
    }
  }

  /** An API error in plain words. */
  function plainWords(error) {
    if (!(error instanceof ApiError)) return t("errOther", { status: "?" });
    if (error.network) return t("errNetwork");
    const known = API_MESSAGES[error.message];
    if (known) return t(known);
    if (error.message.startsWith("body/counsellorId: no such active counsellor")) return t("errAdminCannotClaim");
    if (error.status === 400) return t("errBadRequest", { detail: error.message || "?" });
    if (error.status === 403) return t("errForbidden");
    if (error.status === 404) return t("errNotFound");
    if (error.status === 429 || error.status === 503) return t("errBusy");
    if (error.status >= 500) return t("errServer");
    return t("errOther", { status: error.status });
  }

  function report(error) {
    if (error instanceof ApiError && error.handled) return;
    setStatus(plainWords(error), true);
    state.statusIsNetwork = error instanceof ApiError && error.network;
  }

  /** A poll went through: a "no connection" notice is out of date. */
  function connectionBack() {
    if (state.statusIsNetwork) setStatus("");
  }

  // ---- the API ----------------------------------------------------------------

  async function api(method, path, body) {
    const headers = { authorization: `Bearer ${state.token}`, accept: "application/json" };
    if (body !== undefined) headers["content-type"] = "application/json";
    let response;
    const request = fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      credentials: "omit",
    });
    state.inFlight.add(request);
    try {
      response = await request;
    } catch {
      throw new ApiError(0, "", true);
    } finally {
      state.inFlight.delete(request);
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      const error = new ApiError(response.status, data && typeof data.message === "string" ? data.message : "");
      if (response.status === 401) {
        error.handled = true;
        endSession(el.workspace.hidden ? t("errTokenRejected") : t("errSessionEnded"));
      }
      throw error;
    }
    return data;
  }

  // ---- session ------------------------------------------------------------------

  function startSession() {
    el.signin.hidden = true;
    el.workspace.hidden = false;
    el.signOut.hidden = false;
    refreshQueue(true);
    clearInterval(state.tickTimer);
    state.tickTimer = window.setInterval(tick, TICK_EVERY_MS);
  }

  /** Back to the sign-in form; nothing of the participants' data stays on the page. */
  function endSession(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    state.token = null;
    state.generation++;
    clearTimeout(state.queueTimer);
    clearTimeout(state.chatTimer);
    clearInterval(state.tickTimer);
    state.queue = [];
    closeChat();
    el.queue.replaceChildren();
    el.workspace.hidden = true;
    el.signOut.hidden = true;
    el.signin.hidden = false;
    el.token.value = "";
    el.signinError.textContent = message || "";
    setStatus(message ? "" : t("signedOut"));
    updateTitle();
    el.token.focus();
  }

  el.signinForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const token = el.token.value.trim();
    if (!token) {
      el.signinError.textContent = t("emptyToken");
      el.token.focus();
      return;
    }
    el.signinError.textContent = "";
    state.token = token;
    try {
      await api("GET", "/api/escalations?state=live");
    } catch (error) {
      if (!(error instanceof ApiError && error.handled)) {
        state.token = null;
        el.signinError.textContent = plainWords(error);
      }
      return;
    }
    sessionStorage.setItem(TOKEN_KEY, token);
    el.token.value = "";
    setStatus("");
    startSession();
    el.queue.querySelector("button")?.focus();
  });

  // Signing out revokes the token on the server too: a copy left behind (another tab, a
  // shared computer's memory) stops working. The page forgets it whatever the answer.
  el.signOut.addEventListener("click", async () => {
    const token = state.token;
    endSession();
    if (!token) return;
    // A poll already on its way would otherwise meet a revoked token (a 401 in the console).
    await Promise.allSettled([...state.inFlight]);
    try {
      await fetch("/api/sign-out", { method: "POST", headers: { authorization: `Bearer ${token}` }, cache: "no-store", credentials: "omit" });
    } catch {
      // Offline: the token still ends at its expiry; an admin can revoke it.
    }
  });

  el.lang.addEventListener("change", () => {
    state.lang = el.lang.value in TEXTS ? el.lang.value : "en";
    localStorage.setItem(LANG_KEY, state.lang);
    applyTexts();
    renderQueue();
    if (state.selectedId !== null) el.chatTitle.textContent = t("chatTitle", { id: state.selectedId });
    if (state.escalation) {
      renderEscalation(state.escalation);
      state.surveyKey = "";
      if (state.lastSurvey) renderSurvey(state.lastSurvey);
      renderAllMessages();
    }
  });

  // ---- the queue -------------------------------------------------------------------

  async function refreshQueue(reschedule) {
    if (reschedule) clearTimeout(state.queueTimer);
    const generation = state.generation;
    try {
      const data = await api("GET", "/api/escalations?state=live");
      if (generation !== state.generation) return;
      state.queue = data.items;
      state.queueFetchedAt = Date.now();
      renderQueue();
      connectionBack();
    } catch (error) {
      if (generation === state.generation) report(error);
    } finally {
      if (reschedule && generation === state.generation && state.token) {
        state.queueTimer = window.setTimeout(() => refreshQueue(true), QUEUE_EVERY_MS);
      }
    }
  }

  function renderQueue() {
    const focusedId = /** @type {HTMLElement | null} */ (document.activeElement)?.dataset?.escalationId;
    const items = state.queue.map((e) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "queue-item";
      button.dataset.escalationId = String(e.id);
      if (e.id === state.selectedId) button.setAttribute("aria-current", "true");

      const line1 = document.createElement("span");
      line1.className = "line1";
      const name = document.createElement("span");
      name.textContent = `#${e.id} · ${languageName(e.locale)}`;
      const badge = document.createElement("span");
      badge.className = `badge ${e.status}`;
      badge.textContent = t(`status-${e.status}`);
      line1.append(name, badge);
      // Danger, violence or self-harm: the server lists these first; they must also look it.
      if (e.urgent) {
        const urgent = document.createElement("span");
        urgent.className = "badge urgent";
        urgent.textContent = `🆘 ${t("urgent")}`;
        line1.append(urgent);
        button.classList.add("urgent");
      }

      const line2 = document.createElement("span");
      line2.className = "line2";
      const parts = [t(`source-${e.source}`)];
      if (e.counsellor) parts.push(t("claimedBy", { name: e.counsellor }));
      if (e.participantUnreachable) parts.push(t("unreachable"));
      const details = document.createElement("span");
      details.textContent = parts.join(" · ") + " · ";
      const wait = document.createElement("span");
      wait.className = "wait";
      wait.dataset.escalationId = String(e.id);
      wait.textContent = waitingText(e, state.queueFetchedAt);
      line2.append(details, wait);

      button.append(line1, line2);
      button.addEventListener("click", () => openChat(e.id));
      li.append(button);
      return li;
    });
    el.queue.replaceChildren(...items);
    el.queueEmpty.hidden = state.queue.length > 0;
    if (focusedId) /** @type {HTMLElement | null} */ (el.queue.querySelector(`button[data-escalation-id="${CSS.escape(focusedId)}"]`))?.focus();
    updateTitle();
  }

  /** The waiting times move on between two fetches. */
  function tick() {
    for (const span of el.queue.querySelectorAll(".wait")) {
      const e = state.queue.find((item) => String(item.id) === /** @type {HTMLElement} */ (span).dataset.escalationId);
      if (e) span.textContent = waitingText(e, state.queueFetchedAt);
    }
  }

  el.refresh.addEventListener("click", () => refreshQueue(true));

  // ---- one chat ----------------------------------------------------------------------

  function closeChat() {
    clearTimeout(state.chatTimer);
    state.selectedId = null;
    state.escalation = null;
    state.lastSurvey = null;
    state.messages = [];
    state.seen = new Set();
    state.lastId = 0;
    state.surveyKey = "";
    el.transcript.replaceChildren();
    el.surveyFlags.replaceChildren();
    el.surveyAnswers.replaceChildren();
    el.chatMeta.textContent = "";
    el.replyText.value = "";
    el.closeNote.value = "";
    el.closeForm.hidden = true;
    el.chatBody.hidden = true;
    el.chatTitle.textContent = t("chatNone");
    el.chatTitle.dataset.i18n = "chatNone";
  }

  function openChat(id) {
    if (state.selectedId === id) {
      el.chatTitle.focus();
      return;
    }
    closeChat();
    state.generation++;
    state.selectedId = id;
    delete el.chatTitle.dataset.i18n;
    el.chatTitle.textContent = t("chatTitle", { id });
    el.chatBody.hidden = false;
    el.claim.hidden = true;
    el.closeOpen.hidden = true;
    setReplyEnabled(false, "");
    for (const button of el.queue.querySelectorAll("button")) {
      if (button.dataset.escalationId === String(id)) button.setAttribute("aria-current", "true");
      else button.removeAttribute("aria-current");
    }
    setStatus("");
    el.chatTitle.focus();
    pollChat();
  }

  async function pollChat() {
    clearTimeout(state.chatTimer);
    const generation = state.generation;
    const id = state.selectedId;
    if (id === null) return;
    let again = true;
    try {
      const data = await api("GET", `/api/escalations/${id}?after=${state.lastId}`);
      if (generation !== state.generation) return;
      renderEscalation(data.escalation);
      renderSurvey(data.survey);
      appendMessages(data.messages);
      connectionBack();
    } catch (error) {
      if (generation !== state.generation) return;
      report(error);
      if (error instanceof ApiError && error.status === 404) again = false;
    } finally {
      if (again && generation === state.generation && state.token) {
        state.chatTimer = window.setTimeout(pollChat, CHAT_EVERY_MS);
      }
    }
  }

  function renderEscalation(e) {
    state.escalation = e;
    const parts = [languageName(e.locale), t(`source-${e.source}`), t(`status-${e.status}`)];
    if (e.counsellor) parts.push(t("claimedBy", { name: e.counsellor }));
    if (e.status !== "closed") parts.push(waitingText(e, Date.now()));
    if (e.participantUnreachable) parts.push(t("unreachable"));
    el.chatMeta.textContent = parts.join(" · ");
    el.claim.hidden = e.status !== "open";
    // Only the counsellor who claimed a chat (or an admin) closes it: no Close before a claim.
    el.closeOpen.hidden = e.status !== "claimed";
    if (e.status === "closed") el.closeForm.hidden = true;
    if (e.status === "closed") setReplyEnabled(false, t("replyClosed"));
    else if (e.status === "open") setReplyEnabled(false, t("replyNeedsClaim"));
    else setReplyEnabled(true, t("replyHelp"));
  }

  function setReplyEnabled(enabled, help) {
    el.replyText.disabled = !enabled;
    el.send.disabled = !enabled || state.busy;
    el.replyHelp.textContent = help;
  }

  function renderSurvey(survey) {
    const key = JSON.stringify(survey);
    if (key === state.surveyKey) return;
    state.surveyKey = key;
    state.lastSurvey = survey;
    const flags = survey.flags.map((flag) => {
      const li = document.createElement("li");
      li.className = "flag";
      const text = `flag-${flag}`;
      li.textContent = text in TEXTS.en ? t(text) : flag;
      return li;
    });
    el.surveyFlags.replaceChildren(...flags);
    const rows = [];
    for (const answer of survey.answers) {
      const dt = document.createElement("dt");
      dt.textContent = answer.question;
      const dd = document.createElement("dd");
      dd.textContent = answer.answer;
      // The question whose answer raised a flag (coping → wants to talk or it is hard; the
      // field of work → a voice message to listen to) stands out.
      const flagged =
        (answer.questionId === "coping" && (survey.flags.includes("wants-to-talk") || survey.flags.includes("hard-time"))) ||
        (answer.questionId === "work-field" && survey.flags.includes("voice-answer"));
      if (flagged) {
        dt.classList.add("flagged");
        dd.classList.add("flagged");
      }
      rows.push(dt, dd);
    }
    el.surveyAnswers.replaceChildren(...rows);
    el.surveyAnswers.lang = "fi";
    el.surveyEmpty.hidden = survey.answers.length > 0;
  }

  function messageItem(m) {
    const li = document.createElement("li");
    li.className = `msg ${m.direction}`;
    li.dataset.messageId = String(m.id);
    const who = document.createElement("span");
    who.className = "who";
    const author = m.direction === "in" ? t("participant") : m.counsellor || t("counsellor");
    who.textContent = `${author} · ${timeText(m.createdAt)}`;
    const body = document.createElement("p");
    body.className = "text";
    body.dir = "auto";
    if (m.fileKind) {
      const file = document.createElement("span");
      file.className = "file";
      file.textContent = fileText(m.fileKind);
      body.append(file);
      if (m.text) body.append(" ");
    }
    if (m.text) body.append(m.text);
    if (m.details && m.details.kind === "location") {
      const link = document.createElement("a");
      link.href = m.details.mapUrl;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
      link.textContent = `${m.details.latitude}, ${m.details.longitude}`;
      body.append(" ", link);
    } else if (m.details && m.details.kind === "contact") {
      body.append(` ${m.details.name} ${m.details.phoneNumber}`);
    }
    li.append(who, body);
    if (m.direction === "out" && m.delivery === "failed") {
      const failed = document.createElement("span");
      failed.className = "failed";
      failed.textContent = t("notDelivered");
      li.append(failed);
    }
    return li;
  }

  function appendMessages(messages) {
    const fresh = messages.filter((m) => !state.seen.has(m.id));
    if (fresh.length === 0) return;
    const box = el.transcript;
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80 || state.messages.length === 0;
    for (const m of fresh) {
      state.seen.add(m.id);
      state.messages.push(m);
      state.lastId = Math.max(state.lastId, m.id);
      box.append(messageItem(m));
    }
    if (atBottom) box.scrollTop = box.scrollHeight;
  }

  function renderAllMessages() {
    el.transcript.replaceChildren(...state.messages.map(messageItem));
  }

  // ---- actions -----------------------------------------------------------------------

  async function act(work) {
    if (state.busy || state.selectedId === null) return;
    state.busy = true;
    const generation = state.generation;
    for (const button of [el.claim, el.closeOpen, el.send]) button.disabled = true;
    try {
      await work(state.selectedId, generation);
    } catch (error) {
      if (generation === state.generation) {
        report(error);
        pollChat();
        refreshQueue(false);
      }
    } finally {
      state.busy = false;
      el.claim.disabled = false;
      el.closeOpen.disabled = false;
      if (state.escalation) renderEscalation(state.escalation);
    }
  }

  el.claim.addEventListener("click", () =>
    act(async (id, generation) => {
      const claimed = await api("POST", `/api/escalations/${id}/claim`);
      if (generation !== state.generation) return;
      // The claim's answer has no participant language; keep the one we know.
      renderEscalation({ ...state.escalation, ...claimed, locale: state.escalation?.locale ?? claimed.locale });
      setStatus(t("claimedOk"));
      refreshQueue(false);
      el.replyText.disabled = false;
      el.replyText.focus();
    }),
  );

  el.closeOpen.addEventListener("click", () => {
    el.closeForm.hidden = false;
    el.closeNote.focus();
  });
  el.closeCancel.addEventListener("click", () => {
    el.closeForm.hidden = true;
    el.closeNote.value = "";
    el.closeOpen.focus();
  });
  el.closeForm.addEventListener("submit", (event) => {
    event.preventDefault();
    act(async (id, generation) => {
      const note = el.closeNote.value.trim();
      const closed = await api("POST", `/api/escalations/${id}/close`, note ? { note } : {});
      if (generation !== state.generation) return;
      renderEscalation({ ...state.escalation, ...closed, locale: state.escalation?.locale ?? null, counsellor: state.escalation?.counsellor ?? null });
      el.closeNote.value = "";
      el.closeForm.hidden = true;
      setStatus(t("closedOk"));
      refreshQueue(false);
      el.chatTitle.focus();
    });
  });

  function sendReply() {
    const text = el.replyText.value.trim();
    if (!text) {
      setStatus(t("emptyReply"), true);
      el.replyText.focus();
      return;
    }
    act(async (id, generation) => {
      const message = await api("POST", `/api/escalations/${id}/reply`, { text });
      if (generation !== state.generation) return;
      appendMessages([message]);
      el.replyText.value = "";
      setStatus(t("sentOk"));
      el.replyText.focus();
    });
  }

  el.replyForm.addEventListener("submit", (event) => {
    event.preventDefault();
    sendReply();
  });
  el.replyText.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      sendReply();
    }
  });

  // ---- start ---------------------------------------------------------------------------

  applyTexts();
  if (state.token) startSession();
  else el.signin.hidden = false;
})();
