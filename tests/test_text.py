"""Body splitting: new text, signature (closings, well-wishes, a device's footer), quoted and forwarded parts,
disclaimers (ar/en/fr)."""

from __future__ import annotations

import pytest

from intake.text import CLOSING, attribution, carried_blocks, split


def test_gmail_quote_in_english():
    parts = split("We would like to speak.\n\nOn Tue, 2 Feb 2021 at 15:00, Team <t@example.org> wrote:\n> Dear all,\n> invitation")
    assert parts.new == "We would like to speak."
    assert parts.quoted.startswith("On Tue, 2 Feb 2021") and "> invitation" in parts.quoted


def test_arabic_gmail_quote_header_with_bidi_marks():
    header = "\u202bفي الخميس، ٤ فبراير ٢٠٢١ في ١١:٢٠ ص تمت كتابة ما يلي بواسطة \u202aTeam\u202c\u200f <\u202at@example.org\u202c\u200f>:\u202c"
    parts = split(f"نرغب في المشاركة.\n\nمع خالص الشكر،\nهالة\n\n{header}\n> السادة أصحاب المصلحة\n> الدعوة")
    assert parts.new == "نرغب في المشاركة."
    assert parts.signature == "مع خالص الشكر،\nهالة"
    assert parts.quoted.startswith(header) and "> الدعوة" in parts.quoted


def test_outlook_header_in_arabic_starts_the_quote():
    body = "نرجو تأكيد الاستلام.\n\nمن: محمد\nتاريخ الإرسال: الخميس، 11 فبراير، 2021\nإلى: team@example.org\nالموضوع: التقرير\n\nنص التقرير"
    parts = split(body)
    assert parts.new == "نرجو تأكيد الاستلام."
    assert parts.quoted.startswith("من: محمد") and parts.quoted.endswith("نص التقرير")


def test_inline_forward_is_kept_apart():
    parts = split("Please see below.\n\n---------- Forwarded message ---------\nFrom: A <a@example.org>\n\nAttached is our report.")
    assert parts.new == "Please see below."
    assert parts.forwarded.endswith("Attached is our report.") and parts.quoted == ""


def test_closing_formulas_open_the_signature():
    for closing in ("With thanks and best regards,", "Avec nos remerciements,", "Respectueusement,", "مع الشكر والتقدير،"):
        parts = split(f"Texte de la demande.\n\n{closing}\n\nNom Prénom\nDirectrice\nAssociation")
        assert parts.new == "Texte de la demande.", closing
        assert parts.signature.startswith(closing) and parts.signature.endswith("Association")


def test_dash_dash_separator_and_labelled_lines_stay_in_new_text():
    parts = split("Nom : Karim\nTitre : Professeur\n\nCordialement,\n-- \nKarim\nInstitut")
    assert parts.new == "Nom : Karim\nTitre : Professeur\n\nCordialement,"
    assert parts.signature == "-- \nKarim\nInstitut"


def test_disclaimer_is_cut_from_the_new_text():
    parts = split("Please find attached our report.\n\nThis e-mail is confidential and intended only for the addressee.")
    assert parts.new == "Please find attached our report."
    assert parts.disclaimer.startswith("This e-mail is confidential")


def test_a_lone_angle_bracket_line_in_prose_is_not_a_quote():
    parts = split("Our figures:\n> 300 cases in 2020\nand more to come.")
    assert parts.quoted == "" and "> 300 cases" in parts.new


def test_a_lone_quoted_line_at_the_end_is_a_quote():
    parts = split("Thanks a lot.\n\nSalma\n\n> Your message has been received.")
    assert parts.quoted == "> Your message has been received." and "received" not in parts.new


def test_an_attached_message_is_split_off_as_forwarded():
    from email.message import EmailMessage

    from intake.parse import parse

    inner = EmailMessage()
    inner["From"], inner["Subject"] = "Salwa <s@example.org>", "Request"
    inner.set_content("I would like to speak in roundtable 3.")
    outer = EmailMessage()
    outer["From"], outer["Subject"] = "Rami <r@example.org>", "Fwd: Request"
    outer.set_content("Attached is the speaking request from our Secretary General.\n\nBest regards,\nRami")
    outer.add_attachment(inner)
    parts = split(parse(outer.as_bytes()).text)
    assert parts.new == "Attached is the speaking request from our Secretary General."
    assert parts.signature == "Best regards,\nRami"
    assert parts.forwarded.startswith("---------- Forwarded message") and parts.forwarded.endswith("roundtable 3.")


