"""Families of the blind sets (session 38): an online form's response printed as questions ("What is their
position?", as Typeform asks) over the answers; a speaker called by an honorific and the family name ("Mme Diop Faye
est aujourd'hui chargée de ...") whose given name the text writes elsewhere ("le mémoire de Rokhaya Diop Faye"), and
the post without the time it is held ("aujourd'hui", "currently"); a table pasted as tab-separated text, in a
correction that lists everyone again and says of a speaker it still proposes that "X's details are unchanged"; a
performer's post ("Slameur – poète"); "the name of" before the honorific of the person proposed ("نقترح اسم
الدكتور X"), and a blessing that closes the letter ("بارك الله فيكم") over the signature; capitals
that run on into a body's name ("On behalf of Wasl Community Support Centre") name no one; a post after what the
person is, at the body the letter is from ("أم لصياد مفقود ومنسقة المبادرة"); people counted "First, ..., Second, ...".
"""

from __future__ import annotations

from intake.extract import ExtractRules
from intake.text import split
from tests.extracting import message, run


def test_a_typeform_response_forwarded(rules: ExtractRules) -> None:
    body = ("نعتذر عن تأخر هذا الترشيح. الرد أدناه كما وصل من Typeform.\n\nبسمة\n\n"
            "---------- Forwarded message ---------\nFrom: Typeform <notifications@typeform.example.com>\n"
            "Subject: New response: Speaker nomination\n\nYou have a new response! Here's what they said:\n\n"
            "What is the full name of the person you are nominating?\nEng. Haider Abdulameer Al-Saadi\n\n"
            "What is their position?\nDigital Services Coordinator\n\n"
            "Which organisation do they represent?\nIraqi Returnees Network (IRN)\n\n"
            "How would they like to take part?\nFloor intervention in a plenary session (24-25 February)\n\n"
            "Anything else we should know?\nCan only join online.\n")
    [speaker] = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.affiliation, speaker.roles) == (
        "Haider Abdulameer Al-Saadi", "Digital Services Coordinator", "Iraqi Returnees Network (IRN)", ("plenary",))


# Near miss: a question about the organisation's name asks for no person's name
def test_near_miss_the_name_of_your_organisation(rules: ExtractRules) -> None:
    body = ("Please see the form response below.\n\nSara\n\n"
            "What is the name of your organisation?\nAmal Network for Migrants (ANM)\n\n"
            "What is the full name of the speaker?\nSara Khoury\n\n"
            "What is their position?\nPolicy Officer\n\n"
            "How would they like to take part?\nRoundtable 2\n")
    [speaker] = run(message(body), rules).speakers
    assert (speaker.name, speaker.title) == ("Sara Khoury", "Policy Officer")


def test_the_given_name_written_elsewhere_and_the_post_without_its_time(rules: ExtractRules) -> None:
    body = ("Madame, Monsieur,\n\nJ'ai eu le plaisir d'encadrer le mémoire de master de Rokhaya Diop Faye, consacré aux "
            "femmes sénégalaises installées à Agadir.\n\nMme Diop Faye est aujourd'hui chargée de suivi des projets à "
            "l'Association Sunu Yakaar pour les Migrants au Maroc (ASYMM). Je crois qu'elle serait tout à fait à sa "
            "place lors de la quatrième table ronde.\n\nPr Mohamed Amine Benkirane\n")
    [speaker] = run(message(body), rules, language="fr").speakers
    assert (speaker.name, speaker.title, speaker.roundtable) == ("Rokhaya Diop Faye", "chargée de suivi des projets", 4)


# Near misses: a form of address or a "P/O" before the name is no given name
def test_near_miss_no_given_name_from_a_form_of_address(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous proposons M. Mourad Ben Hamida, vice-président de l'association, pour la table ronde 1. "
            "Si Mourad Ben Hamida a suivi les dossiers des travailleurs saisonniers depuis 2015.\n\nP/O Mourad Ben Hamida\n"
            "Le secrétariat\n")
    [speaker] = run(message(body), rules, language="fr").speakers
    assert speaker.name == "Mourad Ben Hamida"


def test_a_tab_separated_table_in_a_correction_that_keeps_a_speaker_unchanged(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nApologies, a correction to my message of yesterday: Dr. Raghunathan would prefer to "
            "intervene in Roundtable 4 rather than Roundtable 1. Mr. Al-Suwaidi's details are unchanged.\n\n"
            "Name\tTitle\tOrganisation\tRequested role\n"
            "Dr. Anjali Raghunathan\tSenior Fellow\tGulf Institute for Labour Mobility Studies (GILMS)\tRoundtable 4\n"
            "Mr. Omar Al-Suwaidi\tResearch Associate\tGulf Institute for Labour Mobility Studies (GILMS)\tRapporteur\n\n"
            "Many thanks,\nPriya\n")
    speakers = run(message(body), rules).speakers
    assert [(s.name, s.roles) for s in speakers] == [("Anjali Raghunathan", ("roundtable",)),
                                                      ("Omar Al-Suwaidi", ("rapporteur",))]


