"""Hällmyra kommun – samhällsbyggnadsnämndens protokoll 2025-11-13, §§ 118–124, as **Microsoft Word "Save as
Web Page (filtered)" HTML**.

Layout (new in probe o): the markup Word writes when a protokoll is saved as HTML and published as is:
- `<html xmlns:o=… xmlns:w=…>`, a `<!--[if gte mso 9]><xml><o:DocumentProperties>…` block inside a comment,
  a `<style>` block of Mso classes inside `<!-- -->`, `<div class=WordSection1>` / `WordSection2` with a
  `<br clear=all style='page-break-before:always'>` between them;
- every paragraph is `<p class=MsoNormal>` with inline `<span style=…>` runs, unquoted attributes, `<o:p></o:p>`
  end markers; the Swedish letters, §, – and the non-breaking spaces are **HTML named entities** (`&auml;`,
  `&ouml;`, `&aring;`, `&sect;`, `&ndash;`, `&nbsp;`), thousands separators are `&nbsp;`;
- Word's **tab runs** (`<span style='mso-tab-count:2'>&nbsp;&nbsp;…</span>`) separate labels from values;
- some words and figures are **split over two adjacent spans** ("Vik</span><span …>ström", "1&nbsp;4</span><span
  …>20") as Word does after editing;
- the propositionsordning is a Word list whose numbers sit in **`<![if !supportLists]>` … `<![endif]>`** blocks;
- the layout of the protokollshuvud is a borderless **layout table** (`MsoNormalTable`), the vote a
  `MsoTableGrid` table with X marks.
"""
import html as _html

from common import out_dir

FILE = "hallmyra_sbn_protokoll_2025-11-13.html"

MEMBERS = [("Ann-Charlotte Wiberg", "S", "ordförande"), ("Jonas Ekholm", "M", "1:e vice ordförande"),
           ("Helén Strid", "C", "2:e vice ordförande"), ("Rasmus Öberg", "S", ""), ("Maja Sundqvist", "S", ""),
           ("Lars Åkerlund", "KD", ""), ("Erik Fahlgren", "L", ""), ("Göran Lidbeck", "M", ""),
           ("Sanna Kjellberg", "V", ""), ("Per Vikström", "SD", ""), ("Tove Lindell", "SD", "")]
assert len(MEMBERS) == 11
JAV, JAV_ERS = "Lars Åkerlund", ("Nina Hallgren", "KD")
# § 120 votering: Ja = ärendet avgörs i dag, Nej = återremiss
VOTE_120 = {"Ann-Charlotte Wiberg": "Ja", "Jonas Ekholm": "Ja", "Helén Strid": "Ja", "Rasmus Öberg": "Ja",
            "Maja Sundqvist": "Ja", "Nina Hallgren": "Ja", "Erik Fahlgren": "Ja", "Göran Lidbeck": "Ja",
            "Sanna Kjellberg": "Avstår", "Per Vikström": "Nej", "Tove Lindell": "Nej"}
TALLY = {k: sum(1 for v in VOTE_120.values() if v == k) for k in ("Ja", "Nej", "Avstår")}
assert TALLY == {"Ja": 8, "Nej": 2, "Avstår": 1} and sum(TALLY.values()) == 11
assert JAV not in VOTE_120 and JAV_ERS[0] in VOTE_120
# § 119 prognos (tkr)
BYGGLOV, KONSULT = -1300, -550
PROGNOS = BYGGLOV + KONSULT
assert PROGNOS == -1850
ANS_2025, ANS_2024 = 214, 262
TAXA_OLD, TAXA_NEW = 1350, 1420
LGH = 86
DELEG = 64

ENT = {"å": "&aring;", "ä": "&auml;", "ö": "&ouml;", "Å": "&Aring;", "Ä": "&Auml;", "Ö": "&Ouml;",
       "é": "&eacute;", "§": "&sect;", "–": "&ndash;", "\u00a0": "&nbsp;", "”": "&#8221;"}


def ent(s: str) -> str:
    return "".join(ENT.get(ch, ch) for ch in s)


def n(v: int) -> str:
    """Swedish integer with a non-breaking space as thousands separator (becomes &nbsp;)."""
    s = f"{abs(v):,}".replace(",", "\u00a0")
    return ("−" if v < 0 else "") + s


def p(text, cls="MsoNormal", style=None):
    st = f" style='{style}'" if style else ""
    return f"<p class={cls}{st}>{text}<o:p></o:p></p>\n"


def tab(k=1):
    return f"<span style='mso-tab-count:{k}'>" + "&nbsp;" * (6 * k - 1) + " </span>"


