"""Families of the blind sets (session 29, K2): a list item that asks for a role and gives only a word standing for
the sender after its colon ("- the open discussion: myself (details below)"). Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run


# The role first, then "myself" / "moi-même" / "أنا شخصياً" after the colon, with or without where the details are:
# the sender, read from the signature, comes first; the colleague of the next item after
@pytest.mark.parametrize(("body", "language", "sender"), [
    ("Dear colleagues,\n\nWe would be grateful to be considered for:\n\n- the open discussion on 23 February: myself "
     "(details below);\n- roundtable 1: Mr. Peter Obi, Programme Officer at our Lagos office.\n\nRegards,\n\n"
     "Jane Holloway\nDirector\nHarbour Aid Network (HAN)\n", "en", "Jane Holloway"),
    ("Bonjour,\n\nNous souhaiterions être retenus pour :\n\n- la discussion ouverte du 23 février : moi-même "
     "(coordonnées ci-dessous) ;\n- la table ronde 1 : M. Paul Mbaye, chargé de programme.\n\nCordialement,\n\n"
     "Awa Diop\nDirectrice exécutive\nRéseau Sahel Migrations (RSM)\n", "fr", "Awa Diop"),
    ("السلام عليكم،\n\nنرجو النظر في مشاركتنا في:\n\n- النقاش المفتوح يوم ٢٣ فبراير: أنا شخصياً (البيانات أدناه)؛\n"
     "- المائدة المستديرة ١: السيد كريم حداد، مسؤول البرامج.\n\nمع الشكر،\n\nليلى منصور\nالمديرة التنفيذية\n"
     "شبكة المشرق للهجرة\n", "ar", "ليلى منصور"),
])
def test_a_role_item_that_gives_myself(body: str, language: str, sender: str, rules: ExtractRules) -> None:
    first, second = run(message(body), rules, language=language).speakers
    assert (first.name, first.roles) == (sender, ("open_discussion",))
    assert (second.roles, second.roundtable) == (("roundtable",), 1)


# Near miss: the same item naming someone after the colon is that person, not the sender
def test_near_miss_a_role_item_that_names_a_colleague(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe would be grateful to be considered for:\n\n- the open discussion: Ms. Ruth Njeri, "
            "Policy Officer;\n- roundtable 1: Mr. Peter Obi, Programme Officer.\n\nRegards,\n\nJane Holloway\nDirector\n"
            "Harbour Aid Network (HAN)\n")
    names = [s.name for s in run(message(body), rules).speakers]
    assert names == ["Ruth Njeri", "Peter Obi"]

