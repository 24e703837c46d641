"""Families of the blind sets (session 37). A speaking role named only to be refused, given up or counted asks for
nothing: "I'm not sending a report and I don't want to take the floor", « le collectif ne propose pas d'intervenant »,
a wish in the past conditional ("we would have liked to propose", « nous aurions aimé proposer », 'كنا نشتي نرشح'), the
report as all there is ('فنكتفي بالتقرير'), a speaker withdrawn with no one in their place, a journalist who asks how many
requests came in, a freelancer offering interpretation. A person put forward by a third party, or asked for in new
words, is a request: "could you pls put down Dr X for RT#2", "to recommend one of our partners as a speaker", « elle
serait tout à fait à sa place lors de la quatrième table ronde », « M. X prendrait la parole pendant la discussion
ouverte », « que notre chargée de plaidoyer puisse prendre la parole », 'نحب نحكي في المؤتمر' (Tunisian), "bghina
nproposiw la présidente bach tahder f la plénière" (Algerian), « quelques minutes pour dire ce texte », 'نأمل أن تتسع
الجلسة لمداخلته'. A report handed over in dialect ('نبعتولكم تقرير الجمعية') or behind a newsletter's "Read the report"
button is a report; a speaker form filled in with its boxes on the role's line is the request."""

from __future__ import annotations

import pytest

from intake.model import DocText
from intake.rules import Ruleset
from tests.test_classify import decide, decide_reply, fired, mail

_PDF = "application/pdf"
_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.mark.parametrize("body", [
    "Hello,\n\nI'm a PhD student in Irbid. I'm not submitting a report and I don't want to take the floor in any "
    "session. Would it be possible to follow the open discussion as an observer?\n\nThanks,\nRami\n",
    "Hi,\n\nWe would have liked to propose a speaker for the plenary too, but we found the invitation too late. Next "
    "time!\n\nBest,\nDalia\n",
    "Bonjour,\n\nNous aurions aimé proposer aussi une intervenante pour la table ronde 3, mais la date du 5 février est "
    "passée. Ce sera pour une prochaine fois.\n\nCordialement,\nAwa\n",
    "السلام عليكم\n\nكنا نشتي نرشح حد يتكلم في المؤتمر بس فات الموعد، فنكتفي بالتقرير اللي بنرسله الأسبوع الجاي.\n\nسالم\n",
])
def test_a_role_given_up_or_refused_asks_nothing(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("GCM review", body)).category == "other"


def test_a_report_whose_collective_proposes_no_speaker(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nLe Réseau Sahel Mobilités a le plaisir de vous adresser son rapport collectif. Une "
            "association membre vous écrira au sujet d'une intervention ; le réseau, en tant que tel, ne propose pas "
            "d'intervenant.\n\nCordialement,\nNadia\n")
    decision = decide(ruleset, mail("Rapport collectif", body, attachments=[("Rapport_RSM_2021.pdf", _PDF)]))
    assert decision.category == "voluntary_report"


# Near miss: the refusal is the sender's own, set apart from the person they recommend
def test_near_miss_for_my_part_i_seek_no_slot(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nJe me permets de vous recommander une intervenante : Mme Aïcha Konaté, coordinatrice de "
            "l'Association Bamba Solidarité, pour la table ronde 2. Pour ma part, je ne sollicite pas de temps de "
            "parole.\n\nCordialement,\nPr Karim Lahlou\n")
    decision = decide(ruleset, mail("Recommandation", body))
    assert "declines-a-role" not in fired(decision)
    assert decision.category == "speaker_request"


def test_a_withdrawal_with_no_replacement_proposes_nobody(ruleset: Ruleset) -> None:
    body = ("تحية طيبة،\n\nنود إعلامكم بسحب ترشيح السيدة هالة نعمان لدور المقرر لأنها ستكون في مهمة خارج البلاد، ولا "
            "نرغب في ترشيح بديل عنها. أما ترشيح السيد وليد صبري للجلسة العامة فيبقى كما هو.\n\nمع الشكر\nمنى\n")
    decision = decide_reply(ruleset, "RE: ترشيح متحدثين", body)
    assert "withdrawn-without-replacement" in fired(decision)
    assert decision.category == "other"