def test_carried_text_is_cut_into_the_messages_it_holds():
    carried = ("> Dear all,\n> please see the nomination below.\n>\n"
               "> On Mon, 1 Feb 2021 at 10:00, Ali Hassan <ali@example.org> wrote:\n>> I wish to speak.\n"
               "\u200f---------- Forwarded message ---------\nFrom: Secretariat <s@example.org>\nDate: 20 Jan 2021\n"
               "Subject: Invitation\n\nWe have the honour to invite you.\n"
               "________________________________\nمحمد علي كتب:\nنص")
    blocks = carried_blocks(carried)
    assert [b.split("\n")[0] for b in blocks] == [
        "> Dear all,", "> On Mon, 1 Feb 2021 at 10:00, Ali Hassan <ali@example.org> wrote:",
        "\u200f---------- Forwarded message ---------", "From: Secretariat <s@example.org>",
        "________________________________", "محمد علي كتب:"]
    assert "\n".join(blocks) == carried


@pytest.mark.parametrize("closing", [
    "Thanks and regards,", "Thanks & best regards", "Thank you, regards", "Thank you for your cooperation.",
    "Thanks for your time", "Merci et bonne journée,", "merci, cordialement", "Merci pour votre collaboration",
    "شكراً وتحياتي", "شكراً لتعاونكم،", "شكرا على اهتمامكم",
])
def test_a_thank_you_leading_into_the_closing_opens_the_signature(closing: str) -> None:
    parts = split(f"I would like to speak in the plenary.\n\n{closing}\nRashid Mehmood\nWelfare Secretary\n")
    assert parts.new.strip() == "I would like to speak in the plenary."
    assert "Welfare Secretary" in parts.signature


# A closing opened by "and", as if the sentence before went on ("وشكراً لكم", "Et encore merci", "And many thanks"), opens
# the signature; "and" before other words closes nothing
@pytest.mark.parametrize("closing", ["وشكراً لكم", "ومع خالص التحية", "Et encore merci,", "Et merci beaucoup",
                                     "And many thanks,", "And best regards"])
def test_a_closing_opened_by_and_opens_the_signature(closing: str) -> None:
    parts = split(f"We propose Ms. Hala Nour for the plenary.\n\n{closing}\nEng. Rami Saad\nYouth Forum\n")
    assert parts.new.strip() == "We propose Ms. Hala Nour for the plenary."
    assert "Youth Forum" in parts.signature


@pytest.mark.parametrize("line", ["ووزارة العمل", "Et nous", "And we hope to hear from you soon about the programme"])
def test_near_miss_and_before_other_words_is_no_closing(line: str) -> None:
    assert not CLOSING.match(line)


@pytest.mark.parametrize("header", [
    "في الأربعاء، 3 فبراير 2021 في 12:19 م، كتب Sherif Mansour <s@example.org>:",
    "في 3 فبراير 2021، كتب شريف منصور <s@example.org>:",
    "بتاريخ الأربعاء 3 فبراير 2021 كتبت هالة:",
])
def test_an_arabic_quote_header_with_the_writer_after_the_verb(header: str) -> None:
    parts = split(f"نسيت ذكر المسمى الوظيفي.\n\n{header}\n> نرشح الأستاذة رحاب")
    assert parts.new == "نسيت ذكر المسمى الوظيفي."
    assert parts.quoted.startswith(header)



@pytest.mark.parametrize("header", [
    "----- Message from Review Team <team@example.org> ---------",
    "----- Message de Secrétariat de la revue <team@example.org> ---------",
    "----- رسالة من فريق المراجعة <team@example.org> -----",
])
def test_a_webmail_message_from_line_starts_the_quote(header: str) -> None:
    parts = split(f"Reçu, merci.\n\nK. Mansouri\n\n{header}\n   Date : Tue, 2 Feb 2021 10:00:00 +0100\n\n> Nous accusons réception")
    assert parts.quoted.startswith(header) and "Date :" not in parts.new + parts.signature