def test_a_performers_post(rules: ExtractRules) -> None:
    body = ("Bonsoir,\n\nEst-ce que je pourrais avoir quelques minutes pour dire ce texte devant les participants ?\n\n"
            "Merci de me lire,\n\nFabrice Yao Kouamé\nalias « Fab La Plume »\nSlameur – poète\nCollectif Awalé Arts, Tunis\n")
    [speaker] = run(message(body, from_="Fabrice <fab@example.org>"), rules, language="fr").speakers
    assert (speaker.name, speaker.title, speaker.affiliation) == ("Fabrice Yao Kouamé", "Slameur – poète", "Collectif Awalé Arts")


def test_the_name_proposed_and_a_blessing_that_closes(rules: ExtractRules) -> None:
    body = ("السلام عليكم\n\nيشرفنا أن نقترح اسم الدكتور عيسى يوسف المرزوقي، رئيس قسم البحوث والدراسات في المركز، "
            "لمداخلة ضمن المائدة المستديرة الثانية.\n\nبارك الله فيكم\nعبد القادر أق حمادي\nرئيس جمعية أمل الصحراء\n")
    assert split(body).signature.startswith("بارك الله فيكم")
    [speaker] = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title, speaker.roundtable) == ("عيسى يوسف المرزوقي", "رئيس قسم البحوث والدراسات", 2)


def test_on_behalf_of_a_body_whose_name_opens_with_capitals(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nOn behalf of Wasl Community Support Centre, I am pleased to submit our report.\n\nWe "
            "would also like to propose our Senior Case Manager, Samer Odeh, to deliver a floor intervention in "
            "Thematic Roundtable 4.\n\nKind regards,\nDana\n")
    assert [s.name for s in run(message(body), rules).speakers] == ["Samer Odeh"]


def test_what_the_person_is_then_the_post_at_the_body_the_letter_is_from(rules: ExtractRules) -> None:
    body = ("مساء الخير،\n\nعايزين نرشّح الحاجة سعاد عبد الفتاح الشاذلي، أم لصياد مفقود من 2019 ومنسّقة المبادرة، عشان "
            "تتكلم في المائدة المستديرة التالتة.\n\nهاني مرسي\nمبادرة أهالي الصيادين المفقودين - إسكندرية\n")
    [speaker] = run(message(body), rules, language="ar").speakers
    assert (speaker.name, speaker.title) == ("سعاد عبد الفتاح الشاذلي", "منسّقة المبادرة")


def test_people_counted_first_and_second(rules: ExtractRules) -> None:
    body = ("Dear organisers,\n\nI'm writing on behalf of Karantina United Football Club, a community club in Beirut. We "
            "would like to ask for two speaking slots:\n\nFirst, our club president, Mr. Charbel Nassar, for a floor "
            "intervention during one of the plenary sessions.\n\nSecond, Kwame Asante-Boateng, first-team striker and "
            "ambassador of the campaign, for the second thematic roundtable (roundtable two).\n\nBest,\nMaya Daou\n")
    speakers = run(message(body), rules).speakers
    assert [(s.name, s.roles, s.roundtable) for s in speakers] == [("Charbel Nassar", ("plenary",), None),
                                                                   ("Kwame Asante-Boateng", ("roundtable",), 2)]


def test_the_author_of_the_letter_attached_is_no_speaker(rules: ExtractRules) -> None:
    body = ("Dear Colleagues,\n\nPlease find attached a letter from Dr. Mireille Achkar-Fontaine, UNPMF Representative in "
            "Lebanon, nominating Mr. Tobias Lindqvist, Specialist, for roundtable 2.\n\nKind regards,\nLina\n")
    assert [s.name for s in run(message(body), rules).speakers] == ["Tobias Lindqvist"]


def test_the_name_as_the_passport_has_it_and_no_title_from_the_same_person(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\n\nMay I kindly ask that my name appear in the programme exactly as in my passport, Muhammad "
            "Osman Al-Tayeb. My colleagues write \"Mohamed\", so I understand the confusion. It is the same person!\n\n"
            "Everything else in Amna's message stands: I would speak in the second roundtable, as Chairperson of the "
            "Forum.\n\nBest regards,\nMuhammad Osman Al-Tayeb\nChairperson, SMSF\n\n> Dear colleagues,\n> We would like "
            "to nominate Mr. Mohammed Osman El-Tayeb for roundtable 2.\n")
    [speaker] = run(message(body, subject="Re: Speaker nomination"), rules).speakers
    assert speaker.name == "Muhammad Osman Al-Tayeb"
    assert speaker.title != "same person"
