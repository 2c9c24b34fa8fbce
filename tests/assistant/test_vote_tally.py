"""Asked how a vote went, the answer gives the counts, not only that there was a vote (an invented news page from a
board's meeting, ingested with the real pipeline, Chroma and the packaged embedding model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assert_answered

pytestmark = pytest.mark.slow

NEWS = """# Längre öppettider på biblioteken från mars

14 januari 2026 · Kultur och fritid

Kultur- och fritidsnämnden har beslutat att biblioteken i Vretlunda ska ha öppet fler kvällar i veckan. Satsningen kostar drygt 500 000 kronor om året.

Från mars har huvudbiblioteket i centrala Vretlunda öppet varje vardagskväll. Biblioteket i Ängsby får öppet tre kvällar i veckan i stället för två. För att klara de längre öppettiderna anställs fler bibliotekarier.

Biblioteken har haft fler besökare i år än i fjol, nästan 14 000 besök hittills.

– Biblioteken är en trygg mötesplats för många. Nu kan fler hitta dit på kvällen, säger Karin Holm (C), ordförande i kultur- och fritidsnämnden.

Pengarna tas från nämndens egen budget. Beslutet fattades efter omröstning. Socialdemokraterna ville skjuta upp ärendet.

## Protokollsutdrag

Kultur- och fritidsnämnden, sammanträdesdatum 2026-01-08

### § 4 Utökade öppettider för biblioteken 2026

Kultur- och fritidsförvaltningen har på nämndens uppdrag utrett hur bibliotekens öppettider kan utökas. Förvaltningen föreslår att huvudbiblioteket håller öppet måndag–fredag kl. 10–20 och Ängsby tisdag, onsdag och torsdag kl. 12–19 från och med den 2 mars 2026. Kostnaden beräknas till 520 tkr per helår.

### Yrkanden

Karin Holm (C) yrkar bifall till förvaltningens förslag.

Lena Borg (S) yrkar att ärendet återremitteras för att utreda en annan finansiering.

### Beslutsgång

Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag. Votering begärs. Den som vill att ärendet avgörs i dag röstar ja, den som vill att det återremitteras röstar nej. Omröstningen utfaller med 7 ja-röster och 4 nej-röster. Ärendet avgörs därmed i dag.

### Reservation

Lena Borg, Per Lind och Aida Karimi (alla S) reserverar sig mot beslutet.
"""


@pytest.mark.parametrize("question", [
    "hur gick omröstningen om bibliotekens öppettider i vretlundas kfn och vem reserverade sig",
    "Hur utföll omröstningen om bibliotekens öppettider i Vretlunda?",
])
def test_asked_how_a_vote_went_the_counts_answer(tmp_path: Path, question: str) -> None:
    assert_answered(tmp_path, {"nyhet.md": NEWS}, question, "7 ja-röster", "4 nej-röster")
