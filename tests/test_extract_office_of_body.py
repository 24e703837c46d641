"""Families of the blind sets (session 31, K3): French writes an organisation's or office's adjectives after its noun
("Commission économique des Nations Unies", "Bureau sous-régional pour l'Afrique du Nord"): the run of capitals goes on
through them, and an office named for what it covers, of the body named next, is where the post sits: the body is the
affiliation. Each with a near miss left alone."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from intake.extract_orgs import org_runs, split_title
from tests.extracting import message, run


@pytest.mark.parametrize(("line", "org"), [
    ("Au nom du Chef du Bureau régional pour le Maghreb de l'Organisation internationale du Travail (OIT), je propose",
     "Organisation internationale du Travail (OIT)"),
    ("Selon l'Organisation mondiale de la santé (OMS), il faut",
     "Organisation mondiale de la santé (OMS)"),
])
def test_adjectives_after_the_noun_go_on_with_the_name(line: str, org: str, rules: ExtractRules) -> None:
    assert [found for _, found in org_runs(line, rules)][-1].endswith(org)


def test_a_post_in_an_office_of_the_body_is_with_the_body(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\n\nAu nom du Chef du Bureau sous-régional pour le Sahel de l'Organisation internationale "
            "pour les migrations (OIM), j'ai l'honneur de proposer les intervenants suivants :\n\n"
            "1) M. Idrissa Kane, Chef du Bureau sous-régional pour le Sahel - séance plénière ;\n"
            "2) Mme Awa Diallo, Chargée de programme - table ronde n° 2.\n\nCordialement,\nMarie Leclerc\n"
            "Assistante administrative\n")
    speakers = run(message(body), rules, language="fr").speakers
    assert [s.affiliation for s in speakers] == ["Organisation internationale pour les migrations (OIM)"] * 2


# Near misses: a verb after the body's noun is no adjective; an office its qualifier names stays the body (as read)
@pytest.mark.parametrize(("line", "not_in"), [
    ("L'Association propose des Intervenants pour la plénière", "propose"),
    ("Le Réseau souhaite proposer à la Conférence deux noms", "souhaite"),
])
def test_a_verb_after_the_body_is_not_its_name(line: str, not_in: str, rules: ExtractRules) -> None:
    assert not any(not_in in found for _, found in org_runs(line, rules))


def test_an_office_its_rank_names_is_still_the_body(rules: ExtractRules) -> None:
    assert split_title("Directeur du Secrétariat général de l'Union du Maghreb Arabe (UMA)", rules)[1] \
        == "Secrétariat général de l'Union du Maghreb Arabe (UMA)"
