"""Round r42: a post written after a possessive and set off by a comma ("our Director of X and Y, Mr. Z, could ..."),
a post given in a sentence of its own about the speaker ("Amal serves as Programme Officer at X"), and a sender who
holds back from proposing anyone until a question is answered ("nous hésitons à proposer un intervenant tant que ...").
Each family in several languages and word orders, with near-misses that must not change."""

from __future__ import annotations

from email.message import EmailMessage

import pytest

from intake.analysis import adds_nothing
from intake.classify import classify
from intake.extract import ExtractRules
from intake.parse import parse
from intake.text import carry_forward, split
from tests.extracting import message, run
from tests.test_classify import decide, fired, mail


def _speaker(body: str, rules: ExtractRules, language: str) -> tuple[str | None, str | None]:
    fields = run(message(body), rules, language=language)
    assert len(fields.speakers) == 1
    return fields.speakers[0].name, fields.speakers[0].title


# ---------------------------------------------------------------------------------------------
# A possessive post in apposition before the honorific, longer than a short post

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear Secretariat,\nWe would be grateful if our Director of Population and Social Statistics, Mr. Liban Hersi, "
     "could deliver a floor intervention in Roundtable IV.\n", "en", "Liban Hersi", "Director of Population and Social Statistics"),
    ("Hello,\nWe hope that our Head of Policy and Advocacy for the Gulf region, Dr. Leila Nassar, can take the floor "
     "in roundtable 2.\n", "en", "Leila Nassar", "Head of Policy and Advocacy for the Gulf region"),
    ("Bonjour,\nNous serions honorés si notre responsable du suivi des politiques migratoires et sociales, Mme Aicha "
     "Benali, pouvait intervenir à la table ronde 1.\n", "fr", "Aicha Benali",
     "responsable du suivi des politiques migratoires et sociales"),
])
def test_a_long_possessive_post_before_a_comma_is_the_title(body: str, language: str, name: str, title: str,
                                                            rules: ExtractRules) -> None:
    assert _speaker(body, rules, language) == (name, title)


@pytest.mark.parametrize("body", [
    # how the person belongs to the proposer, no post
    "Hello,\nWe hope that our members, Dr. Leila Nassar, can take the floor in roundtable 2.\n",
    # a possessive in an earlier clause, no post right after it
    "Hello,\nAs discussed with our partners in Amman, Dr. Leila Nassar would like to take the floor in roundtable 2.\n",
])
def test_a_possessive_that_names_no_post_gives_no_title(body: str, rules: ExtractRules) -> None:
    assert _speaker(body, rules, "en") == ("Leila Nassar", None)


