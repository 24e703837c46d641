"""Families of the blind sets (session 34): a speaking request put as a wish with the French subjunctive ("nous voulons
que X prenne la parole"), as sending someone to speak in a named session ("سنرسل ممثلاً عنا يشارك في الجلسة العامة",
Hassaniya "لاهي نرسلو واحد يشارك ف النقاش المفتوح"), or as a table that numbers its rows ("N° | Nom | Fonction"); and a
report whose speaker proposals "vous ont été adressées séparément", which asks for no speaking role here; and a
plan to send a report that asks questions first ("نريد أن نقدم تقريراً طوعياً، لكن عندنا سؤالان"), which sends none."""

from __future__ import annotations

import pytest

from intake.rules import Ruleset
from tests.test_classify import decide, mail


@pytest.mark.parametrize(("subject", "body"), [
    ("Participation", "Bonjour,\n\nNous voulons que Said Ali, un des fondateurs du collectif, prenne la parole à la "
                      "conférence pour parler des jeunes pêcheurs.\n\nMerci\nHalima\n"),
    ("مشاركة", "السلام عليكم\n\nسنرسل ممثلاً عنا يشارك في الجلسة العامة يوم 24 فبراير.\n\nمع التحية\nعلي\n"),
    ("مشاركة", "السلام عليكم\n\nلاهي نرسلو واحد يشارك ف النقاش المفتوح:\nسيد محمد ولد أحمد، وهو الرئيس عندنا\n\nمحمد\n"),
    ("Propositions", "Madame, Monsieur,\n\nLe bureau a retenu deux personnes :\n\n N° | Nom        | Fonction   | "
                     "Association | Participation souhaitée\n----+------------+------------+-------------+---------\n"
                     " 1  | Sami Haddad | Président | ATD         | Table ronde n°1\n 2  | Rim Saad    | Juriste    | "
                     "LDM         | Séance plénière\n\nCordialement,\nImen\n"),
])
def test_a_wish_that_someone_speaks_is_a_request(ruleset: Ruleset, subject: str, body: str) -> None:
    assert decide(ruleset, mail(subject, body)).category == "speaker_request"


# Near misses: sending the report, not a person; and a report that says the speaker proposals went in another message
@pytest.mark.parametrize(("subject", "body", "category"), [
    ("التقرير", "السلام عليكم\n\nسنرسل التقرير الذي يشارك في إعداده أعضاء الشبكة قبل الجلسة العامة.\n\nعلي\n", "other"),
    # a plan to send a report, with questions first, sends none
    ("استفسار عن لغة التقرير", "السلام عليكم\n\nنريد أن نقدم تقريراً طوعياً، لكن عندنا سؤالان قبل الإرسال:\n"
                             "١- هل يمكن أن نكتب التقرير بالصومالية؟\n\nحسن\n", "other"),
    ("Rapport collectif", "Madame, Monsieur,\n\nVeuillez trouver ci-joint le rapport collectif de notre coalition.\n\n"
                          "Pour rappel, nos propositions d'intervenants vous ont été adressées séparément le 2 février."
                          "\n\nCordialement,\nImen\n", "voluntary_report"),
])
def test_near_miss_no_one_is_sent_to_speak_here(ruleset: Ruleset, subject: str, body: str, category: str) -> None:
    attached = [("Rapport_collectif.pdf", "application/pdf")] if category == "voluntary_report" else []
    assert decide(ruleset, mail(subject, body, attachments=attached)).category == category
