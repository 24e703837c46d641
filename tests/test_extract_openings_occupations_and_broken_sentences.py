"""Families of the blind sets (session 36): a courtesy under the greeting that opens a letter ("مرحبا / يعطيكم العافية")
is not its closing, so the request below it is the sender's text; an occupation after a form of address goes with it
("الزميلة الصحفية هند X"); a body that speaks as itself ("معكم إذاعة X") is the sender's; and text that once broke
the extraction: a sentence that opens with an honorific after a full stop, in a message that forwards a request, and a
possessive joined to its word by a slash ("our/Tripoli")."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules, _units_only
from intake.extract_values import possessive_reference
from intake.text import split
from tests.extracting import message, run


@pytest.mark.parametrize(("text", "opening"), [
    ("مرحبا\nيعطيكم العافية\n\nمعكم إذاعة الوادي المجتمعية، إذاعة صغيرة بتبث من المفرق من سنين وبيشتغل فيها شباب.\n\n"
     "حابين نرشح زميلتنا للمشاركة بالطاولة المستديرة الأولى:\nالاسم: سلمى نادر العمري\nالصفة: مقدمة برامج\n\nفريق الإذاعة",
     "حابين نرشح زميلتنا"),
    ("Thank you!\n\nPlease find attached the voluntary report that our association prepared with its partners this year.\n\n"
     "Omar", "Please find attached"),
])
def test_a_courtesy_under_the_greeting_opens_the_letter(text: str, opening: str) -> None:
    assert opening in split(text).new


# Near miss: the same courtesy at the end, over the name, closes it
@pytest.mark.parametrize("text", ["حابين نرشح زميلتنا للمشاركة بالطاولة المستديرة الأولى.\n\nيعطيكم العافية\nسلمى",
                                  "Thank you!\nOmar Haddad\nDirector"])
def test_near_miss_a_courtesy_at_the_end_closes_it(text: str) -> None:
    assert split(text).signature.startswith(("يعطيكم", "Thank"))


def test_the_request_under_an_opening_courtesy_is_read(rules: ExtractRules) -> None:
    body = ("مرحبا\nيعطيكم العافية\n\nمعكم إذاعة الوادي المجتمعية، إذاعة صغيرة بتبث من المفرق من سنين وبيشتغل فيها شباب.\n\n"
            "حابين نرشح زميلتنا للمشاركة بالطاولة المستديرة الأولى:\nالاسم: سلمى نادر العمري\nالصفة: مقدمة برامج\n\n"
            "شكرا الكم\nفريق الإذاعة")
    fields = run(message(body), rules, language="ar")
    assert fields.organisation == "إذاعة الوادي المجتمعية"
    [speaker] = fields.speakers
    assert (speaker.name, speaker.affiliation, speaker.roundtable) == ("سلمى نادر العمري", "إذاعة الوادي المجتمعية", 1)


@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("وعليه نرشح الزميلة الصحفية ليلى فؤاد الدباغ، منسقة وحدة الرصد في الشبكة، لتكون مقررة تعرض الرسائل الرئيسية.",
     "ليلى فؤاد الدباغ", "منسقة وحدة الرصد"),
    ("نرشح الأستاذ الباحث سامي نور الدين، مدير المرصد، للمداخلة في الجلسة العامة.", "سامي نور الدين", "مدير المرصد"),
])
def test_an_occupation_after_a_form_of_address_goes_with_it(rules: ExtractRules, sentence: str, name: str,
                                                              title: str) -> None:
    [speaker] = run(message(f"تحية طيبة،\n\n{sentence}\n\nمع التحية"), rules, language="ar").speakers
    assert (speaker.name, speaker.title) == (name, title)


# Near miss: a post after the form of address, then what the letter is about, names no one
def test_near_miss_a_post_then_what_the_letter_is_about(rules: ExtractRules) -> None:
    body = ("مساء الخير،\n\nأحوّل لكم رسالة سعادة المدير بخصوص المشاركة.\n\nالاسم: الدكتور ماجد عيسى الكواري\n"
            "الصفة: المدير التنفيذي\n\nتحياتي")
    assert [s.name for s in run(message(body), rules, language="ar").speakers] == ["ماجد عيسى الكواري"]


def test_a_forward_whose_cover_names_someone_after_a_full_stop(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nÀ la demande de M. Alaoui, je vous transfère ci-dessous la proposition de notre Groupe. Mme Hind "
            "Benjelloun est en copie.\n\nBien cordialement,\nSara Filali\nAssistante de direction\n\n"
            "De : Hind Benjelloun <h.benjelloun@example.ma>\nEnvoyé : vendredi 29 janvier 2021 17:40\n"
            "À : Karim Alaoui <k.alaoui@example.ma>\nObjet : Conférence PMM\n\nBonsoir Karim,\n\nJe souhaite intervenir "
            "à la table ronde 3.\n\nHind Benjelloun\nDirectrice des ressources humaines\nGroupe Hôtelier Oasis (GHO)\n")
    names = [s.name for s in run(message(body, subject="TR: Conférence PMM"), rules, language="fr").speakers]
    assert "Hind Benjelloun" in names


def test_a_possessive_joined_by_a_slash_is_read(rules: ExtractRules) -> None:
    assert possessive_reference("our/Tripoli", rules) is False


# "أ/" written for "أ." (the Egyptian formal slash), after a colloquial "the one who will speak for us"
@pytest.mark.parametrize("honorific", ["أ/", "أ.", "الأستاذ"])
def test_the_one_who_will_speak_for_us_after_a_slashed_abbreviation(rules: ExtractRules, honorific: str) -> None:
    body = (f"حابين نشارك في المؤتمر، واللي هيتكلم عننا {honorific} شريف مجدي الصاوي، مدير التحويلات، في المائدة المستديرة "
            "التالتة.\n\nنهى")
    [speaker] = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.roundtable) == ("شريف مجدي الصاوي", "مدير التحويلات", 3)


# A display name in lower case, as a phone's mail account is often set up, is the sender's name all the same
def test_a_lower_case_display_name_names_the_sender(rules: ExtractRules) -> None:
    body = "bonjour\n\nje veux parler dans la pleniere le 24 fevrier.\n\nmerci\nKofi"
    [speaker] = run(message(body, from_="kofi mensah <kofi@example.com>"), rules, language="fr").speakers
    assert speaker.name == "Kofi Mensah"


# Near miss: a lower-case display name that is a mailbox's, not a person's, names no one
def test_near_miss_a_lower_case_mailbox_name(rules: ExtractRules) -> None:
    body = "bonjour\n\nje veux parler dans la pleniere le 24 fevrier.\n\nmerci"
    assert run(message(body, from_="info contact <info@example.com>"), rules, language="fr").speakers == ()



# A value read from HTML source pasted as text ("</p> <p><b>مكتب ...</b><br> غرفة ...") has a piece with no word ("<"):
# no unit, where it raised IndexError
def test_a_piece_with_no_word_is_no_unit(rules: ExtractRules) -> None:
    value = "</p> <p><b>مكتب المراسم والعلاقات الدولية</b><br> غرفة تجارة وصناعة الحمراء<br> ص.ب"
    assert _units_only(value, rules, held_in=True) is False


# "عمدة" (a mayor, in Mauritania and Egypt) is a post: "عمدة البلدية" is the title, the municipality the affiliation
def test_a_mayor_called_umda(rules: ExtractRules) -> None:
    body = "تحية طيبة\n\nبلدية الوادي ترشح السيد خالد عمر، عمدة البلدية، للمداخلة في الجلسة العامة.\n\nمع التحية\nبلدية الوادي"
    [speaker] = run(message(body), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == ("عمدة البلدية", "بلدية الوادي")


# A signature made of an image, written in plain text with its alt text: its fields are the signature's lines
def test_an_image_card_signature_is_read(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nJe souhaiterais intervenir lors de la table ronde thématique n°3.\n\nBien cordialement,\nSalma\n\n"
            "-- \n[image: Salma Idrissi | Chargée de plaidoyer | Association Rif Solidarité Migrants (ARSM) | Nador - Maroc]\n"
            "[image: Facebook] <https://www.facebook.example.com/arsm>\n")
    [speaker] = run(message(body, from_="Salma Idrissi <s@example.org>"), rules, language="fr").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == (
        "Salma Idrissi", "Chargée de plaidoyer", "Association Rif Solidarité Migrants (ARSM)")


# A table of nominees with a column for each one's local authority ("Collectivité", "Commune", "الجماعة"), as a mail
# program writes it, in plain text and HTML
def test_a_column_for_the_local_authority(rules: ExtractRules) -> None:
    rows = [("N°", "Nom et prénom", "Fonction", "Collectivité", "Table ronde souhaitée"),
            ("1", "M. Sidi Ould Cheikh", "Maire", "Commune de Kiffa", "Table ronde 2"),
            ("2", "Mme Rim Jaziri", "Maire", "Commune de Tozeur", "Table ronde 4")]
    table = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    html = (f"<p>Madame, Monsieur,</p><p>Notre réseau vous propose deux maires :</p><table>{table}</table>"
            "<p>Cordialement,<br>Secrétariat du réseau</p>")
    plain = ("Madame, Monsieur,\n\nNotre réseau vous propose deux maires :\n\n" + "\n".join("\t".join(r) for r in rows)
             + "\n\nCordialement,\nSecrétariat du réseau")
    first, second = run(message(plain, html=html), rules, language="fr").speakers
    assert (first.affiliation, second.affiliation) == ("Commune de Kiffa", "Commune de Tozeur")


# "وجزاكم الله خير" (God reward you) closes the letter: the name under it signs it
def test_god_reward_you_closes_the_letter(rules: ExtractRules) -> None:
    body = "السلام عليكم\n\nاشتي اشارك بكلمه في الجلسه العامه.\n\nوجزاكم الله خير\nمحمد عبده سعيد الحكيمي\nتعز"
    [speaker] = run(message(body), rules, language="ar").speakers
    assert speaker.name == "محمد عبده سعيد الحكيمي"
