"""Lindskära kommun – kommunstyrelsens protokollsutdrag 2025-12-02, §§ 188–191, as a forwarded e-mail.

Layout (new in probe p): a saved **RFC 822 message** (Return-Path, Received, From, To, Subject "VB: SV: …", Date
in RFC 2822 form, Message-ID, In-Reply-To, References, MIME-Version, Content-Type text/plain;
charset="windows-1252", Content-Transfer-Encoding: 8bit – no quoted-printable), **encoded in Windows-1252 with
CRLF line ends**. The body is a top-posted forward note; the protokollsutdrag itself exists **only inside the
"> " quoted earlier message** (hard-wrapped at 72 characters), and the oldest message is quoted twice (">> ").
"""
import textwrap

from common import out_dir

FILE = "lindskara_ks_protokollsutdrag_2025-12-02.txt"
JA = ["Helena Lundin (S)", "Rikard Söderberg (S)", "Maja Ekström (S)", "Mikael Brandt (C)", "Eva Sjödin (C)",
      "Sara Nyman (V)", "Göran Holst (L)"]
NEJ = ["Pernilla Strand (M)", "Erik Dahlgren (M)", "Oskar Berglund (KD)", "Lisa Ahlin (SD)"]
assert len(JA) == 7 and len(NEJ) == 4 and len(set(JA + NEJ)) == 11
RAM_OLD, RAM_NEW, ANBUD = 475, 580, 552     # tenths of mnkr
assert RAM_NEW > ANBUD > RAM_OLD
STOD, MAX_PER = 600, 50                      # tkr


def wrap(text, width=70):
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False) or [""]


def para(*texts):
    out = []
    for t in texts:
        out += wrap(t) if t else [""]
    return out


UTDRAG = [
    "-" * 70,
    "LINDSKÄRA KOMMUN                              PROTOKOLLSUTDRAG",
    "Kommunstyrelsen                               Sammanträdesdatum",
    "                                              2025-12-02",
    "-" * 70,
    "",
    "Ordförande:  Helena Lundin (S)",
    "Justerare:   Mikael Brandt (C)",
    "Justering:   2025-12-04",
    "Sekreterare: Karin Lindell",
    "",
    "",
    "§ 188  Ekonomisk uppföljning oktober 2025",
    "Dnr KS-2025/012",
    "",
] + para("Kommunens samlade prognos för 2025 är ett resultat på 18,6 mnkr, att jämföra med det budgeterade "
         "resultatet 24,0 mnkr. Nämnderna prognostiserar sammantaget ett underskott på 14,2 mnkr, varav "
         "socialnämnden 9,8 mnkr.", "",
         "Kommunstyrelsens beslut",
         "Kommunstyrelsen lägger uppföljningen till handlingarna.") + [
    "", "",
    "§ 189  Uppdrag om plan för publik laddinfrastruktur",
    "Dnr KS-2025/301",
    "",
] + para("Kommunfullmäktige biföll 2025-09-22, § 97, en motion om laddplatser för elbilar och gav "
         "kommunstyrelsen i uppdrag att se till att en plan tas fram.", "",
         "Kommunstyrelsens beslut",
         "Kommunstyrelsen ger samhällsbyggnadsförvaltningen i uppdrag att ta fram en plan för publik "
         "laddinfrastruktur. Uppdraget ska återrapporteras till kommunstyrelsen senast 2026-05-12.") + [
    "", "",
    "§ 190  Ny förskola i Kvarnängen – utökad investeringsram",
    "Dnr KS-2025/244",
    "",
] + para(f"Kommunfullmäktige beslutade 2024-06-10, § 61, om en investeringsram på 47,5 mnkr för en förskola med "
         f"åtta avdelningar i Kvarnängen. Upphandlingen avslutades i oktober 2025. Lägsta anbud för entreprenaden "
         f"var 55,2 mnkr, och den totala projektkostnaden beräknas till 58,0 mnkr.", "",
         "Yrkanden",
         "Helena Lundin (S) yrkar bifall till förvaltningens förslag. Pernilla Strand (M) yrkar att ärendet "
         "återremitteras för att pröva en förskola med sex avdelningar.", "",
         "Beslutsgång",
         "Ordföranden ställer först proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
         "att det ska avgöras i dag. Votering begärs och verkställs.", "",
         "Omröstningsresultat",
         f"Med {len(JA)} ja-röster för att avgöra ärendet i dag mot {len(NEJ)} nej-röster för återremiss "
         f"beslutar kommunstyrelsen att avgöra ärendet i dag.",
         "Ja: " + ", ".join(JA) + ".",
         "Nej: " + ", ".join(NEJ) + ".", "",
         "Därefter ställer ordföranden proposition på förvaltningens förslag och finner att kommunstyrelsen "
         "bifaller det.", "",
         "Kommunstyrelsens förslag till kommunfullmäktige",
         "Kommunfullmäktige beslutar att utöka investeringsramen för förskolan i Kvarnängen från 47,5 mnkr till "
         "58,0 mnkr och att utökningen finansieras genom ökad upplåning.", "",
         "Reservation",
         "Pernilla Strand (M), Erik Dahlgren (M) och Oskar Berglund (KD) reserverar sig mot beslutet till förmån "
         "för Strands yrkande.") + [
    "", "",
    "§ 191  Tillfälligt energistöd till föreningar 2026",
    "Dnr KS-2025/318",
    "",
] + para("Flera föreningar med egna anläggningar har fått kraftigt höjda elkostnader. Förvaltningen föreslår ett "
         "tillfälligt stöd för 2026.", "",
         "Kommunstyrelsens beslut",
         f"Kommunstyrelsen avsätter {STOD} tkr ur kommunstyrelsens förfogandemedel 2026 till ett tillfälligt "
         f"energistöd för föreningar med egna anläggningar. Stödet får uppgå till högst {MAX_PER} tkr per "
         f"förening. Ansökan ska ha kommit in senast 2026-02-28. Kultur- och fritidsförvaltningen handlägger "
         f"ansökningarna.", "",
         "Protokollsanteckning",
         "Sara Nyman (V) antecknar att hon vill att även studieförbunden ska kunna söka stödet.") + [
    "", "",
    "Justerandes signatur ________      Utdragsbestyrkande ________",
]


