"""Text in the documents that addresses a language model ("Ignorera tidigare instruktioner …") is not evidence.

Such sentences are cut from the passages before a model sees them, and from an extractive answer before it is
written, so neither an instruction nor a figure it states reaches the user as a cited fact.
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.citations import validate
from assistant.models import Answer
from assistant.verification import split_sentences

# The usual prompt-injection phrasings (OWASP Top 10 for LLM Applications, LLM01 "Prompt Injection", examples of
# direct and indirect injection), in English and in Swedish translation. An override needs its object ("previous
# instructions"), so ordinary board text ("bortse från riktlinjerna") does not match.
_OVERRIDE = (r"\b(?:ignorera|strunta i|glöm|bortse från|ignore|disregard|forget)\s+(?:alla\s+|all\s+|the\s+)?"
             r"(?:tidigare|föregående|ovanstående|dina|era|previous|prior|above|earlier|your)\s+"
             r"(?:instruktion\w*|anvisning\w*|regler|instructions?|rules|prompts?)")
_ROLE = r"\b(?:du är nu en|från och med nu ska du|you are now an?|from now on,? you)\b"
_SYSTEM = r"\b(?:systemprompt\w*|system prompt|systemmeddelande\w*)"
INSTRUCTION = re.compile(rf"(?:{_OVERRIDE}|{_ROLE}|{_SYSTEM})", re.IGNORECASE)
_SENTENCE = re.compile(r"[^.!?\n]*[.!?]?")
REMOVED = "[text riktad till en AI-modell borttagen]"


def neutralised(text: str) -> str:
    """The passage with every sentence that speaks to a language model replaced by a short note."""
    return _SENTENCE.sub(lambda m: REMOVED if INSTRUCTION.search(m.group(0)) else m.group(0), text)


def without_instructions(answer: Answer) -> Answer:
    """The answer without sentences that speak to a language model; citations renumbered, abstaining if none
    is left."""
    if answer.abstained or not INSTRUCTION.search(answer.text):
        return answer
    kept = " ".join(s for s in split_sentences(answer.text) if not INSTRUCTION.search(s))
    text, citations = validate(kept, list(answer.citations))
    return replace(answer, text=text, citations=tuple(citations), abstained=not citations)
