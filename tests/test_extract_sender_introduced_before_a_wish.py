"""The sender who introduces themself ("Je suis X, secrétaire de Y") before a wish that someone else speak, with no
session named ("Nous voulons que Z prenne la parole à la conférence"): the request is Z's alone. And a sender who asks
in dialect for themself ("بدي شارك بالنقاش المفتوح") stays a speaker beside the colleague they add."""

from __future__ import annotations

from intake.extract import ExtractRules
from tests.extracting import message, run


def test_the_sender_who_only_introduces_themself_is_no_speaker(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nJe suis Halima Moussa, secrétaire de la Coopérative des Pêcheuses de Moroni (CPM). Nous voulons "
            "que Ali Soilihi, un des fondateurs de la coopérative, prenne la parole à la conférence pour parler des jeunes "
            "pêcheurs.\n\nMerci\nHalima\n")
    fields = run(message(body, from_="Halima Moussa <halima@example.org>"), rules, language="fr")
    assert [(sp.name, sp.affiliation) for sp in fields.speakers] == [("Ali Soilihi", "Coopérative des Pêcheuses de Moroni (CPM)")]


def test_a_sender_who_asks_in_dialect_stays_beside_the_colleague(rules: ExtractRules) -> None:
    body = ("مرحبا،\n\nأنا ريم خوري، مؤسِّسة مدوّنة «على الطريق» يلي بتحكي عن الهجرة.\n\nبدي شارك بالنقاش المفتوح يوم 23. "
            "وإذا في مجال كمان، زميلي سامر عيسى (مصوّر صحفي مستقل) عندو شغل مهم وحابب يشارك كمان.\n\nشكراً\nريم\n")
    fields = run(message(body, from_="Reem Khoury <reem@example.org>"), rules, language="ar")
    assert [sp.name for sp in fields.speakers] == ["ريم خوري", "سامر عيسى"]
    assert fields.speakers[0].roles == ("open_discussion",)