# Near miss: a replacement named is still a request
def test_near_miss_a_withdrawal_with_a_replacement(ruleset: Ruleset) -> None:
    body = ("Dear Secretariat,\n\nMs. Hala Noman can no longer attend; we would like to nominate Mr. Walid Sabry, our "
            "Programme Manager, in her place as rapporteur.\n\nBest,\nMona\n")
    assert decide_reply(ruleset, "RE: speakers", body).category == "speaker_request"


@pytest.mark.parametrize(("subject", "body"), [
    ("Data request: reports and speakers by country",
     "Hi,\n\nI'm a data journalist. Could you share the number of voluntary reports received and the number of "
     "speaking-role requests received (open discussion, rapporteur, plenary, roundtables) by country?\n\nThanks,\nMaya\n"),
    ("Proposition de services - interprétation",
     "Madame, Monsieur,\n\nInterprète de conférence à Oran, j'ai appris que des personnes proposées pour les tables "
     "rondes souhaitaient s'exprimer en kabyle. Je serais heureuse de vous proposer mes services, à distance ou sur "
     "place.\n\nCordialement,\nSonia Amrouche\n"),
])
def test_counting_requests_or_offering_services_asks_no_role(ruleset: Ruleset, subject: str, body: str) -> None:
    assert decide(ruleset, mail(subject, body)).category == "other"


# Near miss: an organisation that serves migrants, describing its services, still nominates
def test_near_miss_services_described_in_a_nomination(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nWe offer our services to 3,000 domestic workers in Beirut. We would like to nominate "
            "Ms. Rita Haddad, Case Manager, for a floor intervention in roundtable 1.\n\nBest,\nJoseph\n")
    assert decide(ruleset, mail("Speaker", body)).category == "speaker_request"


@pytest.mark.parametrize(("subject", "body"), [
    ("RT#2", "Hello team,\n\nCould you pls put down Dr. Amal Yousif for RT#2? She is our head of research.\n\nThanks\nOmar\n"),
    ("Recommendation", "Dear colleagues,\n\nI am writing from a foundation that funds legal aid in Jordan to recommend "
     "one of our partners as a speaker: Ms. Dana Khoury, Director of the Tamkeen Clinic.\n\nBest,\nHelen\n"),
    ("Recommandation", "Madame, Monsieur,\n\nMme Fatou Ndiaye est aujourd'hui coordinatrice de l'association Dimbali. "
     "Je crois qu'elle serait tout à fait à sa place lors de la deuxième table ronde thématique.\n\nPr Alami\n"),
    ("Participation", "Bonjour,\n\nNous avons pensé ceci : M. Saïd Rahmouni prendrait la parole pendant la discussion "
     "ouverte du 23 février.\n\nBien à vous,\nClaire\n"),
    ("Proposition", "Madame, Monsieur,\n\nNous souhaiterions que notre chargée de plaidoyer, Mme Olfa Trabelsi, qui a "
     "coordonné notre étude sur l'état civil numérique, puisse prendre la parole lors d'une séance plénière.\n\nMehdi\n"),
    ("Slam", "Bonsoir,\n\nJe suis poète et je vis à Sousse. Est-ce que je pourrais avoir quelques minutes pour dire un "
     "texte devant les participants ?\n\nMerci,\nYao\n"),
    ("نحب نحكي", "السلام عليكم\n\nأنا أم لشاب مفقود في البحر، ونحب نحكي في المؤتمر على ولدي وعلى الأمهات الكل.\n\nربي يعيشكم\n"),
    ("Demande", "Salam,\n\nBghina nproposiw la présidente ta3na, Dr Nadia Saidi, bach tahder f la plénière.\n\nSa7a\nKarim\n"),
    ("ترشيح", "تحية طيبة،\n\nنعتذر عن تأخر هذا الترشيح. الأستاذ حيدر يعمل معنا منذ سنوات، ونأمل أن تتسع الجلسة "
     "لمداخلته.\n\nبسمة\n"),
])
def test_a_person_put_forward_in_other_words_is_a_request(ruleset: Ruleset, subject: str, body: str) -> None:
    assert decide(ruleset, mail(subject, body)).category == "speaker_request"


