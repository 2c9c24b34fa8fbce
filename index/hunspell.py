"""A Hunspell dictionary (.dic + .aff) read into what keyword analysis needs: lemmas, suffix rules and the
forms a lemma takes at the start or in the middle of a compound.

The Swedish dictionary comes from the `hunspell-sv` wheel on PyPI (SFOL with SALDO and Folkets lexikon
words; LGPL-3.0), which installs `share/hunspell/sv_SE.{dic,aff}` under the Python environment; Debian's
`hunspell-sv` (/usr/share/hunspell) is found as well. Only the parts of the Hunspell format that Swedish
analysis uses are read: suffix rules (SFX), their continuation flags that make compound parts, and the
COMPOUNDBEGIN/COMPOUNDMIDDLE/COMPOUNDEND flags. Reading takes about half a second, once per process.
"""

from __future__ import annotations

import logging
import re
import site
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

# Only lower-case letter words take part: proper nouns (capitalised entries) must not become compound parts
# or base forms of ordinary words, and abbreviations with digits or dashes never match our tokens.
_WORD = re.compile(r"[a-zåäöéü]+")
# Flags that only say where a word may stand in a compound: an entry with nothing else is a bare form
# (the dictionary lists some inflected forms such as "kostnaderna" that way), not a lemma with a paradigm.
_COMPOUND_ONLY = frozenset("XYUZW")
# Derivation flags that turn a word into another part of speech ("ekonom" → "ekonomisk"): following them
# would make an adjective's base form a noun, so they are not used to find base forms.
_DERIVATIONS = frozenset("T")


@dataclass(frozen=True)
class SuffixRule:
    """One SFX line: words with `flag` ending in `condition` drop `strip` and take `add`."""

    flag: str
    strip: str
    add: str
    condition: re.Pattern[str] | None


@dataclass(frozen=True)
class Dictionary:
    """Lemmas with their flags, inflection rules by the ending they add, and compound-part forms."""

    flags: dict[str, str]
    rules: dict[str, tuple[SuffixRule, ...]]
    heads: dict[str, str]
    begin: str = "X"
    middle: str = "U"
    end: str = "Y"

    def lemma(self, word: str) -> str | None:
        """The dictionary lemma an inflected word comes from ("kostnaderna" → "kostnad"), or None."""
        own = self.flags.get(word)
        if own is not None and not set(own) <= _COMPOUND_ONLY:
            return word
        for size in range(min(len(word) - 2, self._longest_add()), 0, -1):
            for rule in self.rules.get(word[-size:], ()):
                candidate = word[:-size] + rule.strip
                found = self.flags.get(candidate)
                if found and rule.flag in found and (rule.condition is None or rule.condition.search(candidate)):
                    return candidate
        return word if own is not None else None

    def can_end_compound(self, word: str) -> bool:
        lemma = self.lemma(word)
        return lemma is not None and self.end in self.flags[lemma]

    def _longest_add(self) -> int:
        return max(map(len, self.rules), default=0)


EMPTY = Dictionary(flags={}, rules={}, heads={})


def folders() -> list[Path]:
    """Where Hunspell dictionaries are installed: the Python environment's share/hunspell (pip), then the system's."""
    prefixes = [sys.prefix, sys.base_prefix, site.getuserbase(), "/usr/local", "/usr"]
    return [Path(prefix) / "share" / "hunspell" for prefix in dict.fromkeys(prefixes)]


def find(name: str, search: list[Path] | None = None) -> tuple[Path, Path] | None:
    """The .dic and .aff files of a dictionary name such as 'sv_SE', from the first folder that has both."""
    for folder in folders() if search is None else search:
        dic, aff = folder / f"{name}.dic", folder / f"{name}.aff"
        if dic.is_file() and aff.is_file():
            return dic, aff
    return None


def load(name: str, search: list[Path] | None = None) -> Dictionary:
    """Read a dictionary; without its files, log a warning and return an empty one (Snowball stems only)."""
    paths = find(name, search)
    if paths is None:
        log.warning("Hunspell-ordlistan %s saknas (installera paketet hunspell-sv); "
                    "grundformer och sammansättningar delas inte upp.", name)
        return EMPTY
    dic, aff = paths
    rules, head_rules = _read_affixes(aff)
    flags = _read_words(dic)
    return Dictionary(flags=flags, rules=rules, heads=_compound_heads(flags, head_rules))


def _read_affixes(path: Path) -> tuple[dict[str, tuple[SuffixRule, ...]], dict[str, list[SuffixRule]]]:
    """Inflection rules by the ending they add, and the rules that make compound-initial or -middle forms."""
    inflections: dict[str, list[SuffixRule]] = defaultdict(list)
    heads: dict[str, list[SuffixRule]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if len(fields) < 5 or fields[0] != "SFX":
            continue
        flag, strip, add, condition = fields[1:5]
        add, _, continuation = add.partition("/")
        rule = SuffixRule(flag, "" if strip == "0" else strip, "" if add == "0" else add,
                          None if condition == "." else re.compile(f"(?:{condition})$"))
        if "X" in continuation or "U" in continuation:
            heads[flag].append(rule)
        elif rule.add and flag not in _DERIVATIONS:
            inflections[rule.add].append(rule)
    return {add: tuple(found) for add, found in inflections.items()}, heads


def _read_words(path: Path) -> dict[str, str]:
    flags: dict[str, str] = {}
    with path.open(encoding="utf-8") as lines:
        next(lines, None)  # the first line is the entry count
        for line in lines:
            word, _, word_flags = line.split("\t", 1)[0].rstrip("\n").partition("/")
            if _WORD.fullmatch(word):
                flags[word] = flags.get(word, "") + word_flags
    return flags


def _compound_heads(flags: dict[str, str], head_rules: dict[str, list[SuffixRule]]) -> dict[str, str]:
    """Every form that may open or continue a compound → its lemma: 'försörjnings' → 'försörjning',
    'familje' → 'familj', 'budget' → 'budget'."""
    heads: dict[str, str] = {}
    for word, word_flags in flags.items():
        for flag in set(word_flags):
            for rule in head_rules.get(flag, ()):
                if not word.endswith(rule.strip) or "-" in rule.add:
                    continue
                if rule.condition is None or rule.condition.search(word):
                    heads.setdefault(word[: len(word) - len(rule.strip)] + rule.add, word)
    # A word that may itself open a compound maps to itself, unless a rule already derived it from a lemma
    # (the dictionary lists some linking forms such as 'familje' on their own).
    for word, word_flags in flags.items():
        if "X" in word_flags or "U" in word_flags:
            heads.setdefault(word, word)
    return heads