def test_near_miss_a_dashed_heading_without_an_address_is_no_quote_header() -> None:
    text = "Voici le texte de notre présidente.\n\n----- Message de la présidente -----\nNous soutenons la revue."
    assert split(text).new == text

def test_a_sentence_saying_what_one_wrote_is_not_a_quote_header() -> None:
    text = "في رسالتي السابقة كتبت أن الأستاذة رحاب ستشارك في المائدة الثانية"
    assert split(text).new == text


@pytest.mark.parametrize(("header", "reply"), [
    ("On 28/01/2021 14:12, Secretariat <gcm@example.org> wrote:",
     "Thank you. We would like to propose Ms. Ana Li, Chair of the Group, as rapporteur."),
    ("Le jeu. 28 janv. 2021 à 14:12, Secrétariat <gcm@example.org> a écrit :",
     "Merci. Nous proposons Mme Awa Ba, présidente de l'association, pour la table ronde 2."),
    ("في 28 يناير 2021، كتب الأمانة <gcm@example.org>:",
     "شكراً لكم. نرشح الدكتورة سلمى علي، رئيسة الجمعية، للجلسة العامة."),
])
def test_a_reply_written_under_the_quote_is_new_text(header: str, reply: str) -> None:
    body = f"{header}\n> Dear colleagues,\n>\n> Please send the speaker's details.\n> > Earlier question\n\n{reply}\n\n-- \nMotto"
    parts = split(body)
    assert parts.new == reply
    assert parts.quoted.startswith(header) and parts.quoted.endswith("> > Earlier question")
    assert parts.signature == "-- \nMotto"


def test_text_below_a_quote_that_carries_more_or_runs_on_from_it_stays_quoted() -> None:
    # a line the mailer wrapped out of the quote, with no blank line between them
    wrapped = split("Yes.\n\nOn Mon, A <a@example.org> wrote:\n> Please confirm the speaker for the\n> plenary by\nFriday.")
    assert wrapped.new == "Yes." and wrapped.quoted.endswith("Friday.")
    # an older message carried along below the quote
    nested = split("Yes.\n\nOn Mon, A wrote:\n> one\n> two\n\nOn Sun, B wrote:\nthree")
    assert nested.new == "Yes." and nested.quoted.endswith("three")
    # an Outlook header block is no ">" quote: what follows it is the message it carries
    outlook = split("Yes.\n\nFrom: A\nSent: Monday\nTo: B\n\n> one\n> two\n\nthree")
    assert outlook.new == "Yes." and outlook.quoted.endswith("three")


# ---------------------------------------------------------------------------------------------
# A thank-you and a well-wish close the message ("Thanks a lot and stay safe", "سلامات،"); the same words
# inside a sentence close nothing
@pytest.mark.parametrize("line", [
    "Thanks a lot and stay safe", "Take care!", "Thank you so much", "Merci beaucoup et prenez soin de vous",
    "Portez-vous bien,", "سلامات،", "دمتم سالمين",
    # spoken Arabic thanks: Levantine, Gulf, Egyptian
    "شكرا كتير", "شكراً كثيراً", "يعطيكم العافية", "مشكورين", "ألف شكر",
])
def test_a_well_wish_is_a_closing(line):
    assert CLOSING.match(line)


@pytest.mark.parametrize("line", [
    "Please take care of the registration of our speaker",  # the same words, in a request
    "We stay safe from the storm",
    "Prenez soin de vous inscrire avant le 15",
    "سلامات الوصول مضمونة",
    "شكرا كتير على المعلومات، بس عندي سؤال عن الموعد",
])
def test_a_well_wish_word_inside_a_sentence_is_no_closing(line):
    assert not CLOSING.match(line)


# ---------------------------------------------------------------------------------------------
# A device's footer ("Sent from my iPhone") under the closing and name stays in the signature
def test_the_signature_opens_at_the_closing_above_a_device_footer() -> None:
    parts = split("Dear team,\nPlease find our request below.\n\nKind regards,\nRania\n\nSent from my iPhone")
    assert parts.new == "Dear team,\nPlease find our request below."
    assert parts.signature == "Kind regards,\nRania\n\nSent from my iPhone"