# Near miss: what someone wants to do during a speech already asked for is a question about it
def test_near_miss_a_wish_during_the_speech_asked_for(ruleset: Ruleset) -> None:
    body = ("Madame, Monsieur,\n\nMerci de votre accusé de réception. M. Chaouch aimerait montrer une photographie de "
            "son fils pendant son intervention. Est-ce possible sur la plateforme ?\n\nMe Sonia B.\n")
    assert decide_reply(ruleset, "Re: Accusé de réception", body).category == "other"


@pytest.mark.parametrize("body", [
    "السلام عليكم\n\nنبعتولكم تقرير جمعيتنا على الهجرة، حطيناه في جوجل درايف لأنه كبير، وهذا هو الرابط:\n"
    "https://drive.example.com/file/d/1x\n\nخيرة\n",
    "Dear colleagues,\n\nI'm forwarding our newsletter: item 2 is our voluntary report.\n\nNour\n\n"
    "---------- Forwarded message ---------\nFrom: News <news@bridges.example.org>\nSubject: The Bridge, January\n\n"
    "2. Our first voluntary GCM review report is out\n\nRead the report <https://www.dropbox.example.com/s/k3v/report.pdf>\n",
])
def test_a_report_handed_over_in_dialect_or_behind_a_button(ruleset: Ruleset, body: str) -> None:
    assert decide(ruleset, mail("Report", body)).category == "voluntary_report"


def test_a_filled_form_with_its_boxes_on_the_role_line_is_the_request(ruleset: Ruleset) -> None:
    form = ("FICHE D'INSCRIPTION - INTERVENANT(E)\nOrganisation : Association Nour (AN)\nNom et prénom de "
            "l'intervenant(e) : DIALLO Awa\nFonction : Animatrice\nRôle souhaité : [X] Discussion ouverte   [ ] Rapporteur"
            "   [ ] Séance plénière\n")
    name = "Fiche_inscription_intervenant_AN.docx"
    body = "Bonjour,\n\nVeuillez trouver ci-joint la fiche d'inscription, remplie et signée.\n\nSanae\n"
    decision = decide(ruleset, mail("Fiche d'inscription", body, attachments=[(name, _DOCX)]),
                      docs={name: DocText(name, text=form)})
    assert {"speaker-details-document", "speaker-form-role-row"} <= fired(decision)
    assert decision.category == "speaker_request"


@pytest.mark.parametrize("body", [
    "تحية طيبة،\n\nنرجو اعتماد النسخة المعدلة المرفقة من تقريرنا بدلاً من النسخة السابقة.\n\nأما ترشيح الأستاذة سلمى "
    "فيبقى كما هو دون أي تغيير.\n\nمنار\n",
    "عسلامة،\n\nهاذي النسخة المصححة متاع التقرير. اللي يخص المشاركة متاع السيدة نجاة في الجلسة العامة ما تبدل فيه شي.\n\n"
    "سامي\n",
])
def test_a_revised_report_whose_nomination_stands_is_a_report(ruleset: Ruleset, body: str) -> None:
    raw = mail("Re: التقرير الطوعي وترشيح متحدثة", body, attachments=[("تقرير الجمعية - نسخة معدلة.pdf", _PDF)],
               in_reply_to="m0@example.org")
    assert decide(ruleset, raw, thread="both").category == "voluntary_report"


def test_questions_about_a_request_made_ask_nothing_new(ruleset: Ruleset) -> None:
    body = ("وعليكم السلام\n\nشكراً على ردكم. أبوي يسأل: متى يوصلنا خبر إذا انقبلت مشاركته في الجلسة العامة؟ وإذا "
            "انقبلت، نقدر نرسل الكلمة مكتوبة عشان أحد يقراها بداله لو النت فصل؟\n\nنوف\n")
    decision = decide_reply(ruleset, "Re: إشعار استلام", body)
    assert "speaker-replaced" not in fired(decision)
    assert decision.category == "other"
