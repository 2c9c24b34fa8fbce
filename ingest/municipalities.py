"""Sweden's 290 municipalities, by county, as Statistics Sweden (SCB) lists them (kommunindelningen since 2003, the
last change being Knivsta and Uppsala in 2003; unchanged through 2024). Written from that public list, not from any
document or question: a place a question ties to a board ("socialnämnden i Vingåker") is a municipality when it is
one of these."""

from __future__ import annotations

_BY_COUNTY = {
    "Stockholms län": "Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn "
                      "Salem Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands-Bro "
                      "Upplands_Väsby Vallentuna Vaxholm Värmdö Österåker",
    "Uppsala län": "Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar",
    "Södermanlands län": "Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker",
    "Östergötlands län": "Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik "
                         "Ydre Åtvidaberg Ödeshög",
    "Jönköpings län": "Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda "
                      "Värnamo",
    "Kronobergs län": "Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult",
    "Kalmar län": "Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås Vimmerby "
                  "Västervik",
    "Gotlands län": "Gotland",
    "Blekinge län": "Karlshamn Karlskrona Olofström Ronneby Sölvesborg",
    "Skåne län": "Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan Kristianstad "
                 "Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp Svalöv "
                 "Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga Östra_Göinge",
    "Hallands län": "Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg",
    "Västra Götalands län": "Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp "
                            "Gullspång Göteborg Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping "
                            "Lilla_Edet Lysekil Mariestad Mark Mellerud Munkedal Mölndal Orust Partille Skara Skövde "
                            "Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan "
                            "Töreboda Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö",
    "Värmlands län": "Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors Storfors "
                     "Sunne Säffle Torsby Årjäng",
    "Örebro län": "Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Nora "
                  "Örebro",
    "Västmanlands län": "Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås",
    "Dalarnas län": "Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik "
                    "Smedjebacken Säter Vansbro Älvdalen",
    "Gävleborgs län": "Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn",
    "Västernorrlands län": "Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik",
    "Jämtlands län": "Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund",
    "Västerbottens län": "Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman "
                         "Umeå Vilhelmina Vindeln Vännäs Åsele",
    "Norrbottens län": "Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå "
                       "Älvsbyn Överkalix Övertorneå",
}

# A name of two words is written with "_" above so that the lists split on spaces.
MUNICIPALITIES = frozenset(name.replace("_", " ") for names in _BY_COUNTY.values() for name in names.split())


def is_municipality(place: str) -> bool:
    """Whether `place` ("Vingåker", "Upplands Väsby") names one of Sweden's municipalities."""
    return place in MUNICIPALITIES