def test_a_device_footer_alone_is_still_the_signature() -> None:
    # near-miss: no closing above it, the footer alone is set apart and the text stays whole
    parts = split("Dear team,\nRania Aziz will speak in roundtable 1.\n\nSent from my iPhone")
    assert parts.new == "Dear team,\nRania Aziz will speak in roundtable 1."
    assert parts.signature == "Sent from my iPhone"


# ---------------------------------------------------------------------------------------------
# Awaiting the reply, after a thank-you or alone, closes an Arabic message ("شكراً جداً ومستنيين ردكم", Egyptian;
# "بانتظار ردكم الكريم"); the same words going on into a question close nothing
@pytest.mark.parametrize("closing", [
    "شكراً جداً ومستنيين ردكم", "شكرا، وفي انتظار ردكم", "بانتظار ردكم الكريم", "شكراً جزيلاً ومنتظرين ردكم",
])
def test_awaiting_the_reply_opens_the_arabic_signature(closing: str) -> None:
    parts = split(f"نرشح زميلتنا سعاد علي للمائدة المستديرة الثانية.\n\n{closing}\nسامي نصر\nرئيس جمعية الأمل\n")
    assert parts.new == "نرشح زميلتنا سعاد علي للمائدة المستديرة الثانية."
    assert parts.signature.startswith(closing) and parts.signature.endswith("رئيس جمعية الأمل")


def test_awaiting_the_reply_about_something_is_no_closing() -> None:
    assert not CLOSING.match("ننتظر ردكم بخصوص موعد الجلسة قبل تأكيد اسم المتحدثة")


# ---------------------------------------------------------------------------------------------
# The Levantine and Gulf "may He give you health" closes the message, to one person or to many, with or without
# "الله" ("يعطيكن العافية", "الله يعطيك العافية", "يعطيكي العافيه"); the same words going on into a sentence close nothing
@pytest.mark.parametrize("closing", ["يعطيكن العافية", "الله يعطيك العافية", "يعطيكي العافيه", "الله يعطيكم العافية،"])
def test_a_wish_of_health_opens_the_arabic_signature(closing: str) -> None:
    assert CLOSING.match(closing)
    parts = split(f"منرشح رفيقتنا ليلى خوري للطاولة المستديرة التانية.\n\n{closing}\nريما\n")
    assert parts.new == "منرشح رفيقتنا ليلى خوري للطاولة المستديرة التانية."
    assert parts.signature.startswith(closing.rstrip("،"))


def test_near_miss_a_wish_of_health_going_on_into_a_sentence_is_no_closing() -> None:
    assert not CLOSING.match("يعطيكن العافية على الدعوة، بس بدنا نعرف موعد الجلسة")


# ---------------------------------------------------------------------------------------------
# The Levantine well-wish in its other persons ("يعطيكن العافية", "الله يعطيك العافية", "يعطيكو العافية") closes the
# message like "يعطيكم العافية"; it opens the signature, so it is never read as the sender's name
@pytest.mark.parametrize("closing", ["يعطيكن العافية،", "الله يعطيك العافية", "يعطيكو العافية", "الله يعطيكم العافيه"])
def test_the_levantine_well_wish_in_any_person_opens_the_signature(closing: str) -> None:
    parts = split(f"مرحبا\nمنحب يكون إلنا مداخلة بالجلسة العامة.\n\n{closing}\nهالة منصور\nجمعية الغد\n")
    assert parts.new == "مرحبا\nمنحب يكون إلنا مداخلة بالجلسة العامة."
    assert parts.signature.startswith(closing)


def test_near_miss_the_well_wish_inside_a_sentence_is_no_closing() -> None:
    assert not CLOSING.match("الله يعطيكن العافية على كل الشغل اللي عملتوه بالتقرير")


# ---------------------------------------------------------------------------------------------
# A formal letter's closing with "truly" or "sincerely" in another order ("Very truly yours", "Bien sincèrement",
# "المخلص") opens the signature, whatever follows the signer's block (a motto in quotes, an address)

