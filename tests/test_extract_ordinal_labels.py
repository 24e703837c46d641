"""Labelled blocks numbered with an ordinal word before the first label ("ثانياً: الاسم: X", "Second: Name: X")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message as _mail
from tests.extracting import run as _run


@pytest.mark.parametrize(
    ("language", "body", "names"),
    [
        ("ar", "نقترح المتحدثين التاليين:\n\nأولاً: الاسم: منى الخطيب\nالصفة: منسقة المشاريع\nالجهة: جمعية الأفق\n\n"
               "ثانياً: الاسم: زياد عمرو\nالصفة: محامٍ متدرب\nالجهة: جمعية الأفق\n", ("منى الخطيب", "زياد عمرو")),
        ("en", "Our nominees:\n\nFirstly: Name: Ruth Okoye\nTitle: Field Officer\nOrganisation: Harbour Aid\n\n"
               "Secondly: Name: Ben Adeyemi\nTitle: Paralegal\nOrganisation: Harbour Aid\n", ("Ruth Okoye", "Ben Adeyemi")),
        ("fr", "Nos candidats :\n\nPremièrement : Nom : Ruth Okoye\nFonction : Chargée de terrain\nOrganisation : "
               "Harbour Aid\n\nDeuxièmement : Nom : Ben Adeyemi\nFonction : Juriste\nOrganisation : Harbour Aid\n",
         ("Ruth Okoye", "Ben Adeyemi")),
    ],
)
def test_an_ordinal_word_before_the_name_label(rules: ExtractRules, language: str, body: str,
                                               names: tuple[str, str]) -> None:
    speakers = _run(_mail(body, from_="Office <office@example.org>"), rules, language=language).speakers
    assert tuple(s.name for s in speakers) == names


def test_first_name_stays_a_label(rules: ExtractRules) -> None:
    # "First name:" is the given name's label, no ordinal that numbers a block
    body = "Our nominee for roundtable 2:\n\nFirst name: Ruth\nLast name: Okoye\nTitle: Field Officer\nOrganisation: Harbour Aid\n"
    (s,) = _run(_mail(body, from_="Office <office@example.org>"), rules, language="en").speakers
    assert (s.name, s.title) == ("Ruth Okoye", "Field Officer")
