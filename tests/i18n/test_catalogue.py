"""Every string the user reads can be translated, and the French catalogue
translates all of them: checked by running the project's own lupdate."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.i18n.catalogue import (
    CATALOGUES,
    COMPILED,
    lookups,
    lrelease,
    read_catalogue,
    run_lupdate,
)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What lupdate finds in the code today, in a catalogue of its own."""
    path = tmp_path_factory.mktemp("lupdate") / "relations_xx.ts"
    run_lupdate(path)
    return read_catalogue(path)


@pytest.fixture(scope="module")
def french(tmp_path_factory):
    """The French catalogue as `make translations` would leave it: refreshed
    from the code, so strings added or removed since it was written show."""
    path = tmp_path_factory.mktemp("fr") / "relations_fr.ts"
    shutil.copy(CATALOGUES / "relations_fr.ts", path)
    run_lupdate(path)
    return read_catalogue(path)


def test_every_lookup_is_written_out_for_lupdate():
    """A wrapper (t = lambda text: translate(...), window.tr) hides its strings:
    lupdate files nothing, or files it under a context no code asks for."""
    hidden = [lookup.where for lookup in lookups() if not lookup.literal]
    assert hidden == []


def test_lupdate_files_strings_only_under_contexts_the_code_uses(extracted):
    used = {context for lookup in lookups() for context in lookup.contexts}
    filed = {message.context for message in extracted}
    assert "" not in filed
    assert filed - used == set()
    assert len(extracted) > 500  # the whole application, not a few files


def test_lupdate_files_every_lookup_under_its_context(extracted):
    """What the code looks up at run time is what a translator is given."""
    filed = {(m.context, m.source, m.numerus) for m in extracted}
    unseen = [
        f"{lookup.where}: {lookup.source}"
        for lookup in lookups()
        if lookup.literal and (lookup.contexts[0], lookup.source, lookup.counted) not in filed
    ]
    assert unseen == []


def test_no_count_goes_through_translate():
    """lupdate files translate("C", "%n days", "", n) without numerus forms, and
    drops translate("C", "%n days", "", len(x)) altogether: counts go through
    self.tr (relations_app/counted.py)."""
    assert [
        lookup.where for lookup in lookups() if lookup.counted and lookup.function == "translate"
    ] == []


def test_counts_use_numerus_forms(extracted):
    """'%n' only means something in a numerus string: elsewhere it is printed as is."""
    wrong = [m.source for m in extracted if "%n" in m.source and not m.numerus]
    assert wrong == []


# Qt sets these around a spin box's number ("the last 90 days"): a translator
# words them as one phrase ("les 90 derniers jours").
SPIN_BOX_AFFIXES = {" day", " days", "the last "}


def test_no_sentence_is_glued_from_pieces(extracted):
    """A string that starts or ends with a bare word and a space was made to be
    joined to another one: word order then cannot follow the language."""
    glued = [
        m.source
        for m in extracted
        if re.fullmatch(r"\s*\w+(\s+\w+)*\s*", m.source)
        and m.source != m.source.strip()
        and m.source not in SPIN_BOX_AFFIXES
    ]
    assert glued == []


def test_french_catalogue_translates_every_string(french):
    untranslated = [
        f"{m.context}: {m.source}"
        for m in french
        if m.kind == "unfinished" or not all(m.translations)
    ]
    assert untranslated == []


def test_french_catalogue_holds_nothing_the_code_no_longer_asks_for(french):
    stale = [f"{m.context}: {m.source}" for m in french if m.kind in ("obsolete", "vanished")]
    assert stale == []


def test_french_translations_keep_their_placeholders(french):
    """A placeholder lost in translation drops a name or a number from the sentence."""
    lost = []
    for m in french:
        wanted = sorted(re.findall(r"\{\d\}|%n", m.source))
        for text in m.translations:
            found = sorted(re.findall(r"\{\d\}|%n", text))
            # a singular form may say "un" instead of "%n"
            if found != wanted and not (m.numerus and found == [p for p in wanted if p != "%n"]):
                lost.append(f"{m.context}: {m.source} -> {text}")
    assert lost == []


NARROW = "\u00a0\u202f"  # the non-breaking space and its narrow cousin


def typography_faults(text: str) -> list[str]:
    """What French typography says is wrong in ``text`` (markup and times aside)."""
    # markup, times, file filters, codes such as BEGIN:VCARD and a quote mark
    # named as such (") are not prose
    plain = re.sub(r"<[^>]*>|\d:\d|://|%H:%M|HH:MM|;;|\b[A-Z]+:[A-Z]+\b|\(\"\)", "", text)
    faults = []
    if re.search(rf"[^{NARROW}][:;!?»]", plain) or re.search(rf"«[^{NARROW}]", plain):
        faults.append("a plain space, or none, before : ; ! ? » or after «")
    if '"' in plain:
        faults.append("English quotes: « » in French")
    return faults


def test_french_typography(french):
    """A non-breaking space before : ; ! ? and inside « guillemets »."""
    wrong = [text for m in french for text in m.translations if typography_faults(text)]
    assert wrong == []


def test_the_typography_check_finds_what_it_should():
    assert typography_faults("Nom : ") and typography_faults("Nom: ")
    assert typography_faults('le "cercle"') and typography_faults("« cercle »")
    assert not typography_faults("Nom\u00a0: 14:30, «\u00a0cercle\u00a0»\u00a0?")


def test_the_shipped_catalogue_is_compiled_from_the_french_one(tmp_path):
    """relations_fr.qm (in the package, so in the wheel and the bundle) is what
    `make translations` makes of relations_fr.ts today."""
    compiled = tmp_path / "relations_fr.qm"
    subprocess.run(
        [str(lrelease()), str(CATALOGUES / "relations_fr.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert (COMPILED / "relations_fr.qm").read_bytes() == compiled.read_bytes()