@pytest.mark.parametrize("closing", [
    "Very truly yours,", "Truly yours", "Yours very truly,", "Bien sincèrement,", "Sincèrement vôtre", "المخلص،",
    "المخلصة",
])
def test_a_formal_closing_opens_the_signature(closing: str) -> None:
    parts = split(f"The undersigned would like to request a speaking slot in roundtable 2.\n\n{closing}\n\n"
                  "JUAN P. DELA CRUZ\nLabor Attaché\nMigrant Workers Office – Riyadh\n\n\"Serving with integrity\"\n")
    assert parts.new.strip() == "The undersigned would like to request a speaking slot in roundtable 2."
    assert "Labor Attaché" in parts.signature


@pytest.mark.parametrize("line", [
    "Sincèrement, nous espérons pouvoir intervenir à la table ronde.",
    "We are truly yours to command for the logistics.",
    "المخلص للقضية منذ عشرين عاماً",
])
def test_near_miss_truly_or_sincerely_inside_a_sentence_is_no_closing(line: str) -> None:
    assert not CLOSING.match(line)


# A reply written between the paragraphs of the quote it answers ("> the invitation's paragraph" / "Yes, we would
# like to speak" / "> the next paragraph"): the reply's lines are the new text, the quote stays quoted.
@pytest.mark.parametrize(("body", "new"), [
    ("On Mon, 1 Feb 2021, Team <t@example.org> wrote:\n> Would you like to propose a speaker?\n\n"
     "Yes: Ms. Lina Haddad, Programme Manager, Amel Association.\n\n> Please also send your report.\n\n"
     "It will follow next week.\n\n> Best regards,\n> The secretariat",
     "Yes: Ms. Lina Haddad, Programme Manager, Amel Association.\nIt will follow next week."),
    ("Le lun. 1 févr. 2021, Équipe <t@example.org> a écrit :\n> Souhaitez-vous proposer un intervenant ?\n\n"
     "Oui, M. Karim Benali, chargé de plaidoyer.\n\n> Merci d'indiquer la table ronde.\n\n"
     "La table ronde 3.\n\n> Cordialement",
     "Oui, M. Karim Benali, chargé de plaidoyer.\nLa table ronde 3."),
    ("في الاثنين، 1 فبراير 2021، كتب الفريق <t@example.org>:\n> هل ترغبون في ترشيح متحدث؟\n\n"
     "نعم، السيدة هبة يوسف، منسقة البرامج.\n\n> يرجى ذكر الدور المطلوب.\n\nالمائدة المستديرة الثانية.\n\n> مع التحية",
     "نعم، السيدة هبة يوسف، منسقة البرامج.\nالمائدة المستديرة الثانية."),
])
def test_a_reply_between_the_quotes_paragraphs_is_the_new_text(body: str, new: str) -> None:
    parts = split(body)
    assert parts.new == new
    assert "> Please also send" in parts.quoted or "> Merci" in parts.quoted or "> يرجى" in parts.quoted
    assert new.split("\n")[0] not in parts.quoted


def test_text_only_under_the_quote_stays_a_bottom_post() -> None:
    parts = split("On Mon, 1 Feb 2021, Team <t@example.org> wrote:\n> Would you like to propose a speaker?\n"
                  "> Please reply by Friday.\n\nYes, our director will speak.")
    assert parts.new == "Yes, our director will speak."


def test_a_line_wrapped_out_of_its_quote_is_no_inline_reply() -> None:
    # the mailer broke a long quoted line and lost the ">" on its tail: no blank line sets it apart
    parts = split("We confirm our participation.\n\nOn Mon, 1 Feb 2021, Team <t@example.org> wrote:\n"
                  "> Would you like to propose a speaker for\nthe roundtable?\n> Please reply by Friday.\n> Regards")
    assert parts.new == "We confirm our participation."
    assert "\nthe roundtable?\n" in parts.quoted


