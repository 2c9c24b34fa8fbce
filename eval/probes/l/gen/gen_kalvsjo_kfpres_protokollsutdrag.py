"""Kalvsjö kommun – kommunfullmäktiges presidium, protokollsutdrag 2025-09-02 (§§ 14–15), plain text as sent by e-mail.

Layout: a short e-mail preamble (Från/Skickat/Till/Ämne) and then the utdrag as plain text: the title
**underlined with ====**, § headings **underlined with ----**, label fields ("Justerare: …", "Sammanträdesdatum: …")
aligned with spaces, decisions as "att"-lines, a signature block with dotted lines and "Justerandes signatur",
and **"Utdragsbestyrkande"** at the end. Lines are hard-wrapped at 76 characters.
"""
import textwrap

from common import out_dir, sv_int

FILE = "kalvsjo_kfpres_protokollsutdrag_2025-09-02.txt"

REV_2026, REV_2025 = 1_485_000, 1_420_000
REV_PARTS = {"arvoden och sociala avgifter": 402_000, "sakkunnigt biträde": 985_000,
             "utbildning och konferenser": 58_000, "övrigt": 40_000}
assert sum(REV_PARTS.values()) == REV_2026
PILOT = 96_000
PRESIDIUM = [("Annika Sjöstedt", "S", "ordförande"), ("Henrik Wall", "M", "1:e vice ordförande"),
             ("Ylva Kronberg", "SD", "2:e vice ordförande")]
JA, NEJ = ["Annika Sjöstedt", "Henrik Wall"], ["Ylva Kronberg"]
assert len(JA) + len(NEJ) == len(PRESIDIUM)


def underline(s, ch):
    return f"{s}\n{ch * len(s)}"


def wrap(s, indent=""):
    return textwrap.fill(s, width=76, initial_indent=indent, subsequent_indent=indent)


def main():
    out = []
    out += ["Från: Kalvsjö kommun, Kommunkansliet <kommunkansliet@kalvsjo.se>",
            "Skickat: den 5 september 2025 10:42",
            "Till: revisionen@kalvsjo.se; Ekonomiavdelningen; Kommunikationsavdelningen",
            "Ämne: Protokollsutdrag KF-presidiet 2025-09-02, § 14 och § 15",
            "",
            "Hej! Bifogat i brödtexten finns justerade utdrag från presidiets sammanträde.",
            "Med vänlig hälsning, Camilla Ås, kommunsekreterare",
            "", "-" * 76, ""]
    out += [underline("KALVSJÖ KOMMUN – PROTOKOLLSUTDRAG", "="), "",
            "Organ:              Kommunfullmäktiges presidium",
            "Sammanträdesdatum:  2025-09-02",
            "Plats och tid:      Kommunhuset, rum Lommen, kl. 15.00–16.30",
            "Beslutande:         " + "; ".join(f"{n} ({p}), {r}" for n, p, r in PRESIDIUM),
            "Övriga:             Camilla Ås, kommunsekreterare; Per Dalén, revisionens ordförande (§ 14)",
            "Justerare:          Henrik Wall (M)",
            "Justeringsdag:      2025-09-04",
            "Paragrafer:         14–15", ""]

    out += [underline("§ 14  Revisorernas budget för 2026", "-"), "Dnr KFP 2025:14", ""]
    out.append(wrap("Enligt kommunallagen ska fullmäktiges presidium bereda revisorernas budget. Revisorerna har "
                    f"begärt en ram om {sv_int(REV_2026)} kronor för 2026, att jämföra med {sv_int(REV_2025)} "
                    "kronor för 2025. Ökningen motiveras främst av högre priser för sakkunnigt biträde och av en "
                    "fördjupad granskning av kommunens bostadsbolag. Revisionens ordförande Per Dalén redogjorde "
                    "för äskandet vid sammanträdet."))
    out.append("")
    out.append("Fördelning av den begärda ramen (kronor):")
    for k, v in REV_PARTS.items():
        out.append(f"  {k:<34}{sv_int(v):>12}")
    out.append(f"  {'Summa':<34}{sv_int(REV_2026):>12}")
    out += ["", "Beslut", "", "Presidiet föreslår kommunfullmäktige besluta", ""]
    out.append(wrap(f"att fastställa revisorernas budget för 2026 till {sv_int(REV_2026)} kronor.", "  "))
    out += ["", wrap("Ärendet behandlas av kommunfullmäktige i samband med budgeten för 2026."), ""]

    out += [underline("§ 15  Teckenspråkstolkning och textning av fullmäktiges webbsändningar", "-"),
            "Dnr KFP 2025:11", ""]
    out.append(wrap("Fullmäktiges sammanträden webbsänds sedan 2021. Funktionsrättsrådet har påtalat att "
                    "sändningarna saknar teckenspråkstolkning och textning. Kommunsekreteraren har tagit in "
                    f"prisuppgifter; en försöksverksamhet under första halvåret 2026 beräknas kosta {sv_int(PILOT)} "
                    "kronor, som ryms inom fullmäktiges eget anslag."))
    out += ["", "Yrkanden", "",
            wrap("Annika Sjöstedt (S) och Henrik Wall (M) yrkar bifall till kommunsekreterarens förslag. "
                 "Ylva Kronberg (SD) yrkar att ärendet bordläggs till nästa sammanträde."),
            "", "Beslutsgång", "",
            wrap("Ordföranden ställer bordläggningsyrkandet mot att ärendet avgörs i dag och finner att presidiet "
                 f"avgör ärendet i dag. Därefter beslutar presidiet med {len(JA)} röster mot {len(NEJ)} enligt "
                 "förslaget."),
            "", "Beslut", "", "Presidiet beslutar", ""]
    out.append(wrap("att webbsändningarna från fullmäktiges sammanträden teckenspråkstolkas och textas på försök "
                    "från och med sammanträdet den 26 januari 2026 till och med juni 2026,", "  "))
    out.append(wrap(f"att kostnaden, högst {sv_int(PILOT)} kronor, belastar kommunfullmäktiges anslag, samt", "  "))
    out.append(wrap("att försöket utvärderas och redovisas för presidiet i september 2026.", "  "))
    out += ["", "Reservation", "",
            wrap("Ylva Kronberg (SD) reserverar sig mot beslutet till förmån för sitt bordläggningsyrkande."), ""]

    out += ["-" * 76, "",
            "Vid protokollet", "",
            "..........................................",
            "Camilla Ås, sekreterare", "",
            "..........................................      ..........................................",
            "Annika Sjöstedt, ordförande                     Henrik Wall, justerare", "",
            "Justerandes signatur: ______    ______", "",
            underline("Utdragsbestyrkande", "="), "",
            "Utdraget överensstämmer med originalprotokollet.",
            "Kalvsjö 2025-09-05", "",
            "Camilla Ås, kommunsekreterare", ""]
    (out_dir() / FILE).write_text("\n".join(out), encoding="utf-8")


if __name__ == "__main__":
    main()