def b(text):
    return f"<b><span style='font-family:\"Arial\",sans-serif'>{text}</span></b>"


def para_head(nr, title, dnr):
    return (p(f"<b><span style='font-size:12.0pt;font-family:\"Arial\",sans-serif'>§&nbsp;{nr}</span></b>{tab(1)}"
              f"<b><span style='font-size:12.0pt;font-family:\"Arial\",sans-serif'>{title}</span></b>",
              style="margin-top:18.0pt;page-break-after:avoid")
            + p(f"<span style='font-size:9.0pt'>Dnr {dnr}</span>"))


def wlist(items):
    out = []
    for i, it in enumerate(items, 1):
        cls = "MsoListParagraphCxSpFirst" if i == 1 else (
            "MsoListParagraphCxSpLast" if i == len(items) else "MsoListParagraphCxSpMiddle")
        out.append(f"<p class={cls} style='margin-left:36.0pt;text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
                   f"<![if !supportLists]><span>{i}.<span style='font:7.0pt \"Times New Roman\"'>"
                   f"&nbsp;&nbsp;&nbsp;&nbsp; </span></span><![endif]>{it}<o:p></o:p></p>\n")
    return "".join(out)


def vote_table():
    rows = ["<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
            "border:none'>\n<tr>"]
    for h in ("Ledamot", "Parti", "Ja", "Nej", "Avstår"):
        rows.append(f"<td width=110 valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt'>"
                    f"{p(b(h))}</td>")
    rows.append("</tr>\n")
    party = dict((m[0], m[1]) for m in MEMBERS)
    party[JAV_ERS[0]] = JAV_ERS[1]
    for name, v in VOTE_120.items():
        cells = [name + (" (ersättare)" if name == JAV_ERS[0] else ""), party[name]] + \
                ["X" if v == k else "&nbsp;" for k in ("Ja", "Nej", "Avstår")]
        rows.append("<tr>" + "".join(f"<td width=110 valign=top style='border:solid windowtext 1.0pt;"
                                     f"border-top:none;padding:0cm 5.4pt'>{p(c)}</td>" for c in cells) + "</tr>\n")
    rows.append("<tr>" + "".join(f"<td width=110 valign=top style='border:solid windowtext 1.0pt;border-top:none;"
                                 f"padding:0cm 5.4pt'>{p(b(c))}</td>"
                                 for c in ("Summa", "", str(TALLY['Ja']), str(TALLY['Nej']), str(TALLY['Avstår'])))
                + "</tr>\n</table>\n")
    return "".join(rows)