# A letter may open with its own memo heading ("To: ... / From: ... / Subject: ..."): it names no address and dates
# nothing, so it is the sender's text, not a message carried along.
@pytest.mark.parametrize("body", [
    "To: GCM review secretariat\nFrom: Tenants' Council of the Old Port camp\nSubject: our written input\n\n"
    "We send our input below, as we could not prepare a file.\n\n1. Housing: ...\n",
    "À : Secrétariat de l'examen régional\nDe : Collectif des travailleurs migrants de Sfax\nObjet : notre contribution\n\n"
    "Nous vous adressons notre contribution dans le corps du message.\n",
    "إلى: أمانة المراجعة الإقليمية\nمن: رابطة الصيادين المهاجرين - صفاقس\nالموضوع: مساهمتنا\n\n"
    "نرسل لكم مساهمتنا في متن الرسالة.\n",
])
def test_a_memo_heading_at_the_top_of_a_letter_is_not_a_quote(body: str) -> None:
    parts = split(body)
    assert parts.quoted == "" and parts.forwarded == ""
    assert body.strip().split("\n")[-1] in parts.new


@pytest.mark.parametrize("body", [
    # a mailer's block: it dates the message, or names the sender by address
    "Did it arrive?\n\nDe : Collectif <contact@collectif.example.org>\nÀ : team@example.org\nObjet : contribution\n\nTexte",
    "هل وصلكم؟\n\nمن: رابطة الصيادين\nتاريخ الإرسال: الاثنين، 8 فبراير 2021\nإلى: team@example.org\nالموضوع: مساهمتنا\n\nالنص",
    "Any news?\n\nFrom: Tenants' Council\nSent: Monday, 8 February 2021 10:12\nTo: team@example.org\n\nText",
    # Arabic Outlook dates it "تم الإرسال:" ("Sent:"), the sender by name alone
    "شكراً، وصلنا.\n\nمن: أمانة المراجعة الإقليمية\nتم الإرسال: الاثنين، 8 فبراير 2021 10:12 ص\nإلى: سامي العلي\n"
    "الموضوع: RE: تقرير\n\nتم استلام تقريركم",
    # under the sender's own words, a block with neither (a mailer that keeps only "From:" and "Subject:")
    "Could you confirm the time?\n\nFrom: GCM Secretariat\nSubject: Acknowledgement of receipt\n\nDear colleague",
])
def test_near_miss_a_mailers_header_block_still_starts_the_quote(body: str) -> None:
    parts = split(body)
    assert parts.new == body.split("\n")[0] and parts.quoted.endswith(body.split("\n")[-1])


@pytest.mark.parametrize("header", ["----- Mail original -----", "-------- Courriel original --------"])
def test_a_french_webmail_original_mail_line_starts_the_quote(header: str) -> None:
    parts = split(f"Nous confirmons notre demande.\n\nK. Mansouri\n\n{header}\nDe: \"Secrétariat\" <s@example.org>\n"
                  "> Nom : DIALLO Awa\n> Organisme : Réseau des jeunes")
    assert parts.quoted.startswith(header) and "Réseau" not in parts.new + parts.signature


def test_near_miss_a_heading_about_the_original_mail_is_no_quote_header() -> None:
    text = "Le mail original de notre présidente était incomplet.\nNous proposons Mme Awa Diallo."
    assert split(text).new == text


# The reader asked to accept the writer's thanks or respect closes the message ("وتقبلوا فائق التقدير", "Je vous prie
# d'agréer ... mes salutations", "Please accept our warm regards"); the same verbs with a request or a document do not
@pytest.mark.parametrize("line", [
    "وتقبلوا فائق التقدير،", "تقبلوا منا خالص الاحترام والتقدير", "وتقبلي تحياتي", "تقبل مني أطيب التحيات",
    "Je vous prie d'agréer, Monsieur le Directeur, mes salutations respectueuses.",
    "Recevez, Mesdames, Messieurs, nos sincères salutations", "Veuillez recevoir l'expression de ma considération",
    "Please accept our warm regards,", "Accept my sincere thanks",
])
def test_an_accept_our_thanks_formula_is_a_closing(line):
    assert CLOSING.match(line)


