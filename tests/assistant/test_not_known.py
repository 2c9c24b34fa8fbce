"""When the passage that answers best says the asked figure is not known yet ("ersättningen är ännu inte
fastställd"), the documents answer that there is no answer: refused, with that sentence shown and cited. Asked
whether it is settled, or about what is not done, the same sentence answers (an invented monthly report, ingested
with the real pipeline, Chroma and the packaged embedding model)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

REPORT = """# Månadsrapport oktober 2025 – Tekniska nämnden i Lövsala

## Ekonomi

Tekniska nämnden redovisar för januari–oktober ett utfall om 84,2 mnkr mot en budget om 86,0 mnkr. Helårsprognosen
visar ett överskott om 1,1 mnkr.

## Stormen i oktober

En höststorm den 14 oktober fällde ett stort antal träd i kommunens parker och längs gång- och cykelvägar.
Röjningen har hittills kostat 2,4 mnkr. Kommunen har anmält skadorna till sitt försäkringsbolag, men
försäkringsersättningen är ännu inte fastställd.

## Prognoser under året

Helårsprognosen i maj var ett överskott om 0,8 mnkr och i augusti ett överskott om 1,1 mnkr. Ingen prognos
lämnades i juli på grund av semesterperioden.

## Beslut som följs upp

Av de 12 beslut som följs upp är 8 verkställda och 4 har ännu inte påbörjats.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("not_known"), {"rapport.md": REPORT})


@pytest.mark.parametrize(("question", "said"), [
    ("Hur mycket fick Lövsala kommun i försäkringsersättning för stormskadorna?",
     "försäkringsersättningen är ännu inte fastställd"),
    ("Vilken helårsprognos hade tekniska nämnden i Lövsala i juli?", "Ingen prognos lämnades i juli"),
])
def test_asked_a_figure_the_report_says_is_not_known_yet_is_refused_with_that_sentence(
        assistant: Assistant, question: str, said: str) -> None:
    answer = assistant.ask(question)
    assert answer.abstained and answer.partial, answer.text
    assert answer.text.startswith("Uppgiften finns inte i handlingarna"), answer.text
    assert said in answer.text.split("[")[0], answer.text
    assert_cited(assistant, answer.text, answer.citations)


@pytest.mark.parametrize("question", [
    "Är försäkringsersättningen för stormen i Lövsala fastställd?",  # asks whether: the sentence answers no
    "Hur många av besluten som följs upp har ännu inte påbörjats?",  # asks what is not done
    "Hur många av nämndens beslut som följs upp är verkställda?",  # the sentence states the asked count
])
def test_the_same_words_answer_a_question_about_them(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert_cited(assistant, answer.text, answer.citations)