def body():
    o = []
    # --- protokollshuvud: borderless layout table
    o.append("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=605 "
             "style='width:453.6pt;border-collapse:collapse'>\n<tr>\n<td width=302 valign=top>"
             + p(b("<span style='font-size:14.0pt'>HÄLLMYRA KOMMUN</span>"))
             + p("Samhällsbyggnadsnämnden") + "</td>\n<td width=302 valign=top>"
             + p(b("SAMMANTRÄDESPROTOKOLL"), style="text-align:right")
             + p("Sammanträdesdatum 2025-11-13", style="text-align:right") + "</td>\n</tr>\n</table>\n")
    o.append(p("&nbsp;"))
    o.append(p(f"{b('Plats och tid')}{tab(2)}Kommunhuset, sammanträdesrum Gläntan, kl. 13.00–15.40"))
    members = "<br>\n".join(f"{nm} ({pt}){', ' + r if r else ''}" + (", ej § 120" if nm == JAV else "")
                            for nm, pt, r in MEMBERS)
    o.append(p(f"{b('Beslutande')}{tab(2)}{members}"))
    o.append(p(f"{b('Tjänstgörande ersättare')}{tab(1)}{JAV_ERS[0]} ({JAV_ERS[1]}), § 120"))
    o.append(p(f"{b('Övriga')}{tab(3)}Jenny Rask, förvaltningschef<br>\nMartin Hedqvist, planchef, § 120–121"
               f"<br>\nEva Sjödin, nämndsekreterare"))
    o.append(p(f"{b('Utses att justera')}{tab(2)}Helén Strid (C)"))
    o.append(p(f"{b('Justeringens plats och tid')}{tab(1)}Samhällsbyggnadsförvaltningen 2025-11-18"))
    o.append(p(f"{b('Paragrafer')}{tab(3)}118–124"))
    o.append(p(f"{b('Underskrifter')}{tab(2)}Sekreterare ……………………… Eva Sjödin<br>\n{tab(4)}"
               f"Ordförande ……………………… Ann-Charlotte Wiberg<br>\n{tab(4)}Justerare ……………………… Helén Strid"))
    o.append(p(f"{b('Anslag')}{tab(3)}Protokollet är justerat. Justeringen har tillkännagivits genom anslag "
               f"2025-11-19 på kommunens digitala anslagstavla."))
    o.append("</div>\n\n<span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'><br clear=all "
             "style='mso-special-character:line-break;page-break-before:always'>\n</span>\n\n"
             "<div class=WordSection2>\n")

    o.append(para_head(118, "Val av justerare", "SBN/2025/002-006"))
    o.append(p(b("Beslut")))
    o.append(p("Samhällsbyggnadsnämnden utser Helén Strid (C) att jämte ordföranden justera protokollet."))

    o.append(para_head(119, "Ekonomisk uppföljning per oktober 2025", "SBN/2025/018-042"))
    o.append(p("Förvaltningen redovisar den ekonomiska uppföljningen per den 31 oktober. Helårsprognosen för "
               f"nämnden är {n(PROGNOS)}\u00a0tkr. Avvikelsen beror främst på lägre bygglovsintäkter "
               f"({n(BYGGLOV)}\u00a0tkr): under januari–oktober kom det in {ANS_2025} bygglovsansökningar mot "
               f"{ANS_2024} samma period 2024. Därtill har planarbetet krävt externa konsulter för "
               f"{n(-KONSULT)}\u00a0tkr utöver budget, eftersom två tjänster som planarkitekt har varit vakanta."))
    o.append(p(b("Beslut")))
    o.append(wlist(["Samhällsbyggnadsnämnden godkänner uppföljningen och lägger den till handlingarna.",
                    "Förvaltningen får i uppdrag att redovisa en åtgärdsplan för en budget i balans vid "
                    "nämndens sammanträde den 11 december 2025."]))

    o.append(para_head(120, "Antagande av detaljplan för kv. Glasblåsaren 4 m.fl.", "SBN/2025/211-042"))
    o.append(p(b("Jäv")))
    o.append(p(f"{JAV} (KD) anmäler jäv, eftersom han äger en fastighet inom planområdet, och deltar inte i "
               f"handläggningen eller beslutet. {JAV_ERS[0]} ({JAV_ERS[1]}) tjänstgör i hans ställe."))
    o.append(p(b("Ärendet")))
    o.append(p(f"Detaljplanen möjliggör {LGH} lägenheter i fyra flerbostadshus i tre till fem våningar samt en "
               "förskola med sex avdelningar i kvarteret Glasblåsaren, som i dag är en grusad parkering. Planen "
               "har varit på granskning 2025-08-18 – 2025-09-15. Trafiken på Glasbruksvägen har utretts och "
               "bedöms öka med cirka 420 fordon per dygn. Genomförandetiden är tio år."))
    o.append(p(b("Yrkanden")))
    o.append(p("Ann-Charlotte Wiberg (S) yrkar bifall till förvaltningens förslag. "
               "<span lang=SV>Per Vik</span><span lang=SV>ström (SD) yrkar i första hand att ärendet "
               "återremitteras för en ny trafikutredning med mätningar vintertid och i andra hand avslag.</span> "
               "Tove Lindell (SD) instämmer i Per Vikströms yrkanden."))
    o.append(p(b("Propositionsordning")))
    o.append(p("Ordföranden redovisar följande propositionsordning, som nämnden godkänner:"))
    o.append(wlist(["Först ställs frågan om ärendet ska avgöras i dag eller återremitteras.",
                    "Om ärendet avgörs i dag ställs förvaltningens förslag mot avslagsyrkandet."]))
    o.append(p(b("Omröstning")))
    o.append(p("Ordföranden ställer proposition på om ärendet ska avgöras i dag eller återremitteras och finner "
               "att det ska avgöras i dag. Votering begärs. Nämnden godkänner följande voteringsproposition: "
               "Ja-röst för att ärendet avgörs i dag, nej-röst för återremiss."))
    o.append(p(f"Omröstningsresultat: {TALLY['Ja']} ja-röster, {TALLY['Nej']} nej-röster och {TALLY['Avstår']} "
               f"som avstår. Nämnden har därmed beslutat att ärendet ska avgöras i dag."))
    o.append(vote_table())
    o.append(p("Därefter ställer ordföranden förvaltningens förslag mot avslagsyrkandet och finner att nämnden "
               "bifaller förvaltningens förslag."))
    o.append(p(b("Beslut")))
    o.append(p("Samhällsbyggnadsnämnden antar detaljplanen för kv. Glasblåsaren 4 m.fl. enligt plan- och "
               "bygglagen 5 kap. 27 §, med stöd av kommunfullmäktiges delegation."))
    o.append(p(b("Reservation")))
    o.append(p("Per Vikström (SD) och Tove Lindell (SD) reserverar sig mot beslutet till förmån för egna "
               "yrkanden."))
    o.append(p(b("Protokollsanteckning")))
    o.append(p("Sanna Kjellberg (V) antecknar att partiet hade önskat att minst hälften av lägenheterna blir "
               "hyresrätter."))

    o.append(para_head(121, "Planbesked för fastigheten Hällmyra Norrskogen 1:12", "SBN/2025/342-214"))
    o.append(p("Fastighetsägaren Skogsbrynet Bostad AB har ansökt om planbesked för att pröva bostäder på en "
               "del av fastigheten. Antalet bostäder och deras utformning prövas i planarbetet. Avgiften för "
               "planbeskedet tas ut enligt taxan."))
    o.append(p(b("Beslut")))
    o.append(wlist(["Samhällsbyggnadsnämnden lämnar positivt planbesked.",
                    "Planarbetet beräknas påbörjas under andra kvartalet 2026 och detaljplanen beräknas kunna "
                    "antas under 2027."]))

    o.append(para_head(122, "Plan- och bygglovstaxa 2026", "SBN/2025/377-041"))
    o.append(p(f"Timavgiften i plan- och bygglovstaxan är i dag {n(TAXA_OLD)}\u00a0kronor. Förvaltningen har "
               "räknat fram kostnaden per handläggningstimme för 2026 och föreslår en höjning så att "
               "avgiftsuttaget bättre motsvarar kostnaderna."))
    o.append(p(b("Beslut")))
    o.append(p("Samhällsbyggnadsnämnden föreslår kommunfullmäktige besluta"))
    o.append(p(f"att timavgiften i plan- och bygglovstaxan höjs till <span lang=SV>1\u00a04</span><span lang=SV>20\u00a0kronor</span> "
               f"från och med den 1 februari 2026.", style="margin-left:36.0pt"))
    o.append(p(b("Beslutet skickas till")))
    o.append(p("Kommunfullmäktige"))

    o.append(para_head(123, "Anmälan av delegationsbeslut", "SBN/2025/004-002"))
    o.append(p(f"Förteckning över {DELEG} delegationsbeslut fattade under perioden 2025-10-01 – 2025-10-31 "
               "redovisas."))
    o.append(p(b("Beslut")))
    o.append(p("Samhällsbyggnadsnämnden lägger anmälan av delegationsbesluten till handlingarna."))

    o.append(para_head(124, "Information från förvaltningen", "SBN/2025/005-006"))
    o.append(p("Förvaltningschef Jenny Rask informerar om rekryteringen av två planarkitekter. Tjänsterna är "
               "utannonserade med sista ansökningsdag 2025-12-01."))
    o.append(p(b("Beslut")))
    o.append(p("Samhällsbyggnadsnämnden tackar för informationen."))
    o.append(p("&nbsp;"))
    o.append(p(f"<span style='font-size:8.0pt'>Justerandes signatur{tab(4)}Utdragsbestyrkande</span>"))
    return "".join(o)


HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>Protokoll samhällsbyggnadsnämnden 2025-11-13</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Eva Sjödin</o:Author>
  <o:LastAuthor>Eva Sjödin</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Created>2025-11-13T15:52:00Z</o:Created>
  <o:LastSaved>2025-11-18T08:41:00Z</o:LastSaved>
  <o:Pages>4</o:Pages>
  <o:Company>Hällmyra kommun</o:Company>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:Zoom>110</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:HyphenationZone>21</w:HyphenationZone>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;margin-bottom:.0001pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
 p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{margin-left:36.0pt;font-size:11.0pt;font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:595.3pt 841.9pt;margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
div.WordSection2
	{page:WordSection1;}
 /* List Definitions */
 @list l0
	{mso-list-id:1187446017;mso-list-type:hybrid;}
-->
</style>
</head>

<body lang=SV link="#0563C1" vlink="#954F72" style='tab-interval:65.2pt'>

<div class=WordSection1>

"""


def main():
    text = HEAD.replace("samhällsbyggnadsnämnden", ent("samhällsbyggnadsnämnden")).replace("Sjödin", ent("Sjödin")) \
        .replace("Hällmyra", ent("Hällmyra")) + ent(body()) + "\n</div>\n\n</body>\n\n</html>\n"
    (out_dir() / FILE).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