@pytest.mark.parametrize("line", [
    "تقبلوا ترشيح زميلتنا للجلسة العامة", "Veuillez recevoir notre rapport en pièce jointe.",
    "Recevez notre demande d'intervention pour la table ronde 2", "Please accept our nomination for roundtable 3",
])
def test_accept_with_a_request_or_a_document_is_no_closing(line):
    assert not CLOSING.match(line)


@pytest.mark.parametrize(("quoted", "writer"), [
    ("On 2 Feb 2021, GCM Review <box@example.org> wrote:\n> Dear Omar,\n> Thank you.", "box@example.org"),
    ("Le 2 févr. 2021 à 10:00, GCM Review <box@example.org> a écrit :\n> Merci.", "box@example.org"),
    # Outlook's rule over its block is a block of its own: the writer is on the From line below it
    ("________________________________\nFrom: GCM Review <box@example.org>\nSent: Tuesday, 2 February 2021\n"
     "To: Omar <omar@example.org>\nSubject: RE: request\n\nDear Omar,", "box@example.org"),
])
def test_attribution_names_who_wrote_the_quoted_message(quoted: str, writer: str) -> None:
    assert writer in attribution(quoted)


def test_attribution_leaves_out_whom_the_quoted_message_was_sent_to() -> None:
    quoted = ("________________________________\nDe : Omar <omar@example.org>\nEnvoyé : mardi 2 février 2021\n"
              "À : box@example.org\nObjet : Rapport\n\nMadame, Monsieur,")
    assert "omar@example.org" in attribution(quoted) and "box@example.org" not in attribution(quoted)


# A reply written under a message quoted with its mailer's header block, closed by a rule, with nothing written above:
# the text under the rule is the sender's ("-----Original Message----- / From: ... / the old text / ----- / reply")
@pytest.mark.parametrize(("header", "old", "reply"), [
    ("-----Original Message-----\nFrom: Omar Reyes <omar@tidewater.example.org>\nSent: Monday, February 1, 2021 9:00 AM\n"
     "To: review@example.org\nSubject: Our report", "Please find our report attached.\nOmar",
     "Did our report arrive? We have had no confirmation.\nOmar"),
    ("De : Omar Reyes <omar@tidewater.example.org>\nEnvoyé : lundi 1 février 2021 09:00\nÀ : review@example.org\n"
     "Objet : Notre rapport", "Veuillez trouver ci-joint notre rapport.\nOmar",
     "Avez-vous bien reçu notre rapport ?\nOmar"),
    ("-----Original Message-----\nFrom: عمر <omar@tidewater.example.org>\nSent: Monday, February 1, 2021 9:00 AM\n"
     "To: review@example.org\nSubject: تقريرنا", "نرفق لكم تقريرنا.\nعمر", "هل وصلكم التقرير؟\nعمر"),
])
def test_reply_under_a_header_block_quote_closed_by_a_rule(header: str, old: str, reply: str) -> None:
    parts = split(f"{header}\n\n{old}\n\n-----\n\n{reply}\n")
    assert parts.new == reply
    assert old in parts.quoted and reply not in parts.quoted


# Near miss: a reply written above the quote keeps the quote whole, rule and all (the text under it is the old
# message's footer); so does a rule that opens a deeper quoted message
@pytest.mark.parametrize("body", [
    "Here is our report again.\n\n-----Original Message-----\nFrom: Omar Reyes <omar@tidewater.example.org>\n"
    "Sent: Monday, February 1, 2021 9:00 AM\nTo: review@example.org\nSubject: Our report\n\nOur report.\n\n-----\n\n"
    "Tidewater Forum, Main Street 1",
    "-----Original Message-----\nFrom: Omar Reyes <omar@tidewater.example.org>\nSent: Monday, February 1, 2021 9:00 AM\n"
    "To: review@example.org\nSubject: Our report\n\nOur report.\n\n________________________________\n"
    "From: Secretariat <review@example.org>\nSent: Sunday, January 31, 2021 9:00 AM\nTo: Omar\nSubject: Reports\n\n"
    "Please send your report.",
])
def test_near_miss_rule_inside_a_quote_below_a_reply(body: str) -> None:
    parts = split(body)
    assert "Our report." in parts.quoted and "Our report." not in parts.new