def main():
    headers = [
        "Return-Path: <tomas.hed@lindskara.se>",
        "Received: from EXCH02.ad.lindskara.se (10.12.4.22) by EXCH01.ad.lindskara.se",
        " (10.12.4.21) with Microsoft SMTP Server; Thu, 4 Dec 2025 13:05:44 +0100",
        "From: Tomas Hed <tomas.hed@lindskara.se>",
        "To: Anna Rask <anna.rask@lindskara.se>, Jonas Vik <jonas.vik@lindskara.se>",
        "Subject: VB: SV: Protokollsutdrag KS 2025-12-02",
        "Date: Thu, 4 Dec 2025 13:05:42 +0100",
        "Message-ID: <a81c3e2f4410@EXCH02.ad.lindskara.se>",
        "In-Reply-To: <7f2d19b02207@EXCH01.ad.lindskara.se>",
        "References: <5be03a111981@EXCH02.ad.lindskara.se>",
        " <7f2d19b02207@EXCH01.ad.lindskara.se>",
        "MIME-Version: 1.0",
        'Content-Type: text/plain; charset="windows-1252"',
        "Content-Transfer-Encoding: 8bit",
        "X-Mailer: Microsoft Outlook 16.0",
        "",
    ]
    top = para("Hej Anna och Jonas,", "",
               "se utdragen nedan från kommunstyrelsen i tisdags. Uppdraget om laddinfrastrukturen (§ 189) hamnar "
               "hos oss. Anna, kan du ta fram ett förslag på tidplan till ledningsgruppen den 15 december?", "",
               "/Tomas", "",
               "Tomas Hed", "Samhällsbyggnadschef", "Lindskära kommun", "")
    quoted_msg = para("Hej Tomas,", "",
                      "nu är protokollet justerat. Här kommer utdragen för §§ 188–191. Protokollet i sin helhet "
                      "anslås på kommunens digitala anslagstavla 2025-12-05. Observera att § 190 om Kvarnängen "
                      "bara är ett förslag från kommunstyrelsen; ärendet avgörs av kommunfullmäktige den "
                      "26 januari 2026.", "",
                      "Hälsningar", "Karin Lindell", "Nämndsekreterare, kommunledningsförvaltningen", "") + UTDRAG + [
        "", "Den ons 3 dec. 2025 kl. 16:05 skrev Tomas Hed <tomas.hed@lindskara.se>:"]
    oldest = para("Hej Karin! Har ni hunnit justera KS-protokollet från i tisdags? Vi behöver utdragen om "
                  "laddinfrastrukturen och Kvarnängen.", "", "/Tomas")
    lines = headers + top + ["Den tors 4 dec. 2025 kl. 10:41 skrev Karin Lindell <karin.lindell@lindskara.se>:"]
    lines += [("> " + x) if x else ">" for x in quoted_msg]
    lines += [(">> " + x) if x else ">>" for x in oldest]
    text = "\r\n".join(lines) + "\r\n"
    assert "\u2212" not in text
    (out_dir() / FILE).write_bytes(text.encode("cp1252"))


if __name__ == "__main__":
    main()
