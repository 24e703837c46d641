"""Families found in the blind sets of session 43 (holdout302-305): refugee- and migrant-led groups, disability and
health organisations, requests mixed with logistics, media and culture.

- A post in charge of "des Marocains résidant à l'étranger", or of several fields listed with commas (« chargée des
  affaires sociales, de la santé et des migrations »), keeps the whole list in the title; a place the person lives in
  (« journaliste résidante à Paris ») is still no part of it.
- A committee named after a committee word in lower case (« Présidente de la commission Santé mentale et migrations »)
  is in the post; « comité de dialogue de Dar el-Fatwa » names the body it belongs to.
- "Dre" is a woman doctor's French form of address; "استشاري" (consultant) is a post.
- "أولاً: نرشّح الدكتورة X، ..." under a line that announces what follows is a sentence proposing X (not a list item
  whose person is "نرشّح الدكتورة X"); "2) myself - ..." is still the sender's own item.
- "They would like to propose:" over "X Y Z, Secretary for ..., Association ..." proposes X Y Z (a bare name, then a post).
- A signer of a letter named after their post ("a nomination letter signed by our Managing Editor, X") is no speaker.
- "المدير الفني حابب كتير يحكي بالمؤتمر" asks to speak (Levant, of another person); "بدي الغي طلبي" withdraws.
- "Her request to speak is unchanged" in a reply sending a passport copy asks for nothing new.
- A sentence naming a file "for illustration" (« à titre d'illustration ») by half its name's words sets it aside.
- "شكراً كتير إلكن" is a closing: the signature below it gives the speaker's post and body.
- "وستتولى الدكتورة X ... التنسيق مع أمانتكم، ولن تشارك بمداخلة": X does not speak.
- "تعمل السيدة X منسقة البرامج في المركز منذ عام 2018" states X's post.
- A short decline answering our invitation (quoted from our address, none of our references in it) is news: it is
  acknowledged; the same under our acknowledgement's reference adds nothing.
- "Y, Research Fellow, based in our London office" says where Y works from, no body.
- A reply that says it corrects a speaker's title (« Petite correction ... le titre de X », "نرجو تصحيح المسمى
  الوظيفي") gives the title that replaces the one on file.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from intake.analysis import analyse, completed, load_context
from intake.classify import Ruleset, classify
from intake.config import Settings
from intake.extract import ExtractRules
from intake.model import Decision
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.mails import mail, raw

PDF = "application/pdf"


def _decision(subject: str, body: str, ruleset: Ruleset, files: tuple[str, ...] = (), thread: str | None = None) -> Decision:
    parsed = parse(mail(subject=subject, body=body, attachments=[(f, PDF, b"%PDF-1.4 x") for f in files]))
    return classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset, thread)


def _speakers(body: str, rules: ExtractRules, language: str = "fr", from_: str = "Someone <someone@example.org>"
              ) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.name, s.title, s.affiliation) for s in run(message(body, from_=from_), rules, language=language).speakers]


@pytest.mark.parametrize(("post", "title"), [
    ("Vice-présidente chargée des affaires sociales et des Marocains résidant à l'étranger",
     "Vice-présidente chargée des affaires sociales et des Marocains résidant à l'étranger"),
    ("Adjointe au Maire chargée des affaires sociales, de la santé et des migrations",
     "Adjointe au Maire chargée des affaires sociales, de la santé et des migrations"),
    ("journaliste résidante à Paris", "journaliste"),
])
def test_a_post_in_charge_of_several_fields(post: str, title: str, rules: ExtractRules) -> None:
    body = (f"Madame,\n\nLa Commune de Rosso souhaite proposer Mme Aïcha Sidi, {post}, pour une intervention lors de la "
            "table ronde thématique n° 3.\n\nCordialement,\nLe Secrétaire général\nCheikh Vall\nCommune de Rosso\n")
    assert [t for _n, t, _a in _speakers(body, rules)] == [title]


def test_near_miss_a_programme_officer_is_no_post_in_charge_of_fields(rules: ExtractRules) -> None:
    body = ("Madame,\n\nNous proposons Mme Aïcha Sidi, chargée de programme, des associations membres, pour une "
            "intervention lors de la table ronde n° 3.\n\nCordialement,\nCheikh Vall\n")
    assert [t for _n, t, _a in _speakers(body, rules)] == ["chargée de programme"]


def test_a_committee_named_after_its_word_in_lower_case(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\n\nL'Association Libanaise des Psychologues Cliniciens (ALPC) souhaite proposer la Dre "
            "Carla Nassif, Présidente de la commission Santé mentale et migrations, pour intervenir en qualité de "
            "rapporteuse.\n\nBien à vous,\n\nMaya Karam\nSecrétaire exécutive\n"
            "Association Libanaise des Psychologues Cliniciens (ALPC)\nBeyrouth\n")
    assert _speakers(body, rules) == [("Carla Nassif", "Présidente de la commission Santé mentale et migrations",
                                       "Association Libanaise des Psychologues Cliniciens (ALPC)")]


def test_near_miss_a_committee_that_names_its_body(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nJe vous écris de la part du Forum islamo-chrétien pour la dignité des migrants (FIDM), à Saïda. "
            "Notre co-président, le Cheikh Bilal Chehadeh – imam de la mosquée Al-Omari et membre du comité de dialogue "
            "de Dar el-Fatwa du Sud – serait très honoré de pouvoir prendre la parole en plénière.\n\nBien à vous,\n"
            "Père Antoine Khalil\nCo-président, FIDM\n")
    assert [a for _n, _t, a in _speakers(body, rules)] == ["Forum islamo-chrétien pour la dignité des migrants (FIDM)"]


def test_a_consultant_doctor_who_will_not_speak_beside_the_one_who_will(rules: ExtractRules) -> None:
    body = ("تحية طيبة...\n\nيسر رابطة أطباء الصحة النفسية في العراق أن ترشح الدكتور حيدر عبد الكريم الجبوري، استشاري "
            "الطب النفسي ورئيس لجنة الصحة النفسية للنازحين والعائدين، ليتولى دور المقرر.\n\nوستتولى الدكتورة سرى ناجي "
            "العبيدي، أمينة سر الرابطة، التنسيق مع أمانتكم، ولن تشارك بمداخلة.\n\nمع فائق التقدير والاحترام.\n\n"
            "الأستاذ الدكتور عماد صبري الربيعي\nرئيس رابطة أطباء الصحة النفسية في العراق\n")
    assert _speakers(body, rules, language="ar") == [
        ("حيدر عبد الكريم الجبوري", "استشاري الطب النفسي ورئيس لجنة الصحة النفسية للنازحين والعائدين",
         "رابطة أطباء الصحة النفسية في العراق")]


def test_a_proposing_sentence_after_an_ordinal(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nنرفق لكم كتاب ترشيح جمعية نسيج للتنمية والحماية، ونلخّص مضمونه أدناه مع بعض "
            "الاستفسارات العملية:\n\nأولاً: نرشّح الدكتورة سهى فؤاد المصري، مديرة البرامج في الجمعية، للمشاركة كمتحدثة "
            "في المؤتمر.\n\nثانياً: نرشّح الأستاذ وسيم خالد الأيوبي، المستشار القانوني للجمعية، للمداخلة في الطاولة "
            "المستديرة الثانية.\n\nوتفضلوا بقبول فائق الاحترام،\n\nريم حسن الشامي\nمنسقة المشاريع\n"
            "جمعية نسيج للتنمية والحماية\n")
    assert [n for n, _t, _a in _speakers(body, rules, language="ar", from_="Reem <reem@example.org>")] == [
        "سهى فؤاد المصري", "وسيم خالد الأيوبي"]


def test_near_miss_the_sender_s_own_item(rules: ExtractRules) -> None:
    body = ("Hi there,\n\nMy name is Ahmad Sleiman, I'm the head coach of Ouzai United Football Club in Beirut. Two people "
            "from our side:\n\n1) Mariam Tesfaye (19) - women's team captain. I really think she should be the one "
            "talking at the open discussion.\n\n2) myself - if there's a roundtable on social inclusion I'd be happy to "
            "do a short intervention there.\n\nCheers,\nAhmad\n\n--\nAhmad Sleiman\nHead Coach\nOuzai United FC\n")
    assert sorted(n for n, _t, _a in _speakers(body, rules, language="en")) == ["Ahmad Sleiman", "Mariam Tesfaye"]


def test_a_bare_name_then_its_post_under_a_line_that_proposes(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nI am a Sudanese volunteer living in London and I help the Darfur Refugees Community "
            "Association (DRCA) with their English correspondence. The committee asked me to send you the name of their "
            "speaker. They would like to propose:\n\nIshaq Adam Abakar, Secretary for Community Affairs, Darfur "
            "Refugees Community Association (DRCA), to serve as rapporteur for the stakeholders' key messages.\n\n"
            "With best wishes,\n\nDr. Yasir El-Tayeb\nVolunteer, on behalf of DRCA\nLondon, UK\n")
    assert _speakers(body, rules, language="en") == [
        ("Ishaq Adam Abakar", "Secretary for Community Affairs", "Darfur Refugees Community Association (DRCA)")]


def test_the_signer_of_a_letter_named_after_their_post(rules: ExtractRules) -> None:
    body = ("Dear Secretariat,\n\nHaving listened to thousands of these calls, our Head of the Migration Desk, Samar "
            "Al-Khayyat, would like to serve as rapporteur and deliver the stakeholders' key messages.\n\nI attach a "
            "short nomination letter signed by our Managing Editor, Tariq Siddiqui, and Samar's CV.\n\nWith many "
            "thanks,\n\nPriya Raman\nEditorial Intern | Gulf Voices Radio Network (GVRN)\n")
    assert [n for n, _t, _a in _speakers(body, rules, language="en")] == ["Samar Al-Khayyat"]


def test_a_levantine_wish_that_someone_else_speak(ruleset: Ruleset) -> None:
    body = ("مرحبا،\n\nأنا رولا، بشتغل منسقة مشاريع بفرقة نغم الدروب. المدير الفني تبع الفرقة، الأستاذ وسيم الحلبي، "
            "حابب كتير يحكي بالمؤتمر عن هالتجربة، وهو جاهز يشارك بأي جلسة بتشوفوها مناسبة.\n\nشكراً كتير،\nرولا")
    assert _decision("طلب مشاركة", body, ruleset).category == "speaker_request"


def test_a_levantine_withdrawal(rules: ExtractRules) -> None:
    body = ("مرحبا مرة تانية،\n\nللأسف ما رح قدر شارك، لأنو إجاني موعد مقابلة بنفس اليوم.\n\nلهيك بدي الغي طلبي، "
            "والمجموعة ما رح تبعت حدا تاني هالمرة.\n\nسعاد")
    assert run(message(body), rules, category="other", language="ar").withdrawal


def test_a_request_to_speak_that_is_unchanged(ruleset: Ruleset) -> None:
    body = ("Dear colleagues,\n\nFollowing up on my message below: please find attached a copy of Dr. Fadlalla's "
            "passport, so that the visa support letter can be prepared.\n\nHer request to speak is unchanged.\n\n"
            "Best regards,\nTagwa")
    decision = _decision("Re: Speaker for roundtable 3", body, ruleset, ("Passport copy - Ihsan Fadlalla.pdf",),
                         thread="speaker_request")
    assert decision.category == "other"


@pytest.mark.parametrize(("aside", "sentence"), [
    ("Programme_Festival_ACMM_2020.pdf", "Le programme de notre dernier festival est également joint, à titre d'illustration."),
    ("Exhibition poster 2020.pdf", "The poster of our last exhibition is attached by way of illustration."),
])
def test_a_file_sent_for_illustration(aside: str, sentence: str, ruleset: Ruleset) -> None:
    report = "Rapport_volontaire_ACMM_PMM_2021.pdf"
    body = f"Veuillez trouver ci-joint notre rapport volontaire sur la mémoire des migrations.\n\n{sentence}\n\nHind"
    assert _decision("Rapport volontaire", body, ruleset, (report, aside)).report_attachments == (report,)


def test_thanks_to_you_in_the_levant_closes_the_letter(rules: ExtractRules) -> None:
    body = ("مرحبا،\n\nأنا اسمي سعاد محمود الحلبي، لاجئة سورية ساكنة بإربد. وأنا حابة احكي بالنقاش المفتوح يوم 23 شباط."
            "\n\nشكراً كتير إلكن\nسعاد محمود الحلبي\nمنسقة\nمجموعة إيد بإيد للنساء السوريات - إربد\n")
    assert _speakers(body, rules, language="ar", from_="Ahmad Alhalabi <ahmad@example.org>") == [
        ("سعاد محمود الحلبي", "منسقة", "مجموعة إيد بإيد للنساء السوريات")]


def test_a_post_stated_verb_first(rules: ExtractRules) -> None:
    body = ("تحية طيبة وبعد،\n\nيسرّ المركز الأردني لحقوق العمال المهاجرين أن يرشّح السيدة لينا عبد الله الحوراني للقيام "
            "بدور المقرر.\n\nتعمل السيدة الحوراني منسقة البرامج في المركز منذ عام 2018، وتتابع ملفات عاملات المنازل.\n\n"
            "وتفضلوا بقبول فائق الاحترام،\n\nرامي القيسي\nالمدير التنفيذي\nالمركز الأردني لحقوق العمال المهاجرين\n")
    assert [t for _n, t, _a in _speakers(body, rules, language="ar")] == ["منسقة البرامج"]


@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Bonjour,\n\nPetite correction à mon message du 22 janvier : le titre de Sonia Jlassi n'est plus « Chargée de "
     "plaidoyer ». Voici la liste corrigée :\n\n- Sonia Jlassi, Responsable du plaidoyer et de la communication – table "
     "ronde n° 2\n\nCordialement,\nKarim Zouari\n", "fr", "Sonia Jlassi", "Responsable du plaidoyer et de la communication"),
    ("السادة الأمانة المحترمين،\n\nنرجو تصحيح المسمى الوظيفي لمرشحتنا، إذ ورد خطأً في الرسالة السابقة. والصحيح:\n\n"
     "الاسم: الدكتورة ريما فؤاد الحلبي\nالصفة: مديرة برامج الصحة النفسية والدعم النفسي الاجتماعي\n"
     "الجهة: جمعية سكينة للصحة النفسية\n\nمع الشكر،\nهبة الأيوبي\n", "ar", "ريما فؤاد الحلبي",
     "مديرة برامج الصحة النفسية والدعم النفسي الاجتماعي"),
])
def test_a_title_corrected_replaces_the_one_on_file(body: str, language: str, name: str, title: str,
                                                     rules: ExtractRules) -> None:
    given = next(s for s in run(message(body), rules, language=language).speakers if s.name == name)
    on_file = {"name": name, "title": "Chargée de plaidoyer", "affiliation": "ATDMR", "provenance": {"title": "prose"}}
    assert completed(on_file, given)["title"] == title


def test_near_miss_a_title_given_without_a_correction_completes_nothing_on_file(rules: ExtractRules) -> None:
    body = "Bonjour,\n\nVoici la liste :\n\n- Sonia Jlassi, Responsable du plaidoyer – table ronde n° 2\n\nKarim\n"
    given = next(s for s in run(message(body), rules, language="fr").speakers if s.name == "Sonia Jlassi")
    on_file = {"name": "Sonia Jlassi", "title": "Chargée de plaidoyer", "affiliation": "ATDMR"}
    assert completed(on_file, given)["title"] == "Chargée de plaidoyer"


_INVITATION_QUOTE = ("\n\nLe 20 janv. 2021 à 14:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> a écrit :\n\n"
                     "> Madame, Monsieur,\n>\n> Nous avons le plaisir de vous inviter à la consultation multipartite du "
                     "23 février 2021.\n")


def test_a_decline_answering_our_invitation_is_acknowledged(make_settings: Callable[..., Settings]) -> None:
    body = ("Merci pour l'invitation. Malheureusement notre association ne pourra pas participer cette année, ni rapport "
            "ni intervention. Bonne continuation à toute l'équipe.\n\nKhadija Ouazzani\nAMDF Tanger" + _INVITATION_QUOTE)
    analysis = analyse(raw(mail(subject="Re: Invitation – Examen régional", body=body, in_reply_to="invitation.1@iom.int")),
                       load_context(make_settings()))
    assert (analysis.category, analysis.acknowledge) == ("other", True)


def test_near_miss_a_decline_answering_our_acknowledgement_is_not(make_settings: Callable[..., Settings]) -> None:
    body = ("Merci. Malheureusement notre association ne pourra pas participer cette année, ni rapport ni intervention.\n\n"
            "Khadija Ouazzani\nAMDF Tanger" + _INVITATION_QUOTE)
    analysis = analyse(raw(mail(subject="Re: Demande d'intervention [GCM-AR-0042]", body=body,
                                in_reply_to="invitation.1@iom.int")), load_context(make_settings()))
    assert not analysis.acknowledge


def test_near_miss_a_proposing_sentence_under_a_line_that_announces_it(rules: ExtractRules) -> None:
    body = ("مساء الخير،\n\nآخر موعد لطلبات المشاركة هو يوم الجمعة، لذلك نرسل لكم طلبنا الآن:\n\nنرشح الزميل عمر الزعبي، "
            "منسق البرامج في مركز سند لدعم العمال المهاجرين، للمشاركة في المناقشة المفتوحة.\n\nمع الاحترام،\n"
            "ديما الحوراني\nالمديرة التنفيذية - مركز سند\n")
    assert [n for n, _t, _a in _speakers(body, rules, language="ar")] == ["عمر الزعبي"]


def test_where_the_person_works_from_is_no_body(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nWe would be very grateful if a second speaker could be added for Roundtable 1:\n\n"
            "Yasmin El-Sherif, Research Fellow, based in our London office and working on Sudanese mobility.\n\n"
            "Best wishes,\nYasmin\n")
    assert _speakers(body, rules, language="en") == [("Yasmin El-Sherif", "Research Fellow", None)]


def test_a_name_written_in_capitals_and_not_is_read_as_a_name_is_written(rules: ExtractRules) -> None:
    # the fuller form of "Dr. Haidar Al-Saedi" is written twice, in capitals and not: always the second, whatever the
    # hash seed (a set used to pick either)
    body = ("Dear Sirs,\n\nWe nominate Dr. Haidar Al-Saedi for roundtable No. 2. The spelling as in his passport is:\n\n"
            "HAIDAR ABDULKAREEM AL-SAEDI\n\ni.e. Dr. Haidar Abdulkareem Al-Saedi, Head of the Legal Aid Unit.\n\n"
            "Best Regards\n\nAli Jabbar Al-Maliki\nDirector of Public Relations\nROCMD - Basra\n")
    assert [n for n, _t, _a in _speakers(body, rules, language="en")] == ["Haidar Abdulkareem Al-Saedi"]


@pytest.mark.parametrize(("body", "organisation"), [
    ("Hello,\n\nThis is Valley Community Radio, a small station in Mafraq. We would like to nominate our colleague Salma "
     "Nader for the first roundtable.\n\nMany thanks\nThe radio team", "Valley Community Radio"),
    # near miss: a team that names its body signs for it
    ("مرحبا،\n\nحابين نرشح زميلتنا سلمى نادر للمشاركة بالطاولة المستديرة الأولى.\n\nشكرا الكم\nفريق إذاعة الوادي",
     "فريق إذاعة الوادي"),
])
def test_a_team_that_signs_for_the_body_the_text_names(body: str, organisation: str, rules: ExtractRules) -> None:
    assert run(message(body), rules).organisation == organisation