# ---------------------------------------------------------------------------------------------
# A sentence of its own giving the speaker's post with a verb

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear team,\nOn behalf of the Jordan Women Network (JWN), I am pleased to nominate our colleague Ms. Rana Haddad "
     "to take the floor at the conference. Rana serves as Head of Advocacy at JWN and has led our work.\n"
     "She would like to speak in roundtable 3.\n", "en", "Head of Advocacy", "Jordan Women Network (JWN)"),
    ("Hello,\nWe would like to propose Mr. Omar Khalil as a speaker in the plenary. Mr. Khalil currently works as "
     "Senior Legal Adviser with the Beirut Migrant Rights Centre.\n", "en", "Senior Legal Adviser",
     "Beirut Migrant Rights Centre"),
    ("Bonjour,\nAu nom du Réseau Tunisien des Migrants (RTM), j'ai le plaisir de proposer Mme Salma Ben Ali pour "
     "intervenir lors de la table ronde 3. Salma travaille comme chargée de plaidoyer au RTM depuis 2019.\n", "fr",
     "chargée de plaidoyer", "Réseau Tunisien des Migrants (RTM)"),
    ("تحية طيبة\nنود ترشيح السيدة ريم الخطيب للمشاركة في المائدة المستديرة الثانية. ريم تعمل كمنسقة للمشاريع في "
     "جمعية النهوض بالمرأة.\n", "ar", "منسقة للمشاريع", "جمعية النهوض بالمرأة"),
])
def test_a_post_stated_in_a_sentence_about_the_speaker(body: str, language: str, title: str, affiliation: str,
                                                       rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


@pytest.mark.parametrize(("body", "language"), [
    # the same verbs for what the person does, no post
    ("Hello,\nWe would like to propose Mr. Omar Khalil as a speaker in the plenary. Omar serves as a bridge between "
     "the diaspora and local authorities.\n", "en"),
    ("Hello,\nWe would like to propose Mr. Omar Khalil as a speaker in the plenary. Mr. Khalil works as part of our "
     "outreach team in Tripoli.\n", "en"),
    ("Bonjour,\nNous proposons M. Karim Mansouri pour intervenir en plénière. Karim travaille comme relais entre les "
     "familles et les autorités locales.\n", "fr"),
    ("تحية طيبة\nنود ترشيح السيدة ريم الخطيب للمشاركة في المائدة المستديرة الثانية. ريم تعمل في مجال حماية العمال "
     "المهاجرين منذ سنوات.\n", "ar"),
])
def test_the_same_verbs_without_a_post_give_no_title(body: str, language: str, rules: ExtractRules) -> None:
    assert run(message(body), rules, language=language).speakers[0].title is None


# ---------------------------------------------------------------------------------------------
# Holding back from proposing a speaker until a question is answered

def _decide(ruleset, subject: str, body: str) -> tuple[str, set[str]]:
    decision = decide(ruleset, mail(subject, body))
    return decision.category, fired(decision)


@pytest.mark.parametrize(("subject", "body"), [
    ("Question : interprétation", "Bonjour,\nNous souhaiterions savoir si une interprétation en français sera assurée "
     "pendant les tables rondes. Nous hésitons à proposer un intervenant tant que ce point n'est pas clarifié.\n"
     "Cordialement,\nLa coordinatrice\n"),
    ("Question about the format", "Dear team,\nCould you tell us whether the roundtables will be held online? We are "
     "still hesitant to nominate a speaker until we know the format.\nBest,\nKaren\n"),
    ("Interpretation?", "Dear team,\nWill Arabic interpretation be provided? I hesitate to propose a speaker from our "
     "network before this is confirmed.\nThanks,\nYoussef\n"),
    ("استفسار عن الترجمة", "تحية طيبة\nهل ستتوفر ترجمة فورية إلى العربية خلال الموائد المستديرة؟ نتردد في ترشيح متحدث "
     "قبل أن نعرف ذلك.\nمع التحية\n"),
])
def test_holding_back_a_nomination_is_no_request(ruleset, subject: str, body: str) -> None:
    category, rules_fired = _decide(ruleset, subject, body)
    assert category == "other" and "request-not-yet-made" in rules_fired


@pytest.mark.parametrize(("subject", "body"), [
    # the secretariat's "do not hesitate", a request made all the same
    ("Speaker", "Dear team,\nWe are pleased to propose a speaker: Ms. Dana Aoun, Director, Beirut Legal Forum, for "
     "roundtable 2. Please do not hesitate to contact us.\nBest,\nOmar\n"),
    ("Intervenant", "Bonjour,\nNous n'hésitons pas à proposer un intervenant : Mme Nora Salem, directrice de "
     "l'Association Horizons, pour la table ronde 2.\nCordialement,\nSami\n"),
])
def test_not_hesitating_still_requests(ruleset, subject: str, body: str) -> None:
    category, rules_fired = _decide(ruleset, subject, body)
    assert category == "speaker_request" and "request-not-yet-made" not in rules_fired


# ---------------------------------------------------------------------------------------------
# The sender asking for themself, their details after "myself" and a dash or colon

@pytest.mark.parametrize(("body", "from_", "language", "expected"), [
    ("Requesting a floor intervention in the plenary for myself - Abdi Yusuf Warsame, Executive Director, Hargeisa "
     "Returnee Forum (HRF). Report to follow separately.\n", "Abdi Warsame <a@hrf.example.org>", "en",
     ("Abdi Yusuf Warsame", "Executive Director", "Hargeisa Returnee Forum (HRF)")),
    ("Hello,\nI would like to request a speaking slot in roundtable 2 for myself: Layla Hassan Omar, Programme "
     "Manager, Aden Women Forum.\nThanks\n", "Layla Omar <l@awf.example.org>", "en",
     ("Layla Hassan Omar", "Programme Manager", "Aden Women Forum")),
    ("Bonjour,\nJe souhaite demander une intervention à la table ronde 3 pour moi-même - Youssef Ben Salah, "
     "coordinateur, Collectif Migrations Sud.\nCordialement\n", "Youssef Ben Salah <y@cms.example.org>", "fr",
     ("Youssef Ben Salah", "coordinateur", "Collectif Migrations Sud")),
    ("تحية طيبة\nأرجو تسجيل طلب مداخلة في الجلسة العامة لي شخصياً - سامي خليل الحسن، مدير البرامج، جمعية التضامن.\n"
     "مع الشكر\n", "Sami <s@tadamon.example.org>", "ar", ("سامي خليل الحسن", "مدير البرامج", "جمعية التضامن")),
])
def test_details_after_myself_and_a_dash_are_the_senders(body: str, from_: str, language: str,
                                                         expected: tuple[str, str, str], rules: ExtractRules) -> None:
    fields = run(message(body, from_=from_), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


@pytest.mark.parametrize(("body", "language", "expected"), [
    # "myself" between dashes stands for the sender inside a phrase; the details come from the signature
    ("Dear team,\nWe would like to propose our Executive Director - myself - for roundtable 2.\nBest,\nLayla Hassan\n"
     "Executive Director, Aden Women Forum\n", "en", ("Layla Hassan", "Executive Director", "Aden Women Forum")),
    ("Hello,\nI would like to speak myself - as agreed with our board - in roundtable 2.\nBest,\nLayla Hassan\n"
     "Director, Aden Women Forum\n", "en", ("Layla Hassan", "Director", "Aden Women Forum")),
    ("Bonjour,\nNous proposons notre présidente, moi-même, pour la table ronde 1.\nCordialement,\nNadia Cherif\n"
     "Présidente, Association Amal\n", "fr", ("Nadia Cherif", "présidente", "Association Amal")),
])
def test_myself_without_details_after_it_keeps_the_signature(body: str, language: str, expected: tuple[str, str, str],
                                                             rules: ExtractRules) -> None:
    fields = run(message(body, from_=f"{expected[0]} <x@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [expected]


# ---------------------------------------------------------------------------------------------
# A list of those endorsing a report sent before is no report

@pytest.mark.parametrize(("subject", "body"), [
    ("Re: Joint report", "Dear Secretariat,\nFurther to my message, here is the list of organisations endorsing our "
     "joint report:\n- Tihama Women Forum\n- Sanaa Legal Aid\nBest,\nHuda\n"),
    ("Re: Rapport conjoint", "Bonjour,\nComme annoncé, voici la liste des associations signataires de notre rapport "
     "conjoint :\n- Association Tilila\n- Réseau Sahel Migrations\nCordialement,\nAmina\n"),
    ("رد: التقرير المشترك", "تحية طيبة\nإلحاقاً برسالتنا السابقة، نرسل لكم قائمة المنظمات الموقعة على التقرير المشترك:\n"
     "- جمعية الأمل\n- شبكة حقوق المهاجرين\nمع التحية\n"),
])
def test_a_list_of_endorsers_is_no_report(ruleset, subject: str, body: str) -> None:
    category, rules_fired = _decide(ruleset, subject, body)
    assert category == "other" and "report-endorsers-list" in rules_fired


def test_a_report_sent_with_its_endorsers_is_still_a_report(ruleset) -> None:
    body = ("Dear Secretariat,\nPlease find attached our joint voluntary GCM review report. We are pleased to submit "
            "our report together with the list of organisations endorsing the report, given below.\nBest,\nHuda\n")
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["Subject"] = "Joint voluntary GCM review report"
    msg.set_content(body)
    msg.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="Joint_GCM_Voluntary_Report.pdf")
    parsed = parse(bytes(msg))
    assert classify(parsed, carry_forward(split(parsed.text), parsed.subject), {}, ruleset).category == "voluntary_report"


# ---------------------------------------------------------------------------------------------
# Staying at the secretariat's disposal adds nothing to a thank-you

def _parts(body: str):
    msg = EmailMessage()
    msg["From"] = "Sender <sender@example.org>"
    msg["Subject"] = "RE: Acknowledgement"
    msg.set_content(body)
    parsed = parse(bytes(msg))
    return carry_forward(split(parsed.text), parsed.subject)


@pytest.mark.parametrize("body", [
    "Bonjour,\nMerci beaucoup pour votre accusé de réception. Nous restons à votre disposition.\nBonne journée,\n"
    "Awa Diallo Sy\n",
    "Dear team,\nThank you for the confirmation. We remain at your disposal for any further information.\nBest regards,\n"
    "Omar Khalil\n",
    "السادة الكرام،\nشكراً جزيلاً على تأكيد الاستلام، ونحن على استعداد تام.\nمع التحية\nليلى حسن\n",
])
def test_staying_at_disposal_adds_nothing(body: str) -> None:
    assert adds_nothing(_parts(body))


@pytest.mark.parametrize("body", [
    # a question or a new detail along with the courtesy
    "Bonjour,\nMerci pour votre accusé de réception. Nous restons à votre disposition : faut-il aussi envoyer la "
    "biographie ?\nAwa\n",
    "Dear team,\nThank you. We remain available, but our speaker has changed to Ms. Rana Aziz, Legal Officer.\nOmar\n",
])
def test_a_courtesy_with_more_still_adds_something(body: str) -> None:
    assert not adds_nothing(_parts(body))
