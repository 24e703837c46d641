"""Speakers' titles written in prose: a sentence about the lone speaker that opens with a pronoun ("Il est le Secrétaire
général de X depuis 2015"), a long post after a possessive and set off by a comma ("our Director of X and Y, Mr. Z,
could ..."), a post stated in a sentence of its own ("Rana serves as Head of Advocacy at JWN"), a post after "I work
as" / "I serve as" written without an article, the colloquial French "je bosse comme", and a bare post after a comma
that runs into the honorific ("l'Association X, coordinatrice terrain Mme Y, souhaiterait"). Each family in several
languages and word orders, with near-misses that give no title."""

from __future__ import annotations

import pytest

from intake.extract import ExtractRules
from tests.extracting import message, run
from tests.test_extract_roles import _one

# ---------------------------------------------------------------------------------------------
# The lone speaker's title in a sentence that opens with a pronoun

@pytest.mark.parametrize(("body", "language", "title"), [
    ("Madame, Monsieur,\nNotre fédération a l'honneur de vous proposer Madame Salma Ouazzani pour intervenir à la "
     "table ronde 2.\n\nElle est la Présidente de la Fédération des femmes rurales depuis 2018 et connaît bien le "
     "sujet.\n\nCordialement,\nAmine Tazi\nChargé de mission\nFédération des femmes rurales\n", "fr", "Présidente"),
    ("Dear colleagues,\nWe are pleased to nominate Mr. Joseph Mensah to speak at the plenary session.\n\n"
     "He is the Executive Director of the Accra Migrant Rights Centre since 2012.\n\nBest,\nAma Owusu\n"
     "Programme Officer\nAccra Migrant Rights Centre\n", "en", "Executive Director"),
    ("Bonjour,\nNous proposons M. Karim Jaziri comme rapporteur.\nIl est actuellement le Coordinateur national "
     "du Forum des migrants de Sfax.\nMerci,\nLina Trabelsi\nAssistante\nForum des migrants de Sfax\n", "fr",
     "Coordinateur national"),
    ("السادة الأفاضل،\nنتشرف بترشيح الأستاذ سالم بن علي العبري للمشاركة بمداخلة في الجلسة العامة.\n"
     "وهو رئيس جمعية الصيادين العمانيين منذ عام 2010.\nمع التحية\nمريم الحارثي\n", "ar", "رئيس"),
    ("تحية طيبة،\nنرشح السيدة هدى الزعبي للمشاركة بمداخلة في المائدة المستديرة الثانية.\n"
     "وتشغل حاليا منصب مديرة البرامج في مركز تمكين للمساعدة القانونية.\nشكرا\nعمر\n", "ar", "مديرة البرامج"),
])
def test_a_pronoun_sentence_gives_the_lone_speaker_title(body: str, language: str, title: str,
                                                         rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [title]


@pytest.mark.parametrize(("body", "language"), [
    # a description, not a post: nothing is taken
    ("Madame, Monsieur,\nNous avons l'honneur de vous proposer Monsieur Hatem Gharbi pour intervenir à la table "
     "ronde 1.\n\nIl est le plus ancien militant de notre réseau.\n\nCordialement,\nRania Said\n", "fr"),
    ("Dear team,\nWe would like to nominate Ms. Grace Achieng to speak at roundtable 3.\n\nShe is the best person "
     "to speak on this topic.\n\nRegards,\nPeter Odhiambo\n", "en"),
    ("تحية طيبة،\nنرشح الأستاذ خالد المري للمشاركة بمداخلة في الجلسة العامة.\n"
     "وهو خير من يتحدث عن مسؤولية أصحاب العمل في هذا الموضوع.\nشكرا\nعمر\n", "ar"),
])
def test_a_pronoun_sentence_that_describes_gives_no_title(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [None]


def test_a_title_given_with_the_name_is_not_replaced_by_a_pronoun_sentence(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe nominate Dr. Amina Yusuf, Head of Research at the Horn Migration Institute, to "
            "speak at roundtable 1.\nShe is the founder of our mentoring programme.\n\nKind regards,\nSam Ali\n")
    fields = run(message(body), rules, language="en")
    assert [s.title for s in fields.speakers] == ["Head of Research"]


# ---------------------------------------------------------------------------------------------
# A possessive post in apposition before the honorific, longer than a short post

def _speaker(body: str, rules: ExtractRules, language: str) -> tuple[str | None, str | None]:
    fields = run(message(body), rules, language=language)
    assert len(fields.speakers) == 1
    return fields.speakers[0].name, fields.speakers[0].title


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
# "I work as Policy Lead at X": the sender's title with no article after "work as" / "serve as"

@pytest.mark.parametrize(("body", "title"), [
    ("Hello,\nI'd like to ask for a speaking slot in the plenary.\n\nI work as Policy Lead at the Somali Diaspora "
     "Forum in Italy (SDFI), we support new arrivals.\n\nThanks,\nHodan Farah", "Policy Lead"),
    ("Dear team,\nI currently work as Programme Coordinator with the Migrant Rights Hub and would like to join "
     "roundtable 2.\n\nBest,\nHodan Farah", "Programme Coordinator"),
    ("Hi,\nI serve as Legal Advisor of the Eritrean Community Association. Could I speak in the open discussion?"
     "\n\nRegards,\nHodan Farah", "Legal Advisor"),
])
def test_i_work_as_title_without_article(body: str, title: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Hodan Farah <hodan@example.org>"), rules)
    assert _one(fields)[0] == title


def test_work_as_part_of_gives_no_title(rules: ExtractRules) -> None:
    """Near miss: "I work as part of a team" says how one works, not a post."""
    body = "Hello,\nI'd like to ask for a speaking slot in the plenary. I work as part of a volunteer team at the " \
        "Somali Diaspora Forum.\n\nThanks,\nHodan Farah"
    title = _one(run(message(body, from_="Hodan Farah <hodan@example.org>"), rules))[0]
    assert not title or "part" not in title.lower()


# ---------------------------------------------------------------------------------------------
# "I work as X at Y": the title without an article

@pytest.mark.parametrize(("body", "title"), [
    ("Hello,\n\nI work as Protection Officer at the Jordan River Foundation and would like to speak at roundtable 2.\n\n"
     "Regards,\nLina Saleh", "Protection Officer"),
    ("Dear team,\n\nI'm working as Programme Manager with Caritas Egypt. I would like to intervene in the plenary.\n\n"
     "Best,\nMina Fawzy", "Programme Manager"),
    ("Dear colleagues,\n\nI serve as Vice President of the Sudanese Diaspora Union, and I wish to take the floor in "
     "the open discussion.\n\nKind regards,\nOmar Idris", "Vice President"),
])
def test_a_post_after_work_as_without_an_article_is_the_senders_title(body, title, rules):
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language="en")
    assert [s.title for s in fields.speakers] == [title]


@pytest.mark.parametrize("body", [
    "Hello,\n\nI work as part of a coalition of migrant groups and would like to speak at roundtable 2.\n\nRegards,\nLina Saleh",
    "Hello,\n\nI work as hard as I can for migrants and would like to speak at the plenary.\n\nBest,\nOmar Idris",
])
def test_work_as_before_words_that_are_no_post_gives_no_title(body, rules):
    fields = run(message(body), rules, language="en")
    assert [s.title for s in fields.speakers] == [None]


# ---------------------------------------------------------------------------------------------
# "I work as" / "I serve as" a post without an article

_SIG = "\n\nBest regards,\n\nOmar Haddad\nGulf Migrant Rights Forum\n"


@pytest.mark.parametrize(("body", "title"), [
    ("Dear colleagues,\nI would like to put myself forward as rapporteur. I work as Director of the Legal Aid Unit "
     "at the Gulf Migrant Rights Forum, and I have followed the consultations.", "Director of the Legal Aid Unit"),
    ("Dear team,\nI would like to take the floor in roundtable 2. I work as Senior Legal Adviser with the Gulf "
     "Migrant Rights Forum.", "Senior Legal Adviser"),
    ("Hello,\nAs I serve as Head of Outreach at the Gulf Migrant Rights Forum, I would like to speak in the plenary.",
     "Head of Outreach"),
    ("Dear team,\nI serve as Programme Coordinator of the Gulf Migrant Rights Forum and would like to speak in "
     "roundtable 4.", "Programme Coordinator"),
])
def test_a_post_after_work_as_without_an_article(body: str, title: str, rules: ExtractRules) -> None:
    fields = run(message(body + _SIG), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Omar Haddad", title)]


@pytest.mark.parametrize("body", [
    # "work as" in another sense: no post follows
    "Dear team,\nI would like to volunteer as rapporteur. I work as part of a coalition of unions.",
    "Dear team,\nI would like to volunteer as rapporteur. I work as hard as anyone on these issues.",
    # "I am" still needs its article: "I am pleased ..." says no post
    "Dear team,\nI am pleased to volunteer as rapporteur for the Director of our Forum.",
])
def test_work_as_in_another_sense_gives_no_title(body: str, rules: ExtractRules) -> None:
    fields = run(message(body + _SIG), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Omar Haddad", None)]


# ---------------------------------------------------------------------------------------------
# "je bosse comme ...": the sender's post, said colloquially

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("Bonjour,\nJe m'appelle Yasmine, je bosse comme chargée de com au Collectif Voix Migrantes (CVM).\n"
     "Je voudrais intervenir dans la 3e table ronde.\nMerci !\n\nYasmine Tazi\n",
     "chargée de com", "Collectif Voix Migrantes (CVM)"),
    ("Salut,\nMoi c'est Karim, je bosse comme animateur au Réseau Jeunes Rabat.\nJe voudrais intervenir en plénière "
     "si possible.\nMerci\n\nKarim Ziani\n", "animateur", "Réseau Jeunes Rabat"),
    ("Bonjour,\nJe suis Inès Marzouk et je bosse comme coordinatrice à l'Association Horizons Sfax.\nJe souhaite "
     "prendre la parole lors de la discussion ouverte.\nInès\n", "coordinatrice", "Association Horizons Sfax"),
])
def test_je_bosse_comme_gives_the_post(body: str, title: str, affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Quelqu'un <q@example.org>"), rules, language="fr")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, affiliation)]


def test_je_bosse_without_a_post_gives_none(rules: ExtractRules) -> None:
    # "je bosse sur ..." says what one works on, not a post
    body = ("Bonjour,\nJe m'appelle Samia Haddad, je bosse sur les questions de retour au Collectif Voix Migrantes.\n"
            "Je voudrais intervenir en plénière.\nSamia\n")
    fields = run(message(body, from_="Samia <s@example.org>"), rules, language="fr")
    assert [s.title for s in fields.speakers] == [None]


# ---------------------------------------------------------------------------------------------
# "I am legal advisor at X": a profession without an article, followed by where it is practised

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("Dear organizers\n\nI am legal advisor at the Kurdistan Migrant Rights Office (KMRO) and I would like to request "
     "a speaking slot in the second roundtable.\n\nName: Hemin Rashid Aziz\n\nThank you\n",
     "legal advisor", "Kurdistan Migrant Rights Office (KMRO)"),
    ("Hello,\nI'm researcher with the Gulf Labour Observatory and would like to take part in the open discussion.\n"
     "Name: Priya Nair\n", "researcher", "Gulf Labour Observatory"),
    ("Good morning,\nI am programme officer at the Sudanese Refugee Assistance Network, and I wish to request a "
     "slot in the roundtable on return.\nName: Amna Osman Ali\n", "programme officer",
     "Sudanese Refugee Assistance Network"),
])
def test_a_profession_without_an_article_gives_the_post(body: str, title: str, affiliation: str,
                                                        rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="en")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, affiliation)]


def test_near_miss_a_state_is_no_profession(rules: ExtractRules) -> None:
    # "I am officially requesting ..." and "I am advised that ..." name no post
    body = ("Dear team,\nI am officially requesting a speaking slot in the open discussion, as I am advised that "
            "slots are few.\nName: Omar Haddad\n")
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="en")
    assert [s.title for s in fields.speakers] == [None]


# ---------------------------------------------------------------------------------------------
# A post with a definite article set off by a comma before the name ("the Mayor of X, Mr. Y,"), or after a form of
# address ("Madame la Conseillère communale Y")

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear team,\nWe are pleased to propose the Mayor of Nabeul, Mr. Karim Jaziri, as speaker in Roundtable 2.\n"
     "Regards,\nSonia Ferchichi\nMunicipality of Nabeul\n", "en", "Karim Jaziri", "Mayor of Nabeul"),
    ("Dear colleagues,\nThe Deputy Head of Social Affairs, Ms. Leila Haddad, would like to take the floor in the "
     "plenary.\nBest,\nOmar Salem\nCity of Zarqa\n", "en", "Leila Haddad", "Deputy Head of Social Affairs"),
    ("Madame, Monsieur,\nJ'ai l'honneur de vous proposer Monsieur le Vice-Président chargé de la Coopération et des "
     "Affaires Sociales, M. Youssef Amrani, pour intervenir en plénière.\nSalutations distinguées\nNadia Lahlou\n"
     "Commune de Safi\n", "fr", "Youssef Amrani", "Vice-Président chargé de la Coopération et des Affaires Sociales"),
    ("Bonjour,\nNous proposons l'Adjointe au Maire chargée des Migrations, Mme Salma Idrissi, pour la table ronde 3.\n"
     "Cordialement\nRachid Alami\nCommune de Fès\n", "fr", "Salma Idrissi", "Adjointe au Maire chargée des Migrations"),
    ("Madame, Monsieur,\nLe Conseil propose Madame la Conseillère communale Houda Bennani pour la discussion ouverte.\n"
     "Cordialement\nRachid Alami\nCommune de Fès\n", "fr", "Houda Bennani", "Conseillère communale"),
    ("Bonjour,\nNous proposons Monsieur le Vice-Président Karim Tazi pour intervenir en plénière.\nCordialement\n"
     "Rachid Alami\nCommune de Fès\n", "fr", "Karim Tazi", "Vice-Président"),
])
def test_a_post_with_an_article_before_the_name(body: str, language: str, name: str, title: str,
                                                rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


@pytest.mark.parametrize(("body", "language"), [
    # the words before the comma are no post: thanks to a body, a time, a meeting
    ("Dear team,\nWith thanks for the support of the Ministry, Mr. Karim Jaziri will speak in Roundtable 2.\n"
     "Regards,\nSonia Ferchichi\n", "en"),
    ("Dear team,\nAs agreed at the last meeting of the Board, Mr. Karim Jaziri will speak in Roundtable 2.\n"
     "Regards,\nSonia Ferchichi\n", "en"),
    ("Bonjour,\nSuite à la réunion de la Commission, M. Youssef Amrani souhaite intervenir en plénière.\n"
     "Cordialement\nRachid Alami\n", "fr"),
])
def test_no_post_before_the_comma_gives_no_title(body: str, language: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [None]


# ---------------------------------------------------------------------------------------------
# A French post joined to its body by the elided "d'" ("directrice générale d'Atlas Recrutement"): the post is
# the title, the body after "d'" the affiliation, as with "de", "du", "de la"

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("Bonjour,\nNous souhaitons proposer Mme Nadia Berrada, directrice exécutive d'Alliance Horizons Migrations, pour "
     "la table ronde 2.\nCordialement,\nYoussef Alami\n", "directrice exécutive", "Alliance Horizons Migrations"),
    ("Madame, Monsieur,\nNous proposons M. Hichem Gharbi, président d'Entraide Ouvrière Tunisie (EOT), pour la "
     "séance plénière.\nBien à vous,\nSonia Ben Salah\n", "président", "Entraide Ouvrière Tunisie (EOT)"),
    ("Bonjour,\nJe vous propose comme rapporteur Mme Claire Dubois, coordinatrice régionale d'Initiative "
     "Solidarité Méditerranée (ISM).\nMerci,\nPaul Martin\n", "coordinatrice régionale", "Initiative Solidarité Méditerranée (ISM)"),
])
def test_a_post_joined_to_its_body_by_elided_de_is_split(body: str, title: str, affiliation: str,
                                                          rules: ExtractRules) -> None:
    fields = run(message(body, from_="Quelqu'un <q@example.org>"), rules, language="fr")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, affiliation)]


def test_elided_de_before_a_kind_of_body_gives_no_affiliation(rules: ExtractRules) -> None:
    # "juriste d'ONG": an NGO, none named
    body = ("Bonjour,\nNous proposons Mme Rim Saadi, juriste d'ONG depuis 2015, pour la table ronde 2.\n"
            "Cordialement,\nKarim\n")
    fields = run(message(body, from_="Quelqu'un <q@example.org>"), rules, language="fr")
    assert [s.affiliation for s in fields.speakers] == [None]


def test_elided_de_before_a_field_stays_in_the_title(rules: ExtractRules) -> None:
    # "chargée d'études" / "d'accueil": what the post covers, in lower case, not a body
    body = ("Bonjour,\nNous proposons Mme Leïla Amrani, chargée d'études au Centre Migrations et Droits, pour la "
            "table ronde 3.\nCordialement,\nKarim\n")
    fields = run(message(body, from_="Quelqu'un <q@example.org>"), rules, language="fr")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [("chargée d'études", "Centre Migrations et Droits")]


# ---------------------------------------------------------------------------------------------
# A reply stating a speaker's new title with "now" ("Huda's title is now Director of X", "la fonction de X est
# désormais ...", "المسمى الوظيفي لـX الآن هو ..."): the word for the time is not part of the title

_ASKED = {
    "en": "Dear colleagues,\n\nWe request a slot in Roundtable 2.\n\nName: Lina Haddad\nTitle: Legal Officer\n"
          "Organisation: Gulf Workers Forum (GWF)\n\nBest regards,\nSami Aziz\n",
    "fr": "Bonjour,\n\nNous demandons une intervention en table ronde 2.\n\nNom : Lina Haddad\nFonction : Juriste\n"
          "Organisation : Forum des travailleurs du Golfe (FTG)\n\nCordialement,\nSami Aziz\n",
    "ar": "تحية طيبة،\n\nنرجو تخصيص مداخلة في المائدة المستديرة الثانية.\n\nالاسم: لينا حداد\nالمسمى الوظيفي: مسؤولة "
          "قانونية\nالجهة: منتدى عمال الخليج\n\nمع التحية\nسامي\n",
}


@pytest.mark.parametrize(("new", "language", "title"), [
    ("Small correction: Lina's title is now Head of Legal Affairs (she was promoted).\n\nBest,\nSami", "en",
     "Head of Legal Affairs"),
    ("One update - Lina's position is currently Senior Legal Adviser.\n\nSami", "en", "Senior Legal Adviser"),
    ("Petite mise à jour : la fonction de Lina est désormais responsable du pôle juridique.\n\nSami", "fr",
     "responsable du pôle juridique"),
    ("Petite précision : le titre de Lina est maintenant Directrice juridique.\n\nSami", "fr", "Directrice juridique"),
    ("تحديث بسيط: المسمى الوظيفي للينا الآن هو مديرة الشؤون القانونية.\n\nسامي", "ar", "مديرة الشؤون القانونية"),
])
def test_a_new_title_stated_with_now_drops_the_now(new: str, language: str, title: str,
                                                   rules: ExtractRules) -> None:
    quoted = "\n".join("> " + line for line in _ASKED[language].split("\n"))
    body = f"{new}\n\nOn Thu, 28 Jan 2021 at 11:13, Sami Aziz <s@example.org> wrote:\n\n{quoted}\n"
    fields = run(message(body, subject="Re: Speaker request", from_="Sami Aziz <s@example.org>"), rules,
                 language=language)
    assert [s.title for s in fields.speakers] == [title]


def test_a_title_that_starts_with_now_as_part_of_a_word_keeps_it(rules: ExtractRules) -> None:
    # only the word "now" is dropped, not a title that begins with the same letters
    new = "Small correction: Lina's title is Nowcasting Lead.\n\nSami"
    quoted = "\n".join("> " + line for line in _ASKED["en"].split("\n"))
    body = f"{new}\n\nOn Thu, 28 Jan 2021 at 11:13, Sami Aziz <s@example.org> wrote:\n\n{quoted}\n"
    fields = run(message(body, subject="Re: Speaker request", from_="Sami Aziz <s@example.org>"), rules)
    assert [s.title for s in fields.speakers] == ["Nowcasting Lead"]


# ---------------------------------------------------------------------------------------------
# A speaker line "Name, Title (Organisation)": the body in brackets after the post is the affiliation, not part
# of the title

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Hi,\n\nWe would like to put forward a speaker for the plenary:\n\nOmar Siddiqui, Senior Policy Adviser "
     "(Migrant Workers Welfare Network)\n\nThanks,\nAnna\n", "en", "Senior Policy Adviser",
     "Migrant Workers Welfare Network"),
    ("Dear team,\n\nPlease find our speaker proposal for roundtable 3:\n\nMs Grace Wanjiru, Programme Manager "
     "(Kenyan Diaspora Association)\n\nBest,\nPeter\n", "en", "Programme Manager", "Kenyan Diaspora Association"),
    ("Bonjour,\n\nNous souhaitons proposer l'intervenante suivante pour la table ronde 1 :\n\nMme Awa Diallo, "
     "Coordinatrice régionale (Réseau Migrations Sahel)\n\nCordialement,\nJean\n", "fr", "Coordinatrice régionale",
     "Réseau Migrations Sahel"),
])
def test_a_body_in_brackets_after_the_title_is_the_affiliation(body: str, language: str, title: str,
                                                               affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [(title, affiliation)]


def test_a_bracket_that_names_no_body_stays_in_the_title(rules: ExtractRules) -> None:
    # "(part-time)", "(a.i.)": what the post is like, not where it is held
    body = ("Hi,\n\nWe would like to put forward a speaker for the plenary:\n\nOmar Siddiqui, Senior Policy Adviser "
            "(part-time), Migrant Workers Welfare Network\n\nThanks,\nAnna\n")
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language="en")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [("Senior Policy Adviser (part-time)",
                                                                   "Migrant Workers Welfare Network")]


# ---------------------------------------------------------------------------------------------
# An English genitive before a post set off by a comma ("the Platform's Research Lead, Ms X") opens it as "the" does

@pytest.mark.parametrize(("body", "name", "title"), [
    ("Dear team,\nWe would like to propose the Platform's Research Lead, Ms Noura Saleh, as rapporteur.\nRegards,\n"
     "Thomas", "Noura Saleh", "Research Lead"),
    ("Dear colleagues,\nWe nominate the Centre's director, Dr Rami Khoury, for roundtable 2.\nBest,\nLina",
     "Rami Khoury", "director"),
    ("Hello,\nThe Network's Senior Policy Officer, Mr. Yusuf Adan, would like to take the floor in the plenary.\n"
     "Thanks,\nAmina", "Yusuf Adan", "Senior Policy Officer"),
])
def test_a_post_after_a_genitive_before_the_name(body: str, name: str, title: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


def test_near_miss_a_genitive_before_no_post_gives_no_title(rules: ExtractRules) -> None:
    # "the Ministry's support" is no post
    body = "Dear team,\nThanks to the Ministry's support, Mr. Sami Haddad will speak in the plenary.\nRegards,\nThomas\n"
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Sami Haddad", None)]


# ---------------------------------------------------------------------------------------------
# An aside in brackets after the title that a comma splits ("consultant (pas de structure, je travaille seul)"):
# not part of the title

@pytest.mark.parametrize(("body", "language", "from_", "title"), [
    ("Bonsoir,\nJe souhaite demander une prise de parole en plénière.\n\nMehdi Alaoui, consultant indépendant en "
     "politiques migratoires (pas de structure, je travaille en mon nom propre), basé à Rabat. J'ai accompagné des "
     "communes.\n\nMehdi\n", "fr", "Mehdi Alaoui <m@example.org>", "consultant indépendant en politiques migratoires"),
    ("Hello,\nI would like to request a slot to speak in the plenary.\n\nSara Lind, independent researcher on labour "
     "migration (no institution, I work on my own), based in Amman. I have studied recruitment for years.\n\nSara\n",
     "en", "Sara Lind <s@example.org>", "independent researcher on labour migration"),
    ("مساء الخير\nأرغب في المشاركة بمداخلة في الجلسة العامة.\n\nسامي الحداد، باحث مستقل في قضايا اللجوء (بدون جهة، "
     "أعمل بشكل فردي)، مقيم في عمّان.\n\nسامي\n", "ar", "سامي الحداد <s@example.org>", "باحث مستقل في قضايا اللجوء"),
])
def test_an_aside_in_brackets_split_by_a_comma_leaves_the_title(body: str, language: str, from_: str, title: str,
                                                                 rules: ExtractRules) -> None:
    fields = run(message(body, from_=from_), rules, language=language)
    assert [s.title for s in fields.speakers] == [title]


def test_near_miss_a_bracket_without_a_comma_stays_in_the_title(rules: ExtractRules) -> None:
    body = ("Hello,\nI would like to request a slot to speak in the plenary.\n\nSara Lind, Director (Programmes and "
            "Policy), Migrant Forum Asia. I have studied recruitment for years.\n\nSara\n")
    fields = run(message(body, from_="Sara Lind <s@example.org>"), rules, language="en")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [("Director (Programmes and Policy)", "Migrant Forum Asia")]


# ---------------------------------------------------------------------------------------------
# A capitalised post right after a proposing verb, before the honorific and the name ("to nominate Senior Fellow
# Dr. X"): the title (English writes it so; French and Arabic put an article or a possessive before the post)

@pytest.mark.parametrize(("body", "expected"), [
    ("Dear Sir,\nI am pleased to nominate Senior Fellow Dr. Omar Haddad of the Gulf Centre for Policy Studies (GCPS) "
     "to serve as rapporteur.\n\nBest,\nFatima\n", ("Omar Haddad", "Senior Fellow")),
    ("Dear all,\nWe would like to propose Executive Director Ms. Grace Otieno of the Kenya Migrant Alliance to speak in "
     "roundtable 2.\n\nBest,\nPeter\n", ("Grace Otieno", "Executive Director")),
    ("Dear all,\nWe recommend Programme Manager Mr. Tariq Aziz for the plenary panel.\n\nBest,\nPeter\n",
     ("Tariq Aziz", "Programme Manager")),
])
def test_a_capitalised_post_after_a_proposing_verb_is_the_title(body: str, expected: tuple[str, str],
                                                                rules: ExtractRules) -> None:
    fields = run(message(body), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [expected]


def test_near_miss_other_capitalised_words_after_the_verb_are_no_title(rules: ExtractRules) -> None:
    body = "Dear all,\nWe would like to propose at the Plenary Dr. Grace Otieno to speak.\n\nBest,\nPeter\n"
    fields = run(message(body), rules, language="en")
    assert [(s.name, s.title) for s in fields.speakers] == [("Grace Otieno", None)]


# ---------------------------------------------------------------------------------------------
# "I'm Programme Coordinator at X": a head post after a programme or project word, without an article

@pytest.mark.parametrize("words", ["programme coordinator", "program director", "project manager"])
def test_a_programme_head_post_without_article_is_a_self_statement(words: str, rules: ExtractRules) -> None:
    assert any(p.search(f" hello, i'm {words} at the youth network ") for p in rules.self_statement)
    assert any(p.search(f" i am {words} of the returnees forum ") for p in rules.self_statement)


def test_near_miss_a_programme_word_before_no_post_is_no_self_statement(rules: ExtractRules) -> None:
    assert not any(p.search(" i'm programme hopping this week ") for p in rules.self_statement)
    assert not any(p.search(" i am project managing the event ") for p in rules.self_statement)


# ---------------------------------------------------------------------------------------------
# A possessive post, a comma, then an article before the honorific ("Notre aumônier, le Père X", "our chaplain,
# the Rev. Y"): the post is the title, as without the article; a chaplain's office is a post

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Bonjour,\n\nNotre aumônier, le Père Maroun Tannous, souhaiterait intervenir à la table ronde 4.\n\nNada\n", "fr",
     "Maroun Tannous", "aumônier"),
    ("Bonjour,\n\nNotre coordinatrice, la Sœur Agnès Khoury, souhaite prendre la parole en plénière.\n\nÉlie\n", "fr",
     "Agnès Khoury", "coordinatrice"),
    ("Dear colleagues,\n\nOur chaplain, the Rev. Daniel Okoro, would like to speak at roundtable 2.\n\nGrace\n", "en",
     "Daniel Okoro", "chaplain"),
    ("Hello,\n\nOur director, the Hon. Mary Achieng, would like to take the floor in the plenary.\n\nTom\n", "en",
     "Mary Achieng", "director"),
])
def test_an_article_before_the_honorific_keeps_the_possessive_post(body: str, language: str, name: str, title: str,
                                                                   rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


def test_near_miss_an_article_after_a_clause_with_no_possessive_gives_no_title(rules: ExtractRules) -> None:
    # the words before the comma are a circumstance, not "our" post: the person after it has no title from them
    body = "Bonjour,\n\nComme convenu au téléphone, le Père Jean Haddad souhaite intervenir à la table ronde 3.\n\nNada\n"
    speakers = run(message(body, from_="Someone <someone@example.org>"), rules, language="fr").speakers
    assert [(s.name, s.title) for s in speakers] == [("Jean Haddad", None)]


# ---------------------------------------------------------------------------------------------
# An adverb between "I am" and the post ("Now i am also coordinator for our group X", "je suis aussi coordinatrice de
# X", "وأنا أيضا منسقة في X"), also from a sender who wrote "My name is X" and signs with the first name only

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear Sir,\n\nMy name is Tigist Bekele, I work as domestic worker in Lebanon. Now i am also coordinator for our "
     "group Habesha Sisters Network, we are 300 women.\n\nI want to speak in the round table about kafala.\n\nThank you"
     "\n\nTigist", "en", "Tigist Bekele", "coordinator"),
    ("Hello,\n\nMy name is Sam Okoro. I am currently program coordinator at the African Migrants Union.\nI would like to "
     "speak in the plenary.\n\nSam", "en", "Sam Okoro", "program coordinator"),
    ("Bonjour,\n\nJe m'appelle Awa Ndiaye, je suis aussi coordinatrice de l'Association des Femmes Migrantes de Tunis.\n"
     "Je souhaite intervenir dans la table ronde 2.\n\nAwa", "fr", "Awa Ndiaye", "coordinatrice"),
    ("مرحبا\n\nأنا اسمي سلمى داود، وأنا أيضا منسقة في جمعية الأخوات المهاجرات.\nأرغب في المداخلة في المائدة المستديرة "
     "الثانية.\n\nسلمى داود", "ar", "سلمى داود", "منسقة"),
])
def test_an_adverb_before_the_senders_post_stays_out_of_it(body: str, language: str, name: str, title: str,
                                                          rules: ExtractRules) -> None:
    speakers = run(message(body, from_=f"{name} <sender@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


def test_near_miss_also_happy_to_speak_is_no_post(rules: ExtractRules) -> None:
    body = ("Hello,\n\nMy name is Sam Okoro. I am also happy to speak in the plenary about our work at the African "
            "Migrants Union.\n\nSam")
    speakers = run(message(body, from_="Sam Okoro <sender@example.org>"), rules, language="en").speakers
    assert [(s.name, s.title) for s in speakers] == [("Sam Okoro", None)]


# ---------------------------------------------------------------------------------------------
# A corrected title written in quotes, with what it replaces after it ('her title is "Head of Protection", not
# coordinator'): the quoted words

_PROPOSAL = {
    "en": "> Dear team,\n> We propose Ms. Rana Haddad, our Protection Coordinator, for roundtable 3.\n>\n> Salma Omari\n",
    "fr": "> Bonjour,\n> Nous proposons Mme Rana Haddad, notre coordinatrice, pour la table ronde 3.\n>\n> Salma Omari\n",
}


@pytest.mark.parametrize(("new", "language", "title"), [
    ('A small correction: Rana\'s title is "Head of Protection", not coordinator.', "en", "Head of Protection"),
    ("One fix: Rana's title should read “Senior Protection Officer” rather than coordinator.", "en",
     "Senior Protection Officer"),
    ("Petite correction : le titre exact de Rana est « Responsable de la protection » et non coordinatrice.", "fr",
     "Responsable de la protection"),
])
def test_a_quoted_corrected_title_is_the_quoted_words(new: str, language: str, title: str,
                                                      rules: ExtractRules) -> None:
    body = f"{new}\n\nSalma\n\nOn Sun, 31 Jan 2021, Salma Omari <s@example.org> wrote:\n{_PROPOSAL[language]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Salma Omari <s@example.org>"), rules,
                   language=language).speakers
    assert [s.title for s in speakers] == [title]


def test_near_miss_an_unquoted_corrected_title_is_read_as_before(rules: ExtractRules) -> None:
    body = (f"A small correction: Rana's title is Head of Protection at the Centre.\n\nSalma\n\n"
            f"On Sun, 31 Jan 2021, Salma Omari <s@example.org> wrote:\n{_PROPOSAL['en']}")
    speakers = run(message(body, subject="Re: Speaker", from_="Salma Omari <s@example.org>"), rules, language="en").speakers
    assert [s.title for s in speakers] == ["Head of Protection"]


# A body's possessive before the post, the body only pointed back at ("X, the committee's women's focal point", "our
# network's youth coordinator"): the post is the title, without the possessive
@pytest.mark.parametrize(("body", "name", "title"), [
    ("Dear colleagues,\n\nThe committee met yesterday and chose Ms. Fardosa Ali Hersi, the committee's women's focal "
     "point, to speak on its behalf in roundtable 2.\n\nBest,\nHana", "Fardosa Ali Hersi", "women's focal point"),
    ("Dear all,\n\nWe propose Mr. John Okello, the Network's Policy Lead, for the plenary.\n\nBest\nAnna",
     "John Okello", "Policy Lead"),
    ("Dear all,\n\nWe propose Mr. John Okello, our network's youth coordinator, for roundtable 3.\n\nBest\nAnna",
     "John Okello", "youth coordinator"),
    ("Hello,\n\nOur union chose Mr. Samuel Tesfaye, the union's migrant workers desk officer, to speak in the "
     "plenary.\n\nRegards\nLea", "Samuel Tesfaye", "migrant workers desk officer"),
    ("Dear all,\n\nWe propose Ms. Grace Njeri, the association's treasurer, for the open discussion.\n\nBest\nAnna",
     "Grace Njeri", "treasurer"),
])
def test_a_body_possessive_before_the_post_is_no_part_of_the_title(body: str, name: str, title: str,
                                                                    rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language="en").speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


def test_near_miss_a_possessive_of_people_stays_in_the_title(rules: ExtractRules) -> None:
    # "the women's rights officer": the possessive is the post's field, no body
    body = "Dear all,\n\nWe propose Ms. Grace Njeri, the women's rights officer at Haki Network, for roundtable 1.\n\nBest\n"
    speakers = run(message(body), rules, language="en").speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [
        ("Grace Njeri", "the women's rights officer", "Haki Network")]


# ---------------------------------------------------------------------------------------------
# A signature that gives a profession at one body, then a post at the organisation ("avocate au barreau de X" over
# "présidente, Association Y"): the title is the post held at the organisation the block names, not the profession

_PROFESSION_THEN_POST = [
    ("Bonjour,\nJe souhaite intervenir en table ronde 2 sur l'accès à la justice.\n\nMe Nadia Cherkaoui\n"
     "avocate au barreau de Casablanca\nsecrétaire générale, Association Justice pour les migrants (AJM)\n", "fr",
     "Nadia Cherkaoui <n@example.org>", ("secrétaire générale", "Association Justice pour les migrants (AJM)")),
    ("Dear team,\nI would like to speak in the plenary on access to justice.\n\nKind regards,\nOmar Haddad\n"
     "Lawyer at the Amman Bar\nBoard member, Jordanian Legal Aid Network (JLAN)\n", "en", "Omar Haddad <o@example.org>",
     ("Board member", "Jordanian Legal Aid Network (JLAN)")),
    ("السلام عليكم\nأرغب في المشاركة كمتحدثة في الجلسة العامة.\n\nمع التحية\nهدى كريم\nمحامية في نقابة المحامين ببغداد\n"
     "رئيسة، جمعية العدالة للمهاجرين\n", "ar", "هدى كريم <h@example.org>", ("رئيسة", "جمعية العدالة للمهاجرين")),
    ("Madame, Monsieur,\nJe propose ma candidature comme rapporteur.\n\nBien à vous,\nMaître Karim Ziani\n"
     "Avocat au Barreau de Tlemcen\nTrésorier, Ligue algérienne d'aide aux migrants (LAAM)\n", "fr",
     "Karim Ziani <k@example.org>", ("Trésorier", "Ligue algérienne d'aide aux migrants (LAAM)")),
]


@pytest.mark.parametrize(("body", "language", "from_", "expected"), _PROFESSION_THEN_POST)
def test_a_post_at_the_organisation_wins_over_a_profession_at_another_body(body: str, language: str, from_: str,
                                                                           expected: tuple[str, str],
                                                                           rules: ExtractRules) -> None:
    fields = run(message(body, from_=from_), rules, language=language)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [expected]


@pytest.mark.parametrize(("block", "expected"), [
    # a title with no body of its own stays, the post under it notwithstanding
    ("Omar Haddad\nHead of Programmes\nBoard member, Jordanian Legal Aid Network (JLAN)",
     ("Head of Programmes", "Jordanian Legal Aid Network (JLAN)")),
    # the profession at its body over the organisation's own line, no post on it: the profession is the title
    ("Omar Haddad\nLawyer at the Amman Bar\nJordanian Legal Aid Network (JLAN)",
     ("Lawyer", "Jordanian Legal Aid Network (JLAN)")),
])
def test_near_miss_no_post_at_the_organisation_keeps_the_title(block: str, expected: tuple[str, str],
                                                              rules: ExtractRules) -> None:
    body = f"Dear team,\nI would like to speak in the plenary on access to justice.\n\nKind regards,\n{block}\n"
    fields = run(message(body, from_="Omar Haddad <o@example.org>"), rules)
    assert [(s.title, s.affiliation) for s in fields.speakers] == [expected]


# ---------------------------------------------------------------------------------------------
# A reply gives the quoted speaker's title with the possessive dropped, as dictated ("Omar title is Legal Officer at
# X"); an article opening the title is no article when it starts a word ("is Legal ...", not "is le gal ...")

_PROPOSED = {
    "Lina": "> Dear team,\n> We would like Lina Haddad to speak at roundtable 2. Will send her title later.\n>\n> Sami\n",
    "Karim": "> Hello,\n> Please register Karim Said for the plenary. Title to follow.\n>\n> Sami\n",
    "Grace": "> Hi all,\n> We propose Grace Wanjiru for the open discussion; details soon.\n>\n> Sami\n",
}


@pytest.mark.parametrize(("new", "who", "title", "affiliation"), [
    ("Sorry forgot, Lina title is Legal Officer at Gulf Workers Forum", "Lina", "Legal Officer", "Gulf Workers Forum"),
    ("Karim position is Head of Programmes", "Karim", "Head of Programmes", None),
    ("oops - Grace job title is Lead Researcher at the Kenyan Diaspora Network", "Grace", "Lead Researcher",
     "Kenyan Diaspora Network"),
])
def test_a_dictated_title_without_the_possessive_completes_the_quoted_speaker(
        new: str, who: str, title: str, affiliation: str | None, rules: ExtractRules) -> None:
    body = f"{new}\n\nSent from my iPhone\n\nOn Feb 4, 2021, at 11:02 AM, Sami Aziz <s@example.org> wrote:\n\n{_PROPOSED[who]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules).speakers
    assert [(s.title, s.affiliation) for s in speakers] == [(title, affiliation)]
    assert who in (speakers[0].name or "")


def test_near_miss_the_session_title_is_no_speakers_title(rules: ExtractRules) -> None:
    # the session's title, not the speaker's: nothing is stated about the quoted speaker
    body = ("I think the session title is Labour Migration and Decent Work, right?\n\nOn Feb 4, 2021, at 11:02 AM, "
            f"Sami Aziz <s@example.org> wrote:\n\n{_PROPOSED['Lina']}")
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules).speakers
    assert all(s.title != "Labour Migration and Decent Work" for s in speakers)


@pytest.mark.parametrize(("new", "who", "title"), [
    ("Lina Haddad is Legal Officer at Gulf Workers Forum.", "Lina", "Legal Officer"),
    ("Karim is Lead Coordinator of the network.", "Karim", "Lead Coordinator"),
    ("Grace est Larbitre principale du comité.", "Grace", "Larbitre principale"),
])
def test_a_title_after_is_that_starts_like_an_article_is_kept_whole(new: str, who: str, title: str,
                                                                     rules: ExtractRules) -> None:
    body = f"{new}\n\nOn Feb 4, 2021, at 11:02 AM, Sami Aziz <s@example.org> wrote:\n\n{_PROPOSED[who]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules).speakers
    assert [s.title for s in speakers] == [title]


def test_near_miss_an_article_after_is_is_still_left_out(rules: ExtractRules) -> None:
    body = f"Karim is the Head of Programmes.\n\nOn Feb 4, 2021, at 11:02 AM, Sami Aziz <s@example.org> wrote:\n\n{_PROPOSED['Karim']}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules).speakers
    assert [s.title for s in speakers] == ["Head of Programmes"]


# ---------------------------------------------------------------------------------------------
# A reply whose new text is only a post, on one line: the title announced for later of the one speaker the quoted
# proposal names ("Je vous envoie son titre exact dès que possible" / "Chargée de plaidoyer et des partenariats")

_ANNOUNCED = {
    "fr": "> Bonjour,\n> Nous souhaitons proposer Mme Awa Diop de l'association Horizons Sahel pour intervenir dans la "
          "table ronde 2.\n> Je vous envoie son titre exact dès que possible.\n> Karim\n",
    "en": "> Dear team,\n> We would like to propose Ms. Grace Wanjiru of the Kenyan Diaspora Network to speak in the plenary."
          "\n> I will send her exact title shortly.\n> John\n",
    "ar": "> تحية طيبة،\n> نود ترشيح الأستاذة سلوى عيسى من جمعية الأمل للتحدث في الجلسة العامة.\n> سنرسل المسمى الوظيفي لاحقاً."
          "\n> منى\n",
}


@pytest.mark.parametrize(("new", "language", "name", "title"), [
    ("Chargée de mission plaidoyer", "fr", "Awa Diop", "Chargée de mission plaidoyer"),
    ("Senior Programme Officer", "en", "Grace Wanjiru", "Senior Programme Officer"),
    ("منسقة برامج الحماية", "ar", "سلوى عيسى", "منسقة برامج الحماية"),
    # the post after the pronoun of a hurried sentence that says what it is
    ("oops forgot to say, she is Senior Programme Officer", "en", "Grace Wanjiru", "Senior Programme Officer"),
    ("désolé j'avais oublié sa fonction, elle est chargée de mission plaidoyer", "fr", "Awa Diop",
     "chargée de mission plaidoyer"),
    ("عفواً نسيت صفتها، هي منسقة برامج الحماية", "ar", "سلوى عيسى", "منسقة برامج الحماية"),
])
def test_a_post_alone_in_a_reply_is_the_quoted_speakers_title(new: str, language: str, name: str, title: str,
                                                             rules: ExtractRules) -> None:
    body = f"{new}\n\nSent from my iPhone\n\nOn 1 Feb 2021, at 10:22, Karim Aziz <k@example.org> wrote:\n\n{_ANNOUNCED[language]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Karim Aziz <k@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


def test_near_miss_a_sentence_in_a_reply_is_no_post_alone(rules: ExtractRules) -> None:
    body = (f"Thanks, the programme looks great.\n\nOn 1 Feb 2021, at 10:22, Karim Aziz <k@example.org> wrote:\n\n"
            f"{_ANNOUNCED['en']}")
    speakers = run(message(body, subject="Re: Speaker", from_="Karim Aziz <k@example.org>"), rules).speakers
    assert all(s.title != "Thanks, the programme looks great" for s in speakers)


def test_near_miss_a_pronoun_sentence_in_a_reply_that_states_no_post_gives_no_title(rules: ExtractRules) -> None:
    body = (f"sorry for the delay, she is delighted to take part\n\nOn 1 Feb 2021, at 10:22, Karim Aziz <k@example.org> "
            f"wrote:\n\n{_ANNOUNCED['en']}")
    speakers = run(message(body, subject="Re: Speaker", from_="Karim Aziz <k@example.org>"), rules).speakers
    assert all(s.title is None for s in speakers)


# ---------------------------------------------------------------------------------------------
# A post with a definite article before the name whose portfolio is written in lower case ("le Maire adjoint chargé
# des affaires sociales, Monsieur X", "the Deputy Mayor in charge of social affairs and migration, Mr. Y"): the
# fields it covers are part of the title

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Mesdames et Messieurs,\nA cet effet, le Maire adjoint chargé des affaires sociales, Monsieur Brahim Ould Ahmed, "
     "interviendra au nom de la Commune lors de la table ronde 4.\nCordialement\nAmina Sall\nCommune de Rosso\n", "fr",
     "Brahim Ould Ahmed", "Maire adjoint chargé des affaires sociales"),
    ("Bonjour,\nLa Vice-présidente chargée de la migration et de la santé, Mme Salma Idrissi, souhaite intervenir en "
     "plénière.\nCordialement\nRachid Alami\nCommune de Fès\n", "fr", "Salma Idrissi",
     "Vice-présidente chargée de la migration et de la santé"),
    ("Dear team,\nThe Deputy Mayor in charge of social affairs and migration, Mr. Omar Khatib, would like to speak in "
     "roundtable 1.\nBest,\nLina Saad\nCity of Irbid\n", "en", "Omar Khatib",
     "Deputy Mayor in charge of social affairs and migration"),
    ("Dear team,\nWe propose that the Councillor for youth and gender, Ms. Rania Azzam, take the floor in the "
     "plenary.\nBest,\nLina Saad\nCity of Irbid\n", "en", "Rania Azzam", "Councillor for youth and gender"),
])
def test_a_post_with_an_article_and_its_portfolio_in_lower_case(body: str, language: str, name: str, title: str,
                                                               rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


@pytest.mark.parametrize(("body", "language"), [
    # field words before the comma that belong to no post: a thanks, a support, a meeting about them
    ("Bonjour,\nNous proposons que le maire, avec le soutien des affaires sociales, Mme Salma Idrissi, intervienne en "
     "plénière.\nCordialement\nRachid Alami\n", "fr"),
    ("Dear team,\nFollowing the meeting on social affairs and migration, Mr. Omar Khatib will speak in roundtable 1.\n"
     "Best,\nLina Saad\n", "en"),
])
def test_near_miss_field_words_before_the_comma_without_a_post_give_no_title(body: str, language: str,
                                                                             rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [None]


# ---------------------------------------------------------------------------------------------
# A post in a committee named with the body it belongs to ("Chair of the Migration Committee of the Bar Association",
# "Présidente de la Commission X du Conseil régional", "... Committee - Federation Y"): the committee is part of the
# title, the body it belongs to is the affiliation

@pytest.mark.parametrize(("body", "language", "name", "title", "affiliation"), [
    ("Dear colleagues,\nWe are pleased to propose Ms. Huda Nasser, Chair of the Legal Aid Committee of the Lebanese "
     "Bar Association, to speak in roundtable 2.\nBest regards,\nKarim Haddad\n", "en", "Huda Nasser",
     "Chair of the Legal Aid Committee", "Lebanese Bar Association"),
    ("Dear team,\nOur speaker will be Mr. Samir Odeh, Deputy Head of the Young Workers' Committee of the Federation "
     "of Hotel Workers (FHW), for a floor intervention.\nRegards,\nLina Saad\n", "en", "Samir Odeh",
     "Deputy Head of the Young Workers' Committee", "Federation of Hotel Workers (FHW)"),
    ("Madame, Monsieur,\nNous proposons Mme Nadia Berrada, Présidente de la Commission des affaires sociales et de la "
     "santé du Conseil provincial de Meknès, pour intervenir à la table ronde 3.\nCordialement,\nYoussef Amrani\n",
     "fr", "Nadia Berrada", "Présidente de la Commission des affaires sociales et de la santé",
     "Conseil provincial de Meknès"),
    ("Bonjour,\nNous avons le plaisir de proposer Me Anis Gharbi, Vice-président de la Commission droits et libertés - "
     "Barreau de Sousse, pour la séance plénière.\nCordialement,\nSalma Jeddi\n", "fr", "Anis Gharbi",
     "Vice-président de la Commission droits et libertés", "Barreau de Sousse"),
])
def test_a_post_in_a_committee_of_a_body_keeps_the_committee_in_the_title(
        body: str, language: str, name: str, title: str, affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [(name, title, affiliation)]


@pytest.mark.parametrize(("body", "language", "name", "title", "affiliation"), [
    # a national committee is the body itself, whatever follows it
    ("Dear colleagues,\nWe propose Mr. Faisal Amin, Chair of the National Committee for Migrant Workers of the "
     "Ministry of Labour, to speak in roundtable 1.\nBest,\nRana Khalil\n", "en", "Faisal Amin", "Chair",
     "National Committee for Migrant Workers of the Ministry of Labour"),
    # what follows the committee is a field it covers, not a body
    ("Dear colleagues,\nWe propose Ms. Mona Fares, Director of the Steering Committee of Human Rights, to speak in "
     "roundtable 1.\nBest,\nRana Khalil\n", "en", "Mona Fares", "Director", "Steering Committee of Human Rights"),
])
def test_near_miss_a_committee_that_is_the_body_stays_the_affiliation(
        body: str, language: str, name: str, title: str, affiliation: str, rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [(name, title, affiliation)]


# ---------------------------------------------------------------------------------------------
# An Arabic post in a committee named with no body after it ("X، رئيسة لجنة المرأة العاملة، ..."): the committee is the
# post's, as on a signature line (the affiliation is read as before: the unit, or its fuller name written elsewhere)

@pytest.mark.parametrize(("body", "name", "title"), [
    ("السادة المحترمين،\nنرشح الأخت منى خليل، رئيسة لجنة العاملات المهاجرات، للمشاركة بمداخلة في المائدة المستديرة "
     "الأولى.\nمع التحية،\nسامي حداد\nالنقابة العامة لعمال الفنادق\n", "منى خليل", "رئيسة لجنة العاملات المهاجرات"),
    ("تحية طيبة،\nيسرنا ترشيح الأستاذ كريم نصار، مقرر لجنة الحقوق والحريات، للحديث في الجلسة العامة.\n"
     "وتفضلوا بقبول الاحترام،\nليلى عمر\nجمعية المحامين الشباب\n", "كريم نصار", "مقرر لجنة الحقوق والحريات"),
    ("السادة الأفاضل،\nنقترح السيد علي الحسن، نائب رئيس لجنة الشؤون الاجتماعية، للمشاركة في المائدة المستديرة الثالثة.\n"
     "مع الشكر،\nهدى سالم\nالمجلس البلدي لمدينة صور\n", "علي الحسن", "نائب رئيس لجنة الشؤون الاجتماعية"),
])
def test_an_arabic_post_in_a_committee_without_its_body_keeps_the_committee(body: str, name: str, title: str,
                                                                           rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="ar")
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


def test_near_miss_an_arabic_post_in_a_named_body_keeps_it_as_the_affiliation(rules: ExtractRules) -> None:
    # a national committee is a body of its own, not a unit of one
    body = ("السادة المحترمين،\nنرشح السيدة ريم عادل، رئيسة اللجنة الوطنية لحقوق الإنسان، للمشاركة في الجلسة العامة.\n"
            "مع التحية،\nسامي حداد\n")
    fields = run(message(body, from_="Someone <s@example.org>"), rules, language="ar")
    assert [(s.title, s.affiliation) for s in fields.speakers] == [("رئيسة", "اللجنة الوطنية لحقوق الإنسان")]


# ---------------------------------------------------------------------------------------------
# A sentence that opens with the speaker's name and states their post ("Sister Rita is Coordinator of X", "Karim est le
# trésorier de Y"): their title when nothing else gave one; the colloquial Arabic "works as" after a pronoun

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear colleagues,\nThe Harbour Aid Network would like to propose Brother Tomas Reyes for the open discussion.\n"
     "Brother Tomas is Coordinator of the Seafarers Welfare Desk at the Harbour Aid Network and has worked in ports "
     "for twenty years.\nBest,\nAnne Moreau\n", "en", "Tomas Reyes", "Coordinator of the Seafarers Welfare Desk"),
    ("Hello,\nWe propose Ms. Leila Darwish to speak in roundtable 2. Leila Darwish is the head of outreach of the "
     "Gulf Domestic Workers Forum.\nThanks,\nSam Idris\n", "en", "Leila Darwish", "head of outreach"),
    ("Bonjour,\nNous proposons M. Karim Ben Salah pour la table ronde 4.\nKarim est le trésorier de l'Union des "
     "travailleurs tunisiens à Milan depuis 2017.\nCordialement,\nHela Trabelsi\n", "fr", "Karim Ben Salah",
     "trésorier"),
    ("تحية طيبة،\nنرشح الأستاذة ريم العلي للمشاركة في المائدة المستديرة الثالثة.\nالأستاذة ريم هي نائبة رئيس "
     "جمعية الأمل للتنمية منذ عام 2015.\nمع الشكر،\nسامي\n", "ar", "ريم العلي", "نائبة رئيس"),
])
def test_a_sentence_opening_with_the_name_gives_its_title(body: str, language: str, name: str, title: str,
                                                          rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [(s.name, s.title) for s in fields.speakers] == [(name, title)]


@pytest.mark.parametrize(("body", "language", "title"), [
    ("مساء الخير،\nكنت عايز أسأل لو ينفع زميلي الدكتور هشام فوزي ياخد كلمة في النقاش المفتوح. هو شغال مدير "
     "البرامج عندنا في المؤسسة.\nشكرا\nأحمد\n", "ar", "مدير البرامج"),
    ("مرحبا،\nبدنا نرشح الأستاذة لينا خوري للمائدة المستديرة الثانية. هي بتشتغل كمنسقة المشاريع بالجمعية.\n"
     "شكرا\nرامي\n", "ar", "منسقة المشاريع"),
])
def test_a_colloquial_works_as_after_a_pronoun_gives_the_lone_speaker_title(body: str, language: str, title: str,
                                                                            rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [title]


@pytest.mark.parametrize(("body", "language"), [
    # what follows the name is no post
    ("Dear team,\nWe would like to nominate Ms. Grace Achieng to speak at roundtable 3.\nGrace is the best person "
     "to speak on this topic.\nRegards,\nPeter Odhiambo\n", "en"),
    # the sentence opens with someone else than the speaker
    ("Dear team,\nWe would like to nominate Ms. Grace Achieng to speak at roundtable 3.\nOur chairperson is the "
     "founder of the Nairobi Returnees Network.\nRegards,\nPeter Odhiambo\n", "en"),
    ("Bonjour,\nNous proposons Mme Awa Diop pour la table ronde 1.\nAwa est la bienvenue à nos côtés depuis 2019.\n"
     "Cordialement,\nMoussa\n", "fr"),
    # a negation says what the speaker is not
    ("Dear team,\nWe propose Ms. Priya Nair for roundtable 2.\nMs. Nair is not a member of staff; we "
     "would support her connection.\nRegards,\nAnil\n", "en"),
])
def test_near_miss_a_sentence_opening_with_the_name_that_states_no_post(body: str, language: str,
                                                                        rules: ExtractRules) -> None:
    fields = run(message(body, from_="Someone <someone@example.org>"), rules, language=language)
    assert [s.title for s in fields.speakers] == [None]


def test_near_miss_a_title_given_with_the_name_is_kept_over_a_named_sentence(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe nominate Dr. Amina Yusuf, Head of Research at the Horn Migration Institute, to "
            "speak at roundtable 1.\nAmina is the founder of our mentoring programme.\n\nKind regards,\nSam Ali\n")
    fields = run(message(body), rules, language="en")
    assert [s.title for s in fields.speakers] == ["Head of Research"]


# ---------------------------------------------------------------------------------------------
# A signature that writes the name below the title line ("Org\nExecutive Director\nDana X", "Title\nName\nOrg"): the
# title and organisation are the name's, as in a block that opens with the name

@pytest.mark.parametrize(("body", "language", "from_", "speaker"), [
    ("Dear colleagues,\nI would like to request a floor intervention for myself in Roundtable 3.\n\nRegards,\n\n"
     "Gulf Network of Migrant Cities (GNMC)\nExecutive Director\nSara Mansour\n+962 79 555 0143\n", "en",
     "Sara Mansour <sm@gnmc.example.org>", ("Sara Mansour", "Executive Director", "Gulf Network of Migrant Cities (GNMC)")),
    ("Dear team,\nI would like to take part in the open discussion myself.\n\nBest,\n\nProgramme Manager\n"
     "Omar Saleh\nNile Refugee Legal Aid Centre\n", "en", "Omar Saleh <os@nrlac.example.org>",
     ("Omar Saleh", "Programme Manager", "Nile Refugee Legal Aid Centre")),
    ("Bonjour,\nJe souhaite intervenir moi-même à la table ronde 2.\n\nCordialement,\n\nAssociation Tunisienne des "
     "Migrants de Retour\nSecrétaire général\nHédi Mansouri\nTél. : +216 71 000 000\n", "fr",
     "Hedi Mansouri <hm@atmr.example.tn>",
     ("Hédi Mansouri", "Secrétaire général", "Association Tunisienne des Migrants de Retour")),
    ("مرحبا،\nأرغب في المشاركة بمداخلة في المائدة المستديرة الثالثة.\n\nمع التحية،\n\nجمعية الأمل للتنمية\n"
     "المدير التنفيذي\nد. سامي حداد\nالهاتف: 961 1 000 000+\n", "ar", "Sami <sh@amal.example.org>",
     ("سامي حداد", "المدير التنفيذي", "جمعية الأمل للتنمية")),
])
def test_a_signature_with_the_name_below_the_title_line(body: str, language: str, from_: str,
                                                        speaker: tuple[str, str, str], rules: ExtractRules) -> None:
    fields = run(message(body, from_=from_), rules, language=language)
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [speaker]


def test_near_miss_a_signature_that_opens_with_the_name_reads_as_before(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nI would like to take part in the open discussion myself.\n\nBest regards,\n\n"
            "Layla Aziz\nResearch Coordinator\nCentre for Gulf Migration Studies\nDoha\n")
    fields = run(message(body, from_="Layla Aziz <la@cgms.example.org>"), rules, language="en")
    assert [(s.name, s.title, s.affiliation) for s in fields.speakers] == [
        ("Layla Aziz", "Research Coordinator", "Centre for Gulf Migration Studies")]


# ---------------------------------------------------------------------------------------------
# A reply correcting the title of a speaker it does not name ("Please note that his correct title is X", "son titre
# exact est Y", "المسمى الوظيفي للدكتور نبيل صار Z"): the stated title is the quoted proposal's one speaker's, and
# corrects the one proposed (provenance "statement", which the thread's record takes over the one on file)

_TITLED = {
    "en": "> Dear team,\n> We propose Mr. Tarek Mansour, Programme Officer, Arab Youth Network, for roundtable 2.\n>\n> Lina\n",
    "fr": "> Bonjour,\n> Nous proposons Mme Awa Diop, Chargée de mission, Horizons Sahel, pour la table ronde 3.\n>\n> Karim\n",
    "ar": "> تحية طيبة،\n> نرشح الدكتور نبيل حداد، مدير البرامج، جمعية الأمل، للمشاركة في الجلسة العامة.\n>\n> منى\n",
}


@pytest.mark.parametrize(("new", "language", "name", "title"), [
    ("A quick update: please also note that his correct title is Senior Programme Officer (apologies).", "en",
     "Tarek Mansour", "Senior Programme Officer"),
    ("Sorry, one correction. His exact title is: Head of Youth Programmes.", "en", "Tarek Mansour",
     "Head of Youth Programmes"),
    ("Petite correction : son titre exact est Coordinatrice régionale, merci.", "fr", "Awa Diop",
     "Coordinatrice régionale"),
    ("تصحيح صغير: المسمى الوظيفي للدكتور نبيل صار \"المدير الإقليمي\" من أول الشهر.", "ar", "نبيل حداد",
     "المدير الإقليمي"),
])
def test_a_reply_stating_a_corrected_title_gives_it_to_the_quoted_speaker(new: str, language: str, name: str,
                                                                          title: str, rules: ExtractRules) -> None:
    body = f"{new}\n\nOn 1 Feb 2021, at 10:22, Sami Aziz <s@example.org> wrote:\n\n{_TITLED[language]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title, dict(s.provenance).get("title")) for s in speakers] == [(name, title, "statement")]


def test_near_miss_a_corrected_title_with_two_quoted_speakers_named_by_neither_is_left_alone(rules: ExtractRules) -> None:
    # two speakers proposed, the reply names neither: whose title it is stays for the secretariat to read
    quoted = ("> Dear team,\n> We propose Mr. Tarek Mansour, Programme Officer, for roundtable 2, and Ms. Dana Aziz, "
              "Legal Adviser, for the plenary.\n>\n> Lina\n")
    body = f"Please note that his correct title is Senior Programme Officer.\n\nOn 1 Feb 2021, at 10:22, Lina <l@example.org> wrote:\n\n{quoted}"
    speakers = run(message(body, subject="Re: Speaker", from_="Lina Haddad <l@example.org>"), rules).speakers
    assert all(s.title != "Senior Programme Officer" for s in speakers)


# ---------------------------------------------------------------------------------------------
# A trade or a care profession said in the first person ("I am a midwife at X", "je suis travailleuse domestique ...
# et je suis membre de Y", "أنا ممرضة في مستشفى Z"): the person's title, before a membership said after it

@pytest.mark.parametrize(("body", "language", "from_", "title", "affiliation"), [
    ("Good evening,\nMy name is Grace Wanjiru from Uganda, I am a domestic worker in Dubai since 2018 and I am a member "
     "of the Uganda Workers Welfare Group.\nI want to request to share my experience in the open discussion.\nGrace\n",
     "en", "Grace Wanjiru <g@example.com>", "domestic worker", "Uganda Workers Welfare Group"),
    ("Bonsoir,\nJe m'appelle Fatou Diallo, du Sénégal, je suis travailleuse domestique à Beyrouth depuis 2017 et je suis "
     "membre de l'Alliance des Travailleuses Migrantes.\nJe souhaite intervenir dans la discussion ouverte.\nFatou\n",
     "fr", "Fatou Diallo <f@example.com>", "travailleuse domestique", "Alliance des Travailleuses Migrantes"),
    ("Dear team,\nI am a midwife at the Rafik Hariri Hospital and I would like to speak in the plenary.\nRegards\n"
     "Joseph Kamau\n", "en", "Joseph <j@example.com>", "midwife", "Rafik Hariri Hospital"),
    ("Bonjour,\nJe suis sage-femme au Centre de santé Amel et je souhaite intervenir en plénière.\nCordialement\n"
     "Nadia Haddad\n", "fr", "Nadia <n@example.com>", "sage-femme", "Centre de santé Amel"),
    ("تحية طيبة\nأنا ممرضة في مستشفى الأمل وأرغب في تقديم مداخلة في الجلسة العامة.\nمع التحية\nهدى سليم\n", "ar",
     "هدى <h@example.com>", "ممرضة", "مستشفى الأمل"),
    ("Dear team,\nI am a medical doctor at the Karantina Clinic and I would like to speak in the plenary.\nRegards\n"
     "Sami Aziz\n", "en", "Sami <s@example.com>", "medical doctor", "Karantina Clinic"),
])
def test_a_trade_or_care_profession_said_in_the_first_person_is_the_title(body: str, language: str, from_: str,
                                                                          title: str, affiliation: str,
                                                                          rules: ExtractRules) -> None:
    sp = run(message(body, from_=from_), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_trade_inside_the_name_of_the_body_is_no_title(rules: ExtractRules) -> None:
    body = ("Good evening,\nMy name is Grace Wanjiru, I am a member of the Domestic Workers Union.\n"
            "I want to request to share my experience in the open discussion.\nGrace\n")
    sp = run(message(body, from_="Grace Wanjiru <g@example.com>"), rules, language="en").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("member", "Domestic Workers Union")]


# ---------------------------------------------------------------------------------------------
# What the person is in migration, written after their name ("X, a refugee from South Sudan living in Cairo",
# "Y, réfugié congolais installé à Rabat", "Z، لاجئ سوري من حمص"): a description, no title

@pytest.mark.parametrize(("body", "language"), [
    ("مرحبا\nانا اسمي خالد الحمصي، لاجئ سوري من حمص وعايش بعرسال من سنة 2013 مع عيلتي.\nبدي احكي بالجلسة العامة.\n"
     "شكرا\nخالد\n", "ar"),
    ("Hello\nMy name is John Deng, a refugee from South Sudan living in Cairo since 2013 with my family.\n"
     "I would like to speak in the plenary.\nThanks\nJohn\n", "en"),
    ("Bonjour\nJe m'appelle Jean Mukendi, réfugié congolais installé à Rabat depuis 2015 avec ma famille.\n"
     "Je souhaite intervenir en plénière.\nMerci\nJean\n", "fr"),
    ("السلام عليكم\nأنا سعاد الحراق، مهاجرة رجعت من إيطاليا بعد عشر سنين.\nبغيت ندير مداخلة فالجلسة العامة.\n"
     "سعاد الحراق\n", "ar"),
])
def test_a_migration_status_after_the_name_is_no_title(body: str, language: str, rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.com>"), rules, language=language).speakers
    assert [s.title for s in sp] == [None]


@pytest.mark.parametrize(("body", "language", "title"), [
    # the status word opens a post, or a post follows the status: the post is the title
    ("Hello\nMy name is John Deng, migrant rights activist with the Cairo Refugee Forum.\n"
     "I would like to speak in the plenary.\nThanks\nJohn\n", "en", "migrant rights activist"),
    ("Bonjour\nJe m'appelle Aïcha Koné, réfugiée ivoirienne, coordinatrice de l'Association Solidarité Réfugiés.\n"
     "Je souhaite intervenir en plénière.\nMerci\nAïcha\n", "fr", "coordinatrice"),
])
def test_near_miss_a_post_beside_a_migration_status_stays(body: str, language: str, title: str,
                                                          rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.com>"), rules, language=language).speakers
    assert [s.title for s in sp] == [title]


# ---------------------------------------------------------------------------------------------
# The sender introducing themself with their body, then their post at it in a clause of its own ("Je m'appelle X, d'Y,
# où je suis directeur de ...", "My name is X, from Y, where I am Senior Researcher", "أنا X، من Y، حيث أشغل منصب ..."):
# the body after "d'" is the affiliation, the post after "où je suis" / "where I am" the title (phrases.post_statement)

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonsoir,\nJe souhaiterais intervenir lors d'une séance plénière. Je m'appelle Karim Benjelloun, d'Atlas "
     "Sondages & Études (Casablanca), où je suis directeur des études quantitatives. Nous avons conduit des enquêtes.\n"
     "Merci\n", "fr", ("Karim Benjelloun", "directeur des études quantitatives", "Atlas Sondages & Études")),
    ("Bonjour,\nJe souhaite intervenir à la table ronde 1. Je suis Leïla Mansouri, d'Amnesty International (Tunis), où "
     "je suis chargée de campagne.\nCordialement\n", "fr", ("Leïla Mansouri", "chargée de campagne", "Amnesty International")),
    ("Dear team,\nI would like to speak at the plenary session. My name is Omar Haddad, from the Gulf Labour Institute, "
     "where I am Senior Researcher.\nThanks\n", "en", ("Omar Haddad", "Senior Researcher", "Gulf Labour Institute")),
    ("Hello,\nI'd like to request a slot in roundtable 3. I'm Grace Mensah, with Migrant Rights Watch, where I work as "
     "legal officer.\nBest\n", "en", ("Grace Mensah", "legal officer", "Migrant Rights Watch")),
    ("تحية طيبة\nأرغب في المشاركة بمداخلة في الجلسة العامة. انا اسمي سامي خليل، من مركز الدراسات اللبنانية، حيث أشغل "
     "منصب مدير الأبحاث.\nشكرا\n", "ar", ("سامي خليل", "مدير الأبحاث", "مركز الدراسات اللبنانية")),
])
def test_a_post_at_the_body_in_the_senders_introduction(body: str, language: str, expected: tuple[str, str, str],
                                                        rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers[0]
    assert (sp.name, sp.title, sp.affiliation) == expected


@pytest.mark.parametrize(("body", "language"), [
    # the same clause saying where one lives or was born: no post
    ("Dear team,\nI would like to speak at the plenary session. I am Omar Haddad, from Amman, where I am happy to "
     "live.\nThanks\n", "en"),
    ("Bonjour,\nJe souhaite intervenir à la table ronde 1. Je m'appelle Leïla Mansouri, d'origine tunisienne, où je "
     "suis née.\nCordialement\n", "fr"),
    # the sender's own post, in a sentence proposing someone else: not the proposed speaker's
    ("Dear team,\nI am pleased to propose Mr. Omar Haddad, of the Gulf Labour Institute, where I am the coordinator, "
     "for the plenary session.\nThanks\n", "en"),
    ("Bonjour,\nJe suis heureuse de vous proposer M. Sami Trabelsi, de l'Association Horizons, où je suis "
     "coordinatrice, pour la table ronde 2.\nCordialement\n", "fr"),
])
def test_near_miss_where_i_am_without_a_post_or_about_another_gives_no_title(body: str, language: str,
                                                                            rules: ExtractRules) -> None:
    assert [sp.title for sp in run(message(body), rules, language=language).speakers] == [None]


# ---------------------------------------------------------------------------------------------
# A signature that names the organisation on the line under the name and the post on the line under that ("Reem X /
# Y Company / Head of Field Surveys / Beirut"): the post is the sender's title

_SIGNED = {"ar": "مرحبا،\nبدي شارك بمداخلة بالجلسة العامة يوم ٢٤ شباط اذا في مجال.\n\nشكرا كتير\n\n{}\n",
           "en": "Hello,\nI would like to speak at the plenary session if there is room.\n\nThanks\n\n{}\n",
           "fr": "Bonjour,\nJe souhaiterais intervenir lors de la table ronde 2.\n\nCordialement\n\n{}\n"}


@pytest.mark.parametrize(("language", "signature", "title", "affiliation"), [
    ("ar", "ريم حداد\nشركة المؤشر للأبحاث والإحصاء\nمديرة قسم المسوح الميدانية\nبيروت - لبنان",
     "مديرة قسم المسوح الميدانية", "شركة المؤشر للأبحاث والإحصاء"),
    ("ar", "سامر الخطيب\nجمعية النهوض الاجتماعي\nمنسق المشاريع", "منسق المشاريع", "جمعية النهوض الاجتماعي"),
    ("en", "Reem Haddad\nAl-Moasher Research Company\nHead of Field Surveys\nBeirut - Lebanon",
     "Head of Field Surveys", "Al-Moasher Research Company"),
    ("fr", "Nadia Ferchichi\nAssociation Tunisienne pour la Démographie\nChargée de projets\nTunis",
     "Chargée de projets", "Association Tunisienne pour la Démographie"),
])
def test_a_post_on_the_line_under_the_organisation_is_the_signers_title(language: str, signature: str, title: str,
                                                                        affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(_SIGNED[language].format(signature)), rules, language=language).speakers[0]
    assert (sp.title, sp.affiliation) == (title, affiliation)


def test_near_miss_a_line_under_the_organisation_naming_another_body_is_no_title(rules: ExtractRules) -> None:
    signature = "Reem Haddad\nAl-Moasher Research Company\nMember of the Arab Statistical Network"
    sp = run(message(_SIGNED["en"].format(signature)), rules, language="en").speakers[0]
    assert (sp.title, sp.affiliation) == (None, "Al-Moasher Research Company")


# The post the sender holds, said after where they are ("je suis au Centre X, où j'occupe le poste de Y", "I work at X,
# where I serve as Y", "I hold the position of Y at X", "حيث أشغل منصب Y")
@pytest.mark.parametrize(("body", "language", "sender", "expected"), [
    ("Bonjour,\nJe vous écris pour demander une prise de parole lors de la séance plénière.\nJe suis au Centre Nour "
     "pour la dignité des migrants, où j'occupe le poste de coordinatrice des programmes depuis 2018 ; notre centre "
     "est membre du Collectif.\nMerci\nRita Khoury\nCentre Nour - Achrafieh, Beyrouth\n", "fr", "Rita Khoury",
     ("coordinatrice des programmes", "Centre Nour pour la dignité des migrants")),
    ("Bonjour,\nJe souhaite intervenir en table ronde 2. Je suis à l'Association Amal Tunisie, où je suis la "
     "responsable du plaidoyer.\nMerci\nSonia Gharbi\n", "fr", "Sonia Gharbi",
     ("responsable du plaidoyer", "Association Amal Tunisie")),
    ("Bonjour,\nJe souhaite intervenir en table ronde 2. J'occupe le poste de chargée de mission au Réseau "
     "Euromed.\nMerci\nSonia Gharbi\n", "fr", "Sonia Gharbi", ("chargée de mission", "Réseau Euromed")),
    ("Dear team,\nI would like to speak at roundtable 2. I work at the Migrant Rights Centre, where I serve as legal "
     "officer.\nBest,\nPeter Otieno\n", "en", "Peter Otieno", ("legal officer", "Migrant Rights Centre")),
    ("Dear team,\nI would like to speak at roundtable 2. I hold the position of Programme Manager at Kenya Migrant "
     "Link.\nBest,\nPeter Otieno\n", "en", "Peter Otieno", ("Programme Manager", "Kenya Migrant Link")),
    ("تحية طيبة،\nأرغب في المشاركة في المائدة المستديرة الثانية. أشغل حاليا منصب مديرة مركز دراسات الهجرة.\n"
     "رنا حداد\n", "ar", "رنا حداد", ("مديرة", "مركز دراسات الهجرة")),
])
def test_the_post_the_sender_holds_after_where_they_are(body: str, language: str, sender: str,
                                                        expected: tuple[str, str], rules: ExtractRules) -> None:
    speakers = run(message(body, from_=f"{sender} <s@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [(sender, *expected)]


@pytest.mark.parametrize(("body", "language"), [
    # "je suis au bureau", "where I am a visitor": a place or a passing state, no post and no organisation
    ("Bonjour,\nJe souhaite intervenir en table ronde 2. Je suis au bureau demain, mais je suis disponible.\nMerci\n"
     "Sonia Gharbi\n", "fr"),
    ("Dear team,\nI would like to speak at roundtable 2. We met in Beirut, where I am a visitor this week.\nBest,\n"
     "Peter Otieno\n", "en"),
])
def test_near_miss_where_i_am_without_a_post_gives_no_title(body: str, language: str, rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Sender <s@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in speakers] == [(None, None)]


# The post written after the organisation ("Mme X, Collectif Y (CMDM), coordinatrice juridique"), and a post at a body
# that only points at the organisation named next ("Programme Officer at the same association, Kenya X Association")
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\nLe réseau souhaite proposer deux intervenants :\n- M. Youssef Amrani, Président de l'Association "
     "Chemins Ouverts -> séance plénière\n- Mme Khadija Bennani, Collectif Migrants Droits Maroc (CMDM), coordinatrice "
     "juridique -> table ronde 1\nCordialement\n", "fr",
     [("Youssef Amrani", "Président", "Association Chemins Ouverts"),
      ("Khadija Bennani", "coordinatrice juridique", "Collectif Migrants Droits Maroc (CMDM)")]),
    ("Bonjour,\nNous proposons Mme Awa Sow, Association des Femmes Migrantes, chargée de plaidoyer, pour la table "
     "ronde 1.\nCordialement\n", "fr", [("Awa Sow", "chargée de plaidoyer", "Association des Femmes Migrantes")]),
    ("Dear team,\nWe propose Ms. Grace Mwangi, Kenya Migrant Workers Association (KMWA), programme officer, for "
     "roundtable 2.\nBest\n", "en",
     [("Grace Mwangi", "programme officer", "Kenya Migrant Workers Association (KMWA)")]),
    ("Dear team,\nWe would like to propose Mary Wambui, Programme Officer at the same association, Kenya Domestic "
     "Workers Union, for roundtable 4.\nBest\n", "en",
     [("Mary Wambui", "Programme Officer", "Kenya Domestic Workers Union")]),
    ("Dear team,\nWe propose Mr. Tom Baraka, Field Officer at the organisation, Migrant Rights Network, for the "
     "plenary.\nBest\n", "en", [("Tom Baraka", "Field Officer", "Migrant Rights Network")]),
])
def test_a_post_after_its_organisation_or_at_one_named_next(body: str, language: str,
                                                           expected: list[tuple[str, str, str]],
                                                           rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == expected


@pytest.mark.parametrize(("body", "language", "expected"), [
    # a clause after the organisation says what it did, no post; a committee named before the body stays in the title
    ("Dear team,\nWe propose Ms. Grace Mwangi, Kenya Migrant Workers Association, which she founded in 2010, for "
     "roundtable 2.\nBest\n", "en", ("Grace Mwangi", None, "Kenya Migrant Workers Association")),
    ("Bonjour,\nNous proposons Mme Leila Mansouri, membre du Comité de pilotage, Collectif Amal, pour la table ronde "
     "1.\nCordialement\n", "fr", ("Leila Mansouri", "membre du Comité de pilotage", "Collectif Amal")),
])
def test_near_miss_no_post_after_the_organisation(body: str, language: str, expected: tuple[str, str | None, str],
                                                  rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [expected]


# ---------------------------------------------------------------------------------------------
# A bare post that opens a clause after the organisation and runs into the honorific ("l'Association X (AX),
# coordinatrice terrain Mme Y, souhaiterait ...", "The X Alliance, programme manager Mr. Y, would like ..."): the
# person's title. A word saying how the person belongs ("membre", "member") is no post.

@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Bonjour,\n\nL'Association Terre Solidaire (ATS), coordinatrice terrain Mme Rana Haddad, souhaiterait intervenir "
     "dans la table ronde 2.\n\nCordialement\nPaul\n", "fr",
     ("Rana Haddad", "coordinatrice terrain", "Association Terre Solidaire (ATS)")),
    ("Bonjour,\n\nLe Réseau Sahel Migrations, président M. Idrissa Koné, souhaite prendre la parole en plénière.\n\n"
     "Cordialement\nPaul\n", "fr", ("Idrissa Koné", "président", "Réseau Sahel Migrations")),
    ("Dear team,\n\nThe Gulf Domestic Workers Alliance, programme manager Mr. Ali Nasser, would like to speak in the "
     "plenary.\n\nBest\nTom\n", "en", ("Ali Nasser", "programme manager", "Gulf Domestic Workers Alliance")),
    ("Dear team,\n\nThe Migrant Rights Centre (MRC), field coordinator Ms. Rana Haddad, would like to speak in "
     "roundtable 2.\n\nBest\nTom\n", "en", ("Rana Haddad", "field coordinator", "Migrant Rights Centre (MRC)")),
    ("مرحبا\n\nتود جمعية الأمل للتنمية، منسقة ميدانية السيدة رنا حداد، المشاركة في المائدة المستديرة الثانية.\n\nشكرا\n"
     "هالة\n", "ar", ("رنا حداد", "منسقة ميدانية", "جمعية الأمل للتنمية")),
])
def test_a_bare_post_before_the_honorific_after_a_comma(body: str, language: str, expected: tuple[str, str, str],
                                                        rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in speakers] == [expected]


@pytest.mark.parametrize(("body", "language"), [
    ("Bonjour,\n\nLe Réseau Sahel Migrations, membre Mme Awa Diallo, souhaite prendre la parole en plénière.\n\n"
     "Cordialement\nPaul\n", "fr"),
    ("Dear team,\n\nThe Gulf Domestic Workers Alliance, member Mr. Ali Nasser, would like to speak in the plenary.\n\n"
     "Best\nTom\n", "en"),
])
def test_near_miss_membership_before_the_honorific_is_no_post(body: str, language: str, rules: ExtractRules) -> None:
    speakers = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [s.title for s in speakers] == [None]


# Labelled fields run on one line, a comma before each label ("name: X, title: Y, Organisation Z"): the label
# word is no part of the title, and an organisation written on after the title's comma is the affiliation
@pytest.mark.parametrize(("language", "body", "title", "org"), [
    ("en", "Hi,\nPlease add that I'd like to speak in the open discussion - Name: Omar Haddad, Title: Programme "
           "Officer, Migrant Workers Solidarity Network.\nThanks\n", "Programme Officer",
     "Migrant Workers Solidarity Network"),
    ("en", "Hello,\nI would like to volunteer as rapporteur - name: Lina Saleh, position: Regional Coordinator, "
           "Gulf Migrant Rights Coalition\nBest\n", "Regional Coordinator", "Gulf Migrant Rights Coalition"),
    ("fr", "Bonjour,\nJe souhaite intervenir dans la discussion ouverte - nom : Claire Mbaye, fonction : Chargée de "
           "projet, Association Sahel Migrations.\nMerci\n", "Chargée de projet", "Association Sahel Migrations"),
    ("ar", "مرحبا\nأرغب في المشاركة في النقاش المفتوح - الاسم: سامي حداد، الصفة: منسق البرامج، جمعية عمال المهاجرين\n"
           "شكرا\n", "منسق البرامج", "جمعية عمال المهاجرين"),
])
def test_a_label_after_a_comma_is_no_part_of_the_title(rules: ExtractRules, language: str, body: str, title: str,
                                                        org: str) -> None:
    (s,) = run(message(body), rules, language=language).speakers
    assert (s.title, s.affiliation) == (title, org)


def test_near_miss_a_label_word_after_a_comma_without_colon_stays_in_the_value(rules: ExtractRules) -> None:
    body = ("Hi,\nPlease register me for the open discussion.\nName: Omar Haddad\n"
            "Title: Head of Programmes, Organisation Development Unit\nThanks\n")
    (s,) = run(message(body), rules, language="en").speakers
    assert s.title is not None and s.title.startswith("Head of Programmes")
    assert s.affiliation != "Development Unit"


# ---------------------------------------------------------------------------------------------
# A consular post written after the name ("Mme X, Vice-Consule :", "Mr Y, Consul General,"): a title

@pytest.mark.parametrize(("body", "language", "title"), [
    ("Monsieur, Madame,\nLe Consulat général nous charge de vous proposer :\n- Mme Aminata Kaba TOURE, Vice-Consule : "
     "participation à la discussion ouverte du 23 février.\nCordialement,\nLe secrétariat\n", "fr", "Vice-Consule"),
    ("Dear colleagues,\nWe are pleased to nominate Mr. Ramon Santos, Consul General, to speak at roundtable 3.\n"
     "Best regards,\nProtocol Office\n", "en", "Consul General"),
    ("Bonjour,\nNous proposons M. Ousmane Diallo, Consul honoraire, pour intervenir à la table ronde 1.\n"
     "Cordialement,\nAwa\n", "fr", "Consul honoraire"),
    ("Dear team,\nPlease register Ms. Thandiwe Nkosi, Vice Consul for Labour Affairs, for the plenary session.\n"
     "Regards,\nJohn\n", "en", "Vice Consul for Labour Affairs"),
])
def test_a_consular_post_is_a_title(body: str, language: str, title: str, rules: ExtractRules) -> None:
    assert [s.title for s in run(message(body), rules, language=language).speakers] == [title]


def test_near_miss_the_consulate_after_a_post_stays_the_organisation(rules: ExtractRules) -> None:
    body = ("Bonjour,\nNous proposons M. Ousmane Diallo, attaché social au Consulat du Sénégal à Djeddah, pour "
            "intervenir à la table ronde 1.\nCordialement,\nAwa\n")
    sp = run(message(body), rules, language="fr").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("attaché social", "Consulat du Sénégal à Djeddah")]


# ---------------------------------------------------------------------------------------------
# A correction of the title, the right one after a colon and the wrong one set against it ("I would like to correct
# the title: Associate Professor, not Assistant Professor", "je corrige le titre : X et non Y", "أود تصحيح اللقب
# العلمي: أستاذ مشارك وليس أستاذ مساعد"): the right title, stated (so it replaces the one on file)

@pytest.mark.parametrize(("new", "language", "name", "title"), [
    ("Sorry, I need to correct the title: Senior Programme Officer, not Programme Officer.", "en", "Tarek Mansour",
     "Senior Programme Officer"),
    ("Une erreur s'est glissée, je corrige son titre : Coordinatrice régionale et non chargée de mission.", "fr",
     "Awa Diop", "Coordinatrice régionale"),
    ("إلحاقاً برسالتي، أود تصحيح اللقب العلمي: المدير الإقليمي وليس مدير البرامج كما ورد سهواً.", "ar", "نبيل حداد",
     "المدير الإقليمي"),
    ("One correction to his position: Head of Youth Programmes rather than Programme Officer.", "en", "Tarek Mansour",
     "Head of Youth Programmes"),
])
def test_a_corrected_title_set_against_the_wrong_one_is_the_right_one(new: str, language: str, name: str, title: str,
                                                                      rules: ExtractRules) -> None:
    body = f"{new}\n\nOn 1 Feb 2021, at 10:22, Sami Aziz <s@example.org> wrote:\n\n{_TITLED[language]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title, dict(s.provenance).get("title")) for s in speakers] == [(name, title, "statement")]


@pytest.mark.parametrize(("body", "language", "title"), [
    # near misses: "not" inside a post, and a comma before words that are no wrong title
    ("Dear team,\nWe propose Ms. Dana Aziz, Director of Not-for-Profit Partnerships, Arab Youth Network, for roundtable 2."
     "\nLina\n", "en", "Director of Not-for-Profit Partnerships"),
    ("Bonjour,\nNous proposons Mme Awa Diop, Responsable des personnes non accompagnées, Horizons Sahel, pour la table "
     "ronde 3.\nKarim\n", "fr", "Responsable des personnes non accompagnées"),
])
def test_near_miss_not_inside_a_title_cuts_nothing(body: str, language: str, title: str, rules: ExtractRules) -> None:
    assert [s.title for s in run(message(body), rules, language=language).speakers] == [title]


# ---------------------------------------------------------------------------------------------
# The one speaker's post in a sentence opening with a pronoun, with no article or an indefinite one, or the verb
# shortened ("He's Professor of X at Y", "She is a senior researcher at Y", "Elle est professeure de droit à Z",
# "وهو أستاذ القانون في ..."), also when the sender described themself before ("I'm a PhD candidate at ...")

@pytest.mark.parametrize(("body", "language", "name", "title"), [
    ("Dear organizers,\nMy name is Rania Odeh and I'm a PhD candidate at Amman Valley University.\nI'm writing to propose "
     "my supervisor, Prof. Samir Khoury, as a speaker in roundtable 4. He's Professor of Refugee Law at Amman Valley "
     "University.\nBest,\nRania Odeh\n", "en", "Samir Khoury", "Professor of Refugee Law"),
    ("Dear team,\nWe would like to propose Ms. Dana Aziz to speak in the plenary. She is a lecturer in migration "
     "studies at Carthage University.\nRegards,\nOmar\n", "en", "Dana Aziz", "lecturer in migration studies"),
    ("Bonjour,\nNous proposons Mme Leila Ben Salah pour intervenir à la table ronde 2. Elle est professeure de "
     "sociologie à l'Université de Sfax.\nCordialement,\nSami\n", "fr", "Leila Ben Salah", "professeure de sociologie"),
    ("تحية طيبة،\nنرشح الدكتور نبيل حداد للمشاركة في الجلسة العامة. وهو أستاذ القانون الدولي في جامعة الأمل.\nمع "
     "التحية،\nمنى\n", "ar", "نبيل حداد", "أستاذ القانون الدولي"),
])
def test_a_post_after_a_pronoun_without_article_is_the_speakers_title(body: str, language: str, name: str, title: str,
                                                                      rules: ExtractRules) -> None:
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title) for s in speakers if s.name == name] == [(name, title)]


@pytest.mark.parametrize(("body", "language"), [
    # near misses: the pronoun describes the person, it gives no post
    ("Dear team,\nWe propose Prof. Samir Khoury for the plenary. He is a strong advocate of migrants' rights.\nOmar\n",
     "en"),
    ("Bonjour,\nNous proposons Mme Leila Ben Salah pour la table ronde 2. Elle est très engagée auprès des migrants.\n"
     "Sami\n", "fr"),
    # what the person was is no post
    ("Dear team,\nWe propose Ms. Joy Santos for the open discussion. She is a former domestic worker and has been "
     "organizing household workers for years.\nOmar\n", "en"),
])
def test_near_miss_a_pronoun_describing_the_speaker_gives_no_title(body: str, language: str,
                                                                  rules: ExtractRules) -> None:
    assert [s.title for s in run(message(body), rules, language=language).speakers] == [None]


@pytest.mark.parametrize(("body", "language", "title"), [
    # the sender corrects their own title in a follow-up, signed with it, over the quoted proposal that gave the old one
    ("السادة المحترمون،\n\nإلحاقاً برسالتي السابقة، أود تصحيح اللقب العلمي: أستاذ مشارك وليس أستاذ مساعد كما ورد سهواً."
     "\n\nمع الشكر،\nسامر العبيدي\nأستاذ مشارك\nكلية الحقوق - جامعة الكوفة\n\nOn 1 Feb 2021, at 10:22, سامر العبيدي "
     "<s@example.org> wrote:\n\n> تحية طيبة،\n> يسعدني أن أعرب عن رغبتي في المشاركة بمداخلة في الجلسة العامة.\n"
     "> أعمل أستاذ مساعد في كلية الحقوق - جامعة الكوفة\n>\n> د. سامر عبد الله العبيدي\n", "ar", "أستاذ مشارك"),
    ("Dear team,\n\nFurther to my message, I would like to correct my title: Associate Professor, not Assistant "
     "Professor.\n\nBest,\nJohn Haddad\nAssociate Professor\nFaculty of Law, Cedar University\n\nOn 1 Feb 2021, at 10:22, "
     "John Haddad <s@example.org> wrote:\n\n> Dear team,\n> I would like to request a floor intervention in the plenary.\n"
     "> I am Assistant Professor at the Faculty of Law, Cedar University.\n>\n> Dr. John Haddad\n", "en",
     "Associate Professor"),
])
def test_a_sender_correcting_their_own_title_states_it(body: str, language: str, title: str,
                                                       rules: ExtractRules) -> None:
    speakers = run(message(body, subject="Re: Speaker", from_="X <s@example.org>"), rules, language=language).speakers
    assert [(s.title, dict(s.provenance).get("title")) for s in speakers] == [(title, "statement")]


# The speaker named in Arabic letters in the prose who signs in Latin letters: the signature's title is theirs
@pytest.mark.parametrize(("body", "sender", "title"), [
    ("مساء الخير،\n\nنود ترشيح السيدة فاطمة الزهراء بنعلي للمداخلة في المائدة المستديرة الأولى.\n\nمع الشكر\n\n--\n"
     "Fatima Zahra BENALI\nResponsable des programmes Migration & Genre\nRéseau Maghrébin Femmes et Migrations (RMFM)\n",
     "Fatima Zahra Benali <fz@example.org>", "Responsable des programmes Migration & Genre"),
    ("تحية طيبة،\n\nنقترح الدكتور سامي حداد للمداخلة في المائدة المستديرة الثانية.\n\nمع التقدير\n\nSami Haddad\n"
     "Executive Director\nMashreq Migration Institute\n", "Info <info@example.org>", "Executive Director"),
    ("السلام عليكم\n\nنرشح الأستاذة ليلى عمر للمشاركة في الجلسة العامة.\n\nشكرا\n\nLeila Omar\nCoordinatrice de projets\n"
     "Association Tawassol\n", "Leila Omar <lo@example.org>", "Coordinatrice de projets"),
])
def test_a_speaker_named_in_arabic_who_signs_in_latin_letters_has_the_signatures_title(
        rules: ExtractRules, body: str, sender: str, title: str) -> None:
    sp = run(message(body, from_=sender), rules, language="ar").speakers
    assert [s.title for s in sp] == [title]


def test_near_miss_another_persons_latin_signature_gives_no_title(rules: ExtractRules) -> None:
    body = ("تحية طيبة،\n\nنقترح الدكتور سامي حداد للمداخلة في المائدة المستديرة الثانية.\n\nمع التقدير\n\nLeila Haddad\n"
            "Executive Director\nMashreq Migration Institute\n")
    sp = run(message(body, from_="Leila <l@example.org>"), rules, language="ar").speakers
    assert [(s.name, s.title) for s in sp] == [("سامي حداد", None)]


# A post without an article that opens the sentence and runs to the comma before the honorific is the speaker's:
# "Secrétaire générale de la Fédération X (FX), Mme Y souhaiterait présenter ...", "Executive Director of Z, Ms W will"
@pytest.mark.parametrize(("language", "body", "title", "affiliation"), [
    ("fr", "Bonsoir,\n\nNous proposons une intervention lors de la table ronde n°1.\n\nSecrétaire générale de la Fédération "
           "des Associations de Solidarité (FAS), Mme Nadia Hamidi souhaiterait présenter notre travail.\n\nBien à vous,\n"
           "Samia\n", "Secrétaire générale", "Fédération des Associations de Solidarité (FAS)"),
    ("fr", "Bonjour,\n\nDirecteur exécutif du Centre d'Études sur les Migrations, M. Paul Ndiaye souhaite intervenir en "
           "plénière.\n\nCordialement,\nAwa\n", "Directeur exécutif", "Centre d'Études sur les Migrations"),
    ("en", "Dear all,\n\nWe would like to propose a speaker for roundtable 1.\n\nExecutive Director of the Migrant Rights "
           "Forum (MRF), Ms Jane Okoth would present our work.\n\nBest,\nSam\n", "Executive Director",
     "Migrant Rights Forum (MRF)"),
    ("en", "Hello,\n\nProgramme Manager at the Gulf Labour Observatory, Mr. Omar Saleh will take the floor in the "
           "plenary.\n\nRegards,\nDina\n", "Programme Manager", "Gulf Labour Observatory"),
])
def test_a_post_opening_the_sentence_before_the_name_is_the_speakers(rules: ExtractRules, language: str, body: str,
                                                                     title: str, affiliation: str) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_clause_opening_the_sentence_before_the_name_is_no_post(rules: ExtractRules) -> None:
    body = ("Dear all,\n\nFollowing our call with the Ministry of Labour, Ms Jane Okoth would like to speak in "
            "roundtable 2.\n\nBest,\nSam\n")
    sp = run(message(body), rules).speakers
    assert [(s.name, s.title) for s in sp] == [("Jane Okoth", None)]


# A post whose first words are no title word ("youth coordinator", "programme officer") at a body a strong preposition
# names, however many of the body's own words follow ("... at X Youth Network"): the post is the title
@pytest.mark.parametrize(("language", "piece", "title", "affiliation"), [
    ("en", "youth coordinator at Senegalese Youth Diaspora Network", "youth coordinator",
     "Senegalese Youth Diaspora Network"),
    ("en", "programme officer with the Arab Migrant Workers Network", "programme officer", "Arab Migrant Workers Network"),
    ("en", "Outreach Officer at the Gulf Domestic Workers Union", "Outreach Officer", "Gulf Domestic Workers Union"),
    ("fr", "chargée de plaidoyer au sein du Réseau Migrations et Développement", "chargée de plaidoyer",
     "Réseau Migrations et Développement"),
    ("fr", "animatrice jeunesse chez Association Jeunesse Sans Frontières", "animatrice jeunesse",
     "Association Jeunesse Sans Frontières"),
])
def test_a_post_at_a_body_named_after_a_strong_preposition(rules: ExtractRules, language: str, piece: str, title: str,
                                                           affiliation: str) -> None:
    opening = {"en": "Hello,\nWe would like to propose a speaker:\n\nAwa Diop, {}. She can speak at the open discussion.\n"
                     "\nThanks\nKhady\n",
               "fr": "Bonjour,\nNous proposons une intervenante :\n\nAwa Diop, {}. Elle interviendra en plénière.\n"
                     "\nCordialement\nKhady\n"}[language]
    sp = run(message(opening.format(piece)), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [("Awa Diop", title, affiliation)]


def test_near_miss_a_body_whose_name_holds_at_is_no_post(rules: ExtractRules) -> None:
    body = "Hello,\nWe would like to propose a speaker:\n\nAwa Diop, Friends at Home Network. She can speak at the " \
        "open discussion.\n\nThanks\nKhady\n"
    sp = run(message(body), rules).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [("Awa Diop", None, "Friends at Home Network")]


# A post written with its definite article, over a signature or after a name ("Le Président", "La Secrétaire générale",
# "The Director"): the post without the article
@pytest.mark.parametrize(("language", "body", "title"), [
    ("fr", "Monsieur,\nJ'ai l'honneur de solliciter une prise de parole lors de la discussion ouverte.\nVeuillez agréer, "
           "Monsieur, l'assurance de ma considération.\n\nLa Présidente\nAminata Koné\nAssociation des Maliens de Tunisie\n",
     "Présidente"),
    ("fr", "Monsieur,\nJe souhaite intervenir lors de la table ronde 3.\nCordialement\n\nMoussa Keita\nLe Secrétaire "
           "général\nUnion des Travailleurs Maliens\n", "Secrétaire général"),
    ("fr", "Bonjour,\nNous proposons M. Ibrahim Sow, le Trésorier de l'Union des Travailleurs Guinéens, pour la table "
           "ronde 3.\nCordialement\nAwa\n", "Trésorier"),
    ("en", "Dear Coordinator,\nI would like to request a speaking slot in the open discussion.\nBest regards,\n\nThe "
           "Director\nJohn Mensah\nGhana Migrants Association\n", "Director"),
])
def test_a_post_loses_its_definite_article(rules: ExtractRules, language: str, body: str, title: str) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [s.title for s in sp] == [title]


def test_near_miss_an_organisation_keeps_its_article(rules: ExtractRules) -> None:
    body = "Bonjour,\nJe souhaite intervenir lors de la table ronde 3.\nCordialement\n\nMoussa Keita\nJuriste\nLa Cimade\n"
    sp = run(message(body), rules, language="fr").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("Juriste", "La Cimade")]


# ---------------------------------------------------------------------------------------------
# A seat on the organisation's own governing body ("membre du conseil d'administration", "Member of the Board of
# Trustees"): the board is part of the title, not the speaker's organisation, which stays the proposing one

@pytest.mark.parametrize(("body", "language", "title"), [
    ("Chers collègues,\nLe Collectif des Femmes Migrantes (CFM) souhaite proposer M. Elie Saadé, membre du conseil "
     "d'administration, pour la table ronde 2.\nCordialement", "fr", "membre du conseil d'administration"),
    ("Dear colleagues,\nThe Gulf Workers Network would like to nominate Ms Amal Saleh, Member of the Board of Trustees, "
     "for the plenary.\nBest regards", "en", "Member of the Board of Trustees"),
    ("Dear team,\nThe Migrant Aid Association proposes Mr. John Karam, member of the Executive Committee, to speak at "
     "roundtable 1.\nRegards", "en", "member of the Executive Committee"),
])
def test_a_seat_on_the_board_stays_in_the_title(rules: ExtractRules, body: str, language: str, title: str) -> None:
    fields = run(message(body), rules, language=language)
    sp = fields.speakers[0]
    assert sp.title == title
    assert sp.affiliation is None or not any(w in sp.affiliation.lower() for w in ("board", "conseil", "committee"))


def test_near_miss_a_council_that_is_a_body_of_its_own_is_the_organisation(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe would like to nominate Ms Amal Saleh, Member of the National Council for Human Rights, "
            "for the plenary.\nBest regards")
    sp = run(message(body), rules).speakers[0]
    assert (sp.title, sp.affiliation) == ("Member", "National Council for Human Rights")


# ---------------------------------------------------------------------------------------------
# A post written as its initials after a possessive ("our SG, Dana X", "notre SG, M. Y", "our DG, Mr Z"), like "CEO"
# and "PDG": the initials are the title, the name after the comma the speaker, not the sender who signs. "ED" is left
# out: the title words are matched without case, and "Ed" is a first name (the near-miss below)
@pytest.mark.parametrize(("language", "body", "name", "title"), [
    ("en", "Hi,\nwe would like to request a floor intervention for our SG, Maha Saleh, in the plenary.\nthanks!\n"
           "Omar\n\nOmar Nasser | Research Lead\nGulf Workers Watch\n", "Maha Saleh", "SG"),
    ("fr", "Bonjour,\nNous proposons notre DG, Mme Leila Haddad, pour la discussion ouverte.\nCordialement,\n"
           "Karim Fares\nAssistant\n", "Leila Haddad", "DG"),
    ("fr", "Bonsoir,\nLe Collectif Tunisien pour les Migrants souhaite que notre SG, M. Hatem Jlassi, prenne part à la "
           "table ronde 2.\nMerci,\nSana Gharbi\nchargée de projet\n", "Hatem Jlassi", "SG"),
    ("en", "Dear team,\nWe propose our DG, Mr. Fadi Karam, to speak at roundtable 4.\nBest,\nRita Aoun\n"
           "Programme Officer\nLebanese Migration Forum\n", "Fadi Karam", "DG"),
])
def test_a_post_written_as_initials_is_the_title(rules: ExtractRules, language: str, body: str, name: str,
                                                title: str) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title) for s in sp] == [(name, title)]


def test_near_miss_ed_as_a_first_name_is_no_title(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWe would like to nominate Ed Collins, our Policy Adviser, to speak at roundtable 2.\n" \
        "Best,\nAnna\n"
    sp = run(message(body), rules).speakers
    assert [(s.name, s.title) for s in sp] == [("Ed Collins", "Policy Adviser")]


def test_near_miss_a_directorate_general_named_dg_stays_in_the_affiliation(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWe would like to nominate Ms Clara Rossi, Policy Officer at DG HOME, to speak at " \
        "roundtable 3.\nBest,\nPeter\n"
    sp = run(message(body), rules).speakers
    assert [(s.name, s.title) for s in sp] == [("Clara Rossi", "Policy Officer")]


# ---------------------------------------------------------------------------------------------
# A reply that gives only the missing detail in a sentence or a label ("Her title is Programme Officer", "Fonction :
# chargée de plaidoyer", "مسماها الوظيفي هو ..."), above the secretariat's question and the proposal it answers: the
# detail is the quoted proposal's one speaker's, not the sender's who signs the reply; "my title is X at Y" is the
# sender's own

def _asked_then_proposed(new: str, asked: str, proposal: str) -> str:
    """A reply over the secretariat's question, itself over the proposal it asks about."""
    return (f"{new}\n\nOn 1 Feb 2021, at 13:02, GCM Secretariat <gcmrrarabstates@iom.int> wrote:\n\n> {asked}\n>\n"
            f"> On 29 Jan 2021, at 10:12, Sami Aziz <s@example.org> wrote:\n>\n>> {proposal}\n>>\n>> Sami\n")


@pytest.mark.parametrize(("new", "asked", "proposal", "language", "name", "title"), [
    ("Her title is Programme Officer.\n\nBest,\nSami", "Could you please confirm Ms. Qasem's title?",
     "We would like to propose Ms. Dana Qasem, of the Workers' Rights Collective, for a roundtable.", "en",
     "Dana Qasem", "Programme Officer"),
    ("Son titre est : chargé de mission.\n\nCordialement,\nSami", "Pourriez-vous nous préciser la fonction de M. Diallo ?",
     "Nous proposons M. Moussa Diallo, de l'association Horizons Sahel, pour la plénière.", "fr",
     "Moussa Diallo", "chargé de mission"),
    ("مسماها الوظيفي هو منسقة مشاريع.\n\nمع التحية،\nسامي", "هل يمكنكم تأكيد المسمى الوظيفي للسيدة ريم؟",
     "نرشح السيدة ريم الخطيب من جمعية الأمل للمشاركة في الجلسة العامة.", "ar", "ريم الخطيب", "منسقة مشاريع"),
])
def test_a_stated_title_under_the_secretariats_question_is_the_proposed_speakers(
        new: str, asked: str, proposal: str, language: str, name: str, title: str, rules: ExtractRules) -> None:
    body = _asked_then_proposed(new, asked, proposal)
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


@pytest.mark.parametrize(("new", "language", "name", "title"), [
    ("Bonjour,\n\nFonction : chargée de plaidoyer\n\nCordialement", "fr", "Awa Diop", "chargée de plaidoyer"),
    ("Hello,\n\nTitle: Senior Protection Officer\n\nThanks", "en", "Awa Diop", "Senior Protection Officer"),
    ("مرحبا،\n\nالمسمى الوظيفي: منسقة برامج\n\nشكرا", "ar", "Awa Diop", "منسقة برامج"),
])
def test_a_title_label_alone_in_a_reply_is_the_proposed_speakers(new: str, language: str, name: str, title: str,
                                                                 rules: ExtractRules) -> None:
    body = _asked_then_proposed(new, "Could you give us Ms. Diop's title?",
                                "We propose Ms. Awa Diop, of Horizons Sahel, for the plenary.")
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title, s.roles) for s in speakers] == [(name, title, ("plenary",))]


def test_near_miss_a_title_label_under_two_proposed_speakers_is_given_to_neither(rules: ExtractRules) -> None:
    body = _asked_then_proposed("Title: Senior Protection Officer", "Could you give us the titles?",
                                "We propose Ms. Awa Diop and Mr. Tarek Mansour, of Horizons Sahel, for the plenary.")
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules).speakers
    assert all(s.name not in ("Awa Diop", "Tarek Mansour") or s.title != "Senior Protection Officer" for s in speakers)


@pytest.mark.parametrize(("new", "language", "sender", "title"), [
    ("Happy to confirm. For your records my title is Advocacy & Outreach Coordinator at MDWSC.", "en",
     "Maya Salameh", "Advocacy & Outreach Coordinator"),
    ("Je confirme ma participation. Ma fonction est celle de coordinatrice régionale.", "fr", "Awa Diop",
     "coordinatrice régionale"),
    ("أؤكد مشاركتي، ومسماي الوظيفي هو مديرة البرامج في الجمعية.", "ar", "ريم الخطيب", "مديرة البرامج"),
])
def test_my_title_is_in_a_reply_is_the_senders_own(new: str, language: str, sender: str, title: str,
                                                   rules: ExtractRules) -> None:
    body = (f"{new}\n\nOn 1 Feb 2021, at 14:30, Pieter Berg <p@example.nl> wrote:\n\n> Dear colleagues,\n> Allow me to "
            f"bring to your attention {sender}, who would make a valuable contribution to roundtable 2.\n>\n> Pieter\n")
    speakers = run(message(body, subject="Re: Speaker", from_=f"{sender} <x@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(sender, title)]


def test_near_miss_my_title_said_of_the_future_gives_no_title(rules: ExtractRules) -> None:
    body = "My title is not settled yet, I will confirm it next week.\n\nBest,\nMaya Salameh\n"
    speakers = run(message(body, from_="Maya Salameh <m@example.org>"), rules).speakers
    assert all(s.title is None for s in speakers)


@pytest.mark.parametrize(("new", "language", "name", "title"), [
    ("Apologies for the omission. The title is: Head of Legal Aid.", "en", "Dana Qasem", "Head of Legal Aid"),
    ("Désolé pour l'oubli. La fonction est : coordinatrice des programmes.", "fr", "Dana Qasem",
     "coordinatrice des programmes"),
    ("Sorry! The exact title is: Senior Field Officer", "en", "Dana Qasem", "Senior Field Officer"),
])
def test_the_title_is_with_a_colon_in_a_reply_is_the_proposed_speakers(new: str, language: str, name: str, title: str,
                                                                       rules: ExtractRules) -> None:
    body = _asked_then_proposed(new, "Could you please confirm the title of Ms. Qasem?",
                                "We would like to propose Ms. Dana Qasem, of the Workers' Rights Collective, for a roundtable.")
    speakers = run(message(body, subject="Re: Speaker", from_="Rania Khoury <r@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


def test_near_miss_the_title_of_a_report_in_a_reply_is_no_speakers_title(rules: ExtractRules) -> None:
    body = _asked_then_proposed("The title is still being finalised; we will send the report on Friday.",
                                "Could you please confirm the title of your report?",
                                "We would like to propose Ms. Dana Qasem, Legal Officer, for a roundtable.")
    speakers = run(message(body, subject="Re: Speaker", from_="Rania Khoury <r@example.org>"), rules).speakers
    assert all(s.title != "still being finalised" and not (s.title or "").startswith("The title") for s in speakers)


# Where the person comes from, set off between the name and the post ("M. X, d'origine camerounaise, président du Y",
# "Ms X, originally from Sudan, chair of Y", "السيد X، من أصل تشادي، رئيس Y"): an aside about the person, no title and
# no organisation ("من" leads to a body elsewhere); the post after it is the title
@pytest.mark.parametrize(("language", "body", "person"), [
    ("fr", "Bonjour,\nNous proposons :\n- M. Paul Mbarga, d'origine camerounaise, président et porte-parole du Collectif "
           "des Communautés de Tanger (CCT), pour la discussion ouverte.\nCordialement\nElie\n",
     ("Paul Mbarga", "président et porte-parole", "Collectif des Communautés de Tanger (CCT)")),
    ("fr", "Bonjour,\nNous souhaitons proposer Mme Awa Diop, originaire du Sénégal, coordinatrice de l'Association des "
           "Femmes Migrantes de Rabat, pour la table ronde 2.\nCordialement\nSara\n",
     ("Awa Diop", "coordinatrice", "Association des Femmes Migrantes de Rabat")),
    ("en", "Dear team,\nWe would like to nominate Ms. Halima Yusuf, originally from Sudan, chair of the Cairo Refugee "
           "Women Network, to speak in the plenary.\nBest\nJohn\n",
     ("Halima Yusuf", "chair", "Cairo Refugee Women Network")),
    ("ar", "مرحبا\nنقترح للنقاش المفتوح:\n- السيد آدم عيسى، من أصل تشادي، رئيس جمعية الجالية التشادية في بنغازي\nشكرا\nسامي\n",
     ("آدم عيسى", "رئيس", "جمعية الجالية التشادية في بنغازي")),
])
def test_an_origin_between_name_and_post_is_no_title(rules: ExtractRules, language: str, body: str,
                                                     person: tuple[str, str, str]) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [person]


def test_near_miss_from_and_a_body_after_the_name_stays_the_affiliation(rules: ExtractRules) -> None:
    body = "مرحبا\nنقترح للنقاش المفتوح:\n- السيد آدم عيسى، من جمعية الجالية التشادية في بنغازي\nشكرا\nسامي\n"
    sp = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.affiliation) for s in sp] == [("آدم عيسى", "جمعية الجالية التشادية في بنغازي")]


# A post and its body before the honorific, the body's acronym in brackets just before the comma ("La présidente de
# l'Association X (AX), Mme Y, souhaiterait", "Secrétaire générale de l'Union X (UX), Mme Y", "The Director of the X
# (GX), Ms. Y, would like"), a word of the body's name after an elided article ("l'Association") or the body's name
# holding "en" ("Solidarité en Méditerranée"): the post is the title and the body the affiliation
@pytest.mark.parametrize(("language", "sentence", "person"), [
    ("fr", "La présidente de l'Association des Femmes de Tanger (AFT), Mme Leila Amrani, souhaiterait intervenir à la "
           "table ronde 2.", ("Leila Amrani", "présidente", "Association des Femmes de Tanger (AFT)")),
    ("fr", "Le coordinateur de l'Observatoire des Migrations en Méditerranée (OMM), M. Paul Ndiaye, souhaite prendre la "
           "parole en séance plénière.", ("Paul Ndiaye", "coordinateur", "Observatoire des Migrations en Méditerranée (OMM)")),
    ("fr", "Secrétaire générale de l'Union des Travailleurs en Exil (UTE), Mme Amina Sall souhaiterait intervenir à la "
           "table ronde 3.", ("Amina Sall", "Secrétaire générale", "Union des Travailleurs en Exil (UTE)")),
    ("en", "The Director of the Gulf Labour Observatory (GLO), Ms. Sara Nasser, would like to speak at the plenary "
           "session.", ("Sara Nasser", "Director", "Gulf Labour Observatory (GLO)")),
])
def test_a_post_of_a_body_with_its_acronym_before_the_honorific(rules: ExtractRules, language: str, sentence: str,
                                                                person: tuple[str, str, str]) -> None:
    sp = run(message(f"Bonjour,\n\n{sentence}\n\nCordialement,\nOmar\n"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [person]


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Avec le soutien de l'Association des Femmes de Tanger (AFT), Mme Leila Amrani souhaiterait intervenir à la "
           "table ronde 2."),
    ("en", "With the support of the Gulf Labour Observatory (GLO), Ms. Sara Nasser would like to speak at the plenary "
           "session."),
])
def test_near_miss_a_body_with_its_acronym_before_the_honorific_gives_no_title(rules: ExtractRules, language: str,
                                                                             sentence: str) -> None:
    sp = run(message(f"Bonjour,\n\n{sentence}\n\nCordialement,\nOmar\n"), rules, language=language).speakers
    assert [s.title for s in sp] == [None]


# The post held at the body just named, in a clause after it ("M. X, du Collectif Y (CY), où il est responsable du
# pôle juridique", "Ms X, from the Y Centre, where she is Legal Officer", "السيدة X، من جمعية Y، حيث تعمل منسقة
# المناصرة"): the post is the title, the body the affiliation
@pytest.mark.parametrize(("language", "sentence", "person"), [
    ("fr", "Je vous propose notre collègue Mme Khadija Brahim, de l'Observatoire des Migrations au Sahel (OMS), où elle "
           "est responsable du pôle juridique, pour la table ronde 3.",
     ("Khadija Brahim", "responsable du pôle juridique", "Observatoire des Migrations au Sahel (OMS)")),
    ("fr", "L'intervenant serait M. Karim Belkacem, du Collectif algérien pour les droits des migrants (CADM), où il est "
           "coordinateur régional. Il parlera des refoulements.",
     ("Karim Belkacem", "coordinateur régional", "Collectif algérien pour les droits des migrants (CADM)")),
    ("en", "We would like to propose Ms. Grace Mensah, from the Accra Migrant Rights Centre, where she is Legal Officer, "
           "for roundtable 2.", ("Grace Mensah", "Legal Officer", "Accra Migrant Rights Centre")),
    ("en", "We would like to propose Mr. Samuel Owusu, Tema Fishers Union, where he is Programme Coordinator, for "
           "roundtable 2.", ("Samuel Owusu", "Programme Coordinator", "Tema Fishers Union")),
    ("ar", "نقترح السيدة ريم حداد، من جمعية الأمل للتنمية، حيث تعمل منسقة المناصرة، للمشاركة في المائدة المستديرة الثانية.",
     ("ريم حداد", "منسقة المناصرة", "جمعية الأمل للتنمية")),
])
def test_a_post_in_a_clause_after_the_body(rules: ExtractRules, language: str, sentence: str,
                                           person: tuple[str, str, str]) -> None:
    sp = run(message(f"Bonjour,\n\n{sentence}\n\nCordialement,\nOmar\n"), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp] == [person]


@pytest.mark.parametrize(("language", "sentence"), [
    ("fr", "Nous proposons M. Karim Belkacem, du Collectif algérien pour les droits des migrants (CADM), où il est arrivé "
           "en 2015, pour la plénière."),
    ("en", "We would like to propose Ms. Grace Mensah, from the Accra Migrant Rights Centre, where she is working on "
           "labour cases, for roundtable 2."),
])
def test_near_miss_a_clause_after_the_body_without_a_post_gives_no_title(rules: ExtractRules, language: str,
                                                                        sentence: str) -> None:
    sp = run(message(f"Bonjour,\n\n{sentence}\n\nCordialement,\nOmar\n"), rules, language=language).speakers
    assert [s.title for s in sp] == [None]


# ---------------------------------------------------------------------------------------------
# A barred signature line "Name | Post, second post or unit | Organisation": the bar, not the comma, ends the title

@pytest.mark.parametrize(("language", "body", "title", "affiliation"), [
    ("en", "Hi,\n\nI would like to request a slot in roundtable 4.\n\nThanks\nZiad\n\nZiad Karam | Municipal Councillor, Head "
           "of Social Affairs Committee | Municipality of Zahle\n", "Municipal Councillor, Head of Social Affairs Committee",
     "Municipality of Zahle"),
    ("en", "Hi,\n\nI would like to speak in roundtable 2.\n\nThanks\nAmal\n\nAmal Nasser | Legal Officer, Head of Migrant "
           "Desk | Jordan Migrant Workers Association\n", "Legal Officer, Head of Migrant Desk", "Jordan Migrant Workers Association"),
    ("fr", "Bonjour,\n\nJe souhaite intervenir à la table ronde 2.\n\nMerci\nSalma\n\nSalma Idrissi | Conseillère "
           "municipale, Présidente de la commission sociale | Commune de Tanger\n",
     "Conseillère municipale, Présidente de la commission sociale", "Commune de Tanger"),
    ("ar", "مرحبا\n\nبدي احكي بالطاولة المستديرة التانية.\n\nشكرا\nهالة\n\nهالة منصور | منسقة برامج، رئيسة لجنة المناصرة | "
           "جمعية الغد\n", "منسقة برامج، رئيسة لجنة المناصرة", "جمعية الغد"),
])
def test_a_barred_signature_cell_keeps_both_posts_in_the_title(language: str, body: str, title: str, affiliation: str,
                                                             rules: ExtractRules) -> None:
    sp = run(message(body, from_="Sender <sender@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_an_acronym_after_the_comma_in_the_cell_is_no_second_post(rules: ExtractRules) -> None:
    body = ("Hi,\n\nI would like to speak in roundtable 2.\n\nThanks\nAmal\n\nAmal Nasser | Legal Officer, JMWA | Jordan "
            "Migrant Workers Association\n")
    sp = run(message(body, from_="Sender <sender@example.org>"), rules).speakers
    assert [s.title for s in sp] == ["Legal Officer"]


# ---------------------------------------------------------------------------------------------
# A signature line that writes the organisation first and the post after it ("Associazione X (AX), Vice President",
# "Réseau Y – Secrétaire général", "جمعية Z، أمينة الصندوق"): the post is the signer's title

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear organisers,\nI would like to volunteer as rapporteur for the plenary.\nBest wishes,\n\nNadia Ferri\n"
     "Associazione Migranti Uniti (AMU), Vice President\nTorino, Italy\n", "en", "Vice President",
     "Associazione Migranti Uniti (AMU)"),
    ("Bonjour,\nJe souhaite intervenir lors de la table ronde 3.\nCordialement,\n\nKarim Ziani\n"
     "Réseau Solidarité Diaspora – Secrétaire général\n", "fr", "Secrétaire général", "Réseau Solidarité Diaspora"),
    ("Dear colleagues,\nI wish to take the floor in the open discussion.\nRegards,\n\nAmal Saeed\n"
     "Gulf Migrant Rights Forum, Programme Manager\n", "en", "Programme Manager", "Gulf Migrant Rights Forum"),
])
def test_a_post_after_the_organisation_on_its_signature_line(body: str, language: str, title: str, affiliation: str,
                                                             rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_town_after_the_organisation_is_no_title(rules: ExtractRules) -> None:
    body = ("Hello,\nI would like to volunteer as rapporteur for the plenary.\nBest wishes,\n\nNadia Ferri\n"
            "Associazione Migranti Uniti (AMU), Torino\n")
    sp = run(message(body), rules, language="en").speakers
    assert [(s.title, s.affiliation) for s in sp] == [(None, "Associazione Migranti Uniti (AMU)")]


def test_near_miss_the_name_an_acronym_stands_for_is_no_title(rules: ExtractRules) -> None:
    body = ("Hello,\nI would like to serve as rapporteur.\nThanks a lot,\n\nRana Odeh\n"
            "SMRN - Student Migrant Rights Network\nAmman, Jordan\n")
    sp = run(message(body), rules, language="en").speakers
    assert [s.title for s in sp] == [None]


# ---------------------------------------------------------------------------------------------
# A post in a council, committee or unit of the body that proposes: the council stays in the title and the body is the
# affiliation ("Président du Conseil communal" of the Commune de X, "Head of the Women Workers' Committee" of the
# federation, "رئيس المجلس البلدي لبلدية X")

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Bonjour,\nVeuillez trouver ci-joint le rapport de la Commune de Tiznit.\nPar ailleurs, M. Rachid Amrani, Président "
     "du Conseil municipal, souhaiterait intervenir en séance plénière.\n\nCordialement,\nSanae Alaoui\n"
     "Chef du Service de la Coopération\nCommune de Tiznit\n", "fr", "Président du Conseil municipal",
     "Commune de Tiznit"),
    ("Dear Sir/Madam,\nThe Municipality of Irbid is pleased to propose Mr. Khaled Obeidat, Deputy Head of the Municipal "
     "Council, as a speaker in roundtable 4.\n\nSincerely,\nDana Hijazi\nMunicipality of Irbid\n", "en",
     "Deputy Head of the Municipal Council", "Municipality of Irbid"),
    ("Madame, Monsieur,\nNous proposons Mme Leila Bennis, 2ème Vice-Présidente du Conseil communal chargée de la "
     "migration, pour la table ronde 3.\n\nSalutations distinguées,\nOmar Fikri\nChef de la Division sociale\n"
     "Commune de Safi\n", "fr", "2ème Vice-Présidente du Conseil communal chargée de la migration", "Commune de Safi"),
    ("Dear colleagues,\nOn behalf of the General Union of Port Workers (GUPW), we propose Ms. Amina Yusuf, Chair of the "
     "Young Workers' Committee, for the floor in roundtable 1.\n\nIn solidarity,\nSaid Ali\nGUPW\n", "en",
     "Chair of the Young Workers' Committee", "General Union of Port Workers (GUPW)"),
    ("Dear team,\nWe would like to nominate Mr. Fadi Karam, Treasurer of the Bar Council, for the plenary.\n\nBest "
     "regards,\nMaya Saad\nTripoli Bar Association\n", "en", "Treasurer of the Bar Council", "Tripoli Bar Association"),
    ("تحية طيبة،\nيسرنا ترشيح السيد خليل منصور، رئيس المجلس البلدي لبلدية جبيل، للمشاركة في الجلسة العامة.\n"
     "مع الشكر\nرنا عون\n", "ar", "رئيس المجلس البلدي", "بلدية جبيل"),
    ("السادة المحترمين،\nيتشرف الاتحاد العام لعمال البناء بترشيح السيدة هالة النجار، رئيسة لجنة المرأة العاملة، "
     "للمشاركة في المائدة المستديرة الأولى.\nمع التحية\nسمير داود\nالاتحاد العام لعمال البناء\n", "ar",
     "رئيسة لجنة المرأة العاملة", "الاتحاد العام لعمال البناء"),
    ("تحية طيبة،\nنرشح الزميلة لينا عوض، رئيسة لجنة الدفاع عن الصحفيين بنقابة الصحفيين الأردنيين، للمداخلة في المائدة "
     "المستديرة الثانية.\nمع التحية\nأحمد\n", "ar", "رئيسة لجنة الدفاع عن الصحفيين", "نقابة الصحفيين الأردنيين"),
])
def test_a_post_in_a_council_of_the_body(body: str, language: str, title: str, affiliation: str,
                                         rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    # a national committee is a body of its own: the post is held at it
    ("Dear colleagues,\nOn behalf of the Arab Workers Forum, we nominate Dr. Omar Nasser, Chair of the National "
     "Committee for Migrant Workers, to speak at roundtable 1.\n\nRegards,\nSara Ali\nArab Workers Forum\n", "en",
     "Chair", "National Committee for Migrant Workers"),
    # no other body named: the committee is all the message gives
    ("Dear colleagues,\nWe nominate Ms. Joy Mensah, Chair of the Domestic Workers' Committee, for roundtable 2.\n"
     "Regards,\nJoy\n", "en", "Chair", "Domestic Workers' Committee"),
    # a committee given as the organisation, with no post written of it (and its town): a group of its own
    ("Dear colleagues,\nOn behalf of the Migrant Support Network (MSN), we nominate:\n\nName: Ms. Achol Deng\n"
     "Position: Community Mobiliser\nOrganisation: Eritrean Women's Committee – Khartoum\n\nBest,\nAmal Idris\n"
     "MSN\n", "en", "Community Mobiliser", "Eritrean Women's Committee"),
    # a mayor whose council is written with its municipality: the post is not one in the council
    ("تحية طيبة،\nيتشرف المجلس البلدي لبلدية الكفرة بترشيح:\n1- السيد/ فرج العبيدي – عميد البلدية – لإلقاء مداخلة في "
     "الجلسة العامة.\nمع التحية\nمكتب العلاقات العامة\nالمجلس البلدي لبلدية الكفرة – ليبيا\n", "ar", "عميد البلدية",
     "المجلس البلدي لبلدية الكفرة"),
    # the committee is the one that writes ("أمين سر اللجنة"), named with its body: the committee and its body
    ("السادة المحترمين،\nنرفق لكم تقرير لجنة حقوق العمال بنقابة المهندسين في صيدا.\nونرشح المهندس سامي حداد، رئيس لجنة "
     "حقوق العمال، للمشاركة في المائدة المستديرة الثانية.\nوتفضلوا بقبول الاحترام\nأمين سر اللجنة\nرامي خوري\n", "ar",
     "رئيس لجنة حقوق العمال", "لجنة حقوق العمال بنقابة المهندسين"),
    # a council with a name of its own is the affiliation
    ("Bonjour,\nNous proposons M. Ahmed Sall, Président du Conseil de la Jeunesse Sénégalaise, pour la table ronde 2.\n"
     "Cordialement,\nAwa Ba\nUnion des associations sénégalaises\n", "fr", "Président",
     "Conseil de la Jeunesse Sénégalaise"),
])
def test_near_miss_a_council_or_committee_of_its_own_stays_the_affiliation(body: str, language: str, title: str,
                                                                          affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_committee_of_a_neighbourhood_keeps_its_place(rules: ExtractRules) -> None:
    # "بـ" before a place, not a body: the committee is the group itself
    body = ("تحية طيبة،\nنرشح السيدة رحاب يوسف، رئيسة لجنة الحماية المجتمعية بحي النزهة، للمداخلة في الجلسة العامة.\n"
            "مع التحية\nسلمى\n")
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language="ar").speakers
    assert [s.affiliation for s in sp] == ["لجنة الحماية المجتمعية بحي النزهة"]


def test_near_miss_a_title_line_over_a_faculty_line_keeps_the_faculty(rules: ExtractRules) -> None:
    # the post on a signature line of its own is not written "of" the faculty on the next one
    body = ("السلام عليكم،\nأرغب في المشاركة بمداخلة في الجلسة العامة عن موضوع الهجرة الداخلية.\nمع الشكر،\n"
            "سعد الكبيسي\nأستاذ مساعد\nكلية القانون بجامعة الكوفة\n")
    sp = run(message(body, from_="سعد الكبيسي <saad@example.org>"), rules, language="ar").speakers
    assert [(s.title, s.affiliation) for s in sp] == [("أستاذ مساعد", "كلية القانون بجامعة الكوفة")]


# a post in the proposing body's own secretariat, named by its rank alone: the post keeps it, the body is the affiliation
@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Bonjour,\nAu nom de l'Observatoire national des migrations (ONM), nous proposons Mme Awa Ndiaye, conseillère "
     "auprès du Secrétariat général, pour la table ronde 3.\nCordialement,\nPaul Sarr\nONM\n", "fr",
     "conseillère auprès du Secrétariat général", "Observatoire national des migrations (ONM)"),
    ("Dear colleagues,\nThe Arab Labour Forum would like to nominate Mr. John Kamau, Senior Adviser, General "
     "Secretariat, for the plenary.\nBest,\nLina\nArab Labour Forum\n", "en", "Senior Adviser, General Secretariat",
     "Arab Labour Forum"),
    ("تحية طيبة،\nيتشرف الاتحاد العربي لعمال النقل بترشيح السيد ماجد الحسن، مستشار الأمانة العامة، للمداخلة في الجلسة "
     "العامة.\nمع التحية\nسامر\nالاتحاد العربي لعمال النقل\n", "ar", "مستشار الأمانة العامة", "الاتحاد العربي لعمال النقل"),
])
def test_a_post_in_the_bodys_secretariat(body: str, language: str, title: str, affiliation: str,
                                         rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_secretariat_with_its_body_stays_the_affiliation(rules: ExtractRules) -> None:
    body = ("Bonjour,\nNous proposons Mme Awa Ndiaye, conseillère auprès du Secrétariat général de la Ligue des droits "
            "humains, pour la table ronde 3.\nCordialement,\nPaul Sarr\nUnion des associations\n")
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language="fr").speakers
    assert [s.title for s in sp] == ["conseillère"]


# two posts on one line after a comma, the second opening with a title word ("Avocate, responsable du pôle X"): the
# title keeps both as written, whether or not an organisation's line follows
@pytest.mark.parametrize(("body", "language", "title"), [
    ("Bonjour,\nJe souhaiterais intervenir lors de la table ronde 2.\nCordialement,\n\n--\nKarima Haddad\n"
     "Juriste, responsable de la cellule d’écoute\nTunis, Tunisie\n", "fr", "Juriste, responsable de la cellule d’écoute"),
    ("تحية طيبة،\nأرغب في المشاركة بمداخلة في الجلسة العامة.\nمع الشكر،\n\nسلمى يوسف\nمحامية، عضو لجنة الحريات\nعمّان\n",
     "ar", "محامية، عضو لجنة الحريات"),
    ("Bonjour,\nNous vous proposons pour la table ronde 3 :\nBENALI Ahmed, Enseignant de mathématiques, coordinateur du "
     "réseau des enseignants migrants\n\nCordialement.\nLe bureau\n", "fr",
     "Enseignant de mathématiques, coordinateur du réseau des enseignants migrants"),
    ("Dear colleagues,\nI would like to speak in the open discussion.\nBest regards,\n\nDaniel Mensah\n"
     "Lawyer, head of the legal aid desk\nAccra, Ghana\n", "en", "Lawyer, head of the legal aid desk"),
])
def test_a_second_post_after_a_comma_stays_in_the_title(body: str, language: str, title: str,
                                                         rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [s.title for s in sp] == [title]


@pytest.mark.parametrize(("body", "language", "title"), [
    # a town after the comma is no post
    ("Bonjour,\nJe souhaiterais intervenir lors de la table ronde 2.\nCordialement,\n\n--\nKarima Haddad\nJuriste, Tunis\n",
     "fr", "Juriste"),
    # nor the role the person is proposed for
    ("Bonjour,\nNous vous proposons :\nBENALI Ahmed, Enseignant de mathématiques, pour la table ronde 3\n\nCordialement.\n"
     "Le bureau\n", "fr", "Enseignant de mathématiques"),
])
def test_near_miss_a_place_or_role_after_the_title_is_no_second_post(body: str, language: str, title: str,
                                                                     rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [s.title for s in sp] == [title]


# ---------------------------------------------------------------------------------------------
# A post stated after the speaker's name with an indefinite article ("Dr. X is a Senior Researcher at Y", "Z est une
# avocate au barreau de W"): the speaker's title when nothing else gave one; not what the person was ("a former ...")
# nor a description the clause goes on with ("a survivor and peer counsellor who volunteers with Y")

@pytest.mark.parametrize(("body", "language", "title"), [
    ("Dear colleagues,\nOn behalf of the Coastal Fishers Union, I would like to propose Dr. Samira Nabil Haddad as a "
     "speaker for roundtable 2. Dr. Haddad is a Senior Researcher at the Institute of Marine Studies and has "
     "worked on displacement for years.\nKind regards,\nAli Karam\nProgramme Officer\nCoastal Fishers Union\n",
     "en", "Senior Researcher"),
    ("Hello,\nWe nominate Mr. Peter Okafor to speak in the plenary. Okafor is an Associate Professor with the "
     "Faculty of Law of Lagos State University.\nThanks,\nJane Doe\nCoordinator\nMigrants Forum\n",
     "en", "Associate Professor"),
    ("Bonjour,\nNous proposons Mme Leïla Bensaïd pour la table ronde 3. Mme Bensaïd est une avocate au barreau de "
     "Tunis depuis 2010.\nCordialement,\nSami Trabelsi\nChargé de mission\nForum tunisien\n", "fr", "avocate"),
])
def test_a_post_after_an_indefinite_article_gives_the_title(body: str, language: str, title: str,
                                                            rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [s.title for s in sp] == [title]


@pytest.mark.parametrize(("body", "language"), [
    ("Dear colleagues,\nWe would like to propose Ms. Mary Wanjiku Otieno for the open discussion. Ms. Otieno is a "
     "former domestic worker and now organises other workers.\nBest,\nTom Lee\nVolunteer Network\n", "en"),
    ("Dear colleagues,\nWe would like to propose Ms. Mary Wanjiku Otieno for the open discussion. Ms. Otieno is a "
     "survivor and peer counsellor who volunteers with our shelter.\nBest,\nTom Lee\nVolunteer Network\n", "en"),
    ("Bonjour,\nNous proposons Mme Awa Diallo Sow pour la discussion ouverte. Mme Sow est une ancienne travailleuse "
     "domestique.\nMerci,\nPaul\nRéseau des femmes\n", "fr"),
])
def test_near_miss_a_description_after_an_indefinite_article_is_no_title(body: str, language: str,
                                                                          rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [s.title for s in sp] == [None]


# ---------------------------------------------------------------------------------------------
# A caring or a parish profession written as the post in a nomination line ("Dr X, psychiatre au CHU de Y", "Fr. Z -
# Parish Priest | Our Lady of W Parish"): the title, with the body after it as the affiliation

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Bonjour,\nNous souhaitons proposer :\n1) Dr Samir Benali, psychiatre au Centre Hospitalier Régional de Meknès - "
     "table ronde 1\nMerci\nAmina\n", "fr", "psychiatre", "Centre Hospitalier Régional de Meknès"),
    ("Dear colleagues,\nWe would like to nominate:\n1) Fr. Joseph Pereira - Parish Priest | St Michael Parish | Kuwait\n"
     "   -> plenary\nThanks,\nAnna\n", "en", "Parish Priest", "St Michael Parish"),
    ("Dear colleagues,\nWe nominate the following speaker:\n- Dr. Rana Aziz, Child Psychiatrist at the Rafik Hariri "
     "University Hospital - roundtable 4\nBest,\nOmar\n", "en", "Child Psychiatrist",
     "Rafik Hariri University Hospital"),
])
def test_a_caring_or_parish_profession_is_the_title(body: str, language: str, title: str, affiliation: str,
                                                    rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


# ---------------------------------------------------------------------------------------------
# A reply whose one new sentence opens with the quoted speaker's first name and states their post ("Pardon, j'ai
# oublié de préciser : Aminata est rédactrice en chef de X", "Sorry, I forgot: Rami is Head of Y"): the post is the one
# quoted speaker's, proposed without one; not the whole sentence as a post sent alone

_UNTITLED = {
    "en": "> Dear team,\n> We would like our colleague Rami Khoury to speak in the open discussion.\n>\n> Lina\n",
    "fr": "> Bonjour,\n> Nous aimerions que notre consœur Aminata Koné prenne la parole en plénière.\n>\n> Ibrahima\n",
}


@pytest.mark.parametrize(("new", "language", "name", "title"), [
    ("Pardon j'ai oublié de préciser : Aminata est rédactrice en chef de MMS.", "fr", "Aminata Koné",
     "rédactrice en chef"),
    ("Désolé, un oubli : Aminata est la coordinatrice du pôle radio.", "fr", "Aminata Koné", "coordinatrice du pôle radio"),
    ("Sorry, I forgot to mention: Rami is Head of Digital Content at Sawt Radio.", "en", "Rami Khoury",
     "Head of Digital Content"),
    ("One more thing - Rami is the Editor-in-Chief of Sawt Radio.", "en", "Rami Khoury", "Editor-in-Chief"),
])
def test_a_reply_stating_the_post_of_the_quoted_speaker_by_first_name(new: str, language: str, name: str, title: str,
                                                                      rules: ExtractRules) -> None:
    body = f"{new}\n\nOn 1 Feb 2021, at 10:22, Sami Aziz <s@example.org> wrote:\n\n{_UNTITLED[language]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


def test_near_miss_a_reply_about_someone_else_gives_the_quoted_speaker_no_post(rules: ExtractRules) -> None:
    # the sentence opens with another person's name: not a statement about the quoted speaker
    body = ("Pardon j'ai oublié de préciser : Fatou est rédactrice en chef de MMS.\n\nOn 1 Feb 2021, at 10:22, Sami Aziz "
            f"<s@example.org> wrote:\n\n{_UNTITLED['fr']}")
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules, language="fr").speakers
    assert all(s.title != "rédactrice en chef" for s in speakers)


# ---------------------------------------------------------------------------------------------
# A post and a membership of the body named after it ("freelance photographer and member of X", "juriste et membre de
# Y", "مصورة صحفية حرة وعضوة في Z"): the post is the title, the membership a second capacity left out of it

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Hello,\n\nI am Dana Haddad, freelance photographer and member of the Roads Lens Initiative. I would like to speak "
     "in roundtable 3.\n\nThanks\nDana", "en", "freelance photographer", "Roads Lens Initiative"),
    ("Bonjour,\n\nJe suis Salma Idrissi, photographe indépendante et membre de l'Initiative Regards Croisés. Je souhaite "
     "intervenir à la table ronde 3.\n\nMerci\nSalma", "fr", "photographe indépendante", "Initiative Regards Croisés"),
    ("مساء الخير\n\nأنا سلمى العلي، صحفية مستقلة وعضو في شبكة صحفيي الهجرة. أرغب في تقديم مداخلة في المائدة المستديرة "
     "الثالثة.\n\nشكرا\nسلمى", "ar", "صحفية مستقلة", "شبكة صحفيي الهجرة"),
    ("مساء الخير\n\nأنا نور الشامي، مصورة صحفية حرة وعضوة في مبادرة عدسات الطريق، وحابة أقدم مداخلة في المائدة "
     "المستديرة التالتة.\n\nنور", "ar", "مصورة صحفية حرة", "مبادرة عدسات الطريق"),
])
def test_a_membership_after_the_post_is_left_out_of_the_title(body: str, language: str, title: str, affiliation: str,
                                                              rules: ExtractRules) -> None:
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_membership_joined_straight_to_its_body_is_a_post(rules: ExtractRules) -> None:
    # "وعضو المجلس الاستشاري": a seat on a council, a post of its own, stays in the title ("للغرفة" only points back
    # at the proposing chamber, as "بالغرفة" does, and is left out)
    body = ("مساء الخير\n\nنرشح السيد كمال الحلبي، نائب رئيس مجلس الإدارة وعضو المجلس الاستشاري للغرفة، للمداخلة في "
            "المائدة المستديرة الثالثة.\n\nشكرا")
    sp = run(message(body, from_="Someone <someone@example.org>"), rules, language="ar").speakers
    assert [s.title for s in sp] == ["نائب رئيس مجلس الإدارة وعضو المجلس الاستشاري"]


# A title in a sentence run on with no stop, the writer going on about their group or what they want
@pytest.mark.parametrize(("body", "from_", "language", "title"), [
    ("hello i am john okello chairman of uganda community oman we want to speak in the open discussion thank you\n",
     "John Okello <jokello@example.org>", "en", "chairman of uganda community oman"),
    ("hi my name is Grace Wanjiru secretary of kenyan sisters kuwait we are 400 members mostly domestic workers\n"
     "we wish to speak in the open discussion\n", "Grace Wanjiru <gw@example.org>", "en",
     "secretary of kenyan sisters kuwait"),
    ("bonjour je suis Fatou Ndiaye responsable de la communaute senegalaise a beyrouth nous sommes plus de 300 et "
     "nous voulons parler a la table ronde 2 merci\n", "Fatou Ndiaye <fndiaye@example.org>", "fr",
     "responsable de la communaute senegalaise a beyrouth"),
])
def test_a_run_on_sentence_ends_the_title(body: str, from_: str, language: str, title: str,
                                          rules: ExtractRules) -> None:
    sp = run(message(body, from_=from_), rules, language=language).speakers
    assert [s.title for s in sp] == [title]


def test_near_miss_a_body_named_we_are_stays_in_the_title(rules: ExtractRules) -> None:
    body = "Hello,\nI am Lina Saab, coordinator of We Are Migrants Lebanon, and I would like to speak in roundtable 1.\n"
    sp = run(message(body, from_="Lina Saab <ls@example.org>"), rules).speakers
    # (the body's name is not cut at "We Are", wherever it is read)
    assert [f"{s.title} {s.affiliation}".count("We Are Migrants Lebanon") for s in sp] == [1]


# ---------------------------------------------------------------------------------------------
# A committee named for the fields it covers, with commas inside its name ("Chair of the Committee on Labour, Social
# Development and Population", "Président de la Commission des affaires sociales, de la santé et de l'emploi"): one
# title, up to the "and"/"et" that closes the enumeration, and the body the committee sits in is the affiliation; a
# long title line over the body's line is not one wrapped line

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear Secretariat,\n\nKindly find the details of our speaker for the plenary below:\n\nH.E. Mr. Fadi Qasem\n"
     "Chair of the Committee on Health, Labour and Social Affairs\nHouse of Representatives of Ruritania\n\n"
     "Best regards,\nLara\n", "en", "Chair of the Committee on Health, Labour and Social Affairs",
     "House of Representatives of Ruritania"),
    ("Dear colleagues,\nPlease register the following speaker for the plenary:\n\nMs. Hana Dabbagh\n"
     "Deputy Chair of the Committee on Women, Family and Population\nSenate of Freedonia\n\nBest,\nSam\n", "en",
     "Deputy Chair of the Committee on Women, Family and Population", "Senate of Freedonia"),
    ("Dear colleagues,\nWe would like to nominate Dr. Amal Rizk, Rapporteur of the Committee on Migration, Refugees and "
     "Displaced Persons, Senate of Ruritania, to speak at the plenary.\n\nBest,\nSam\n", "en",
     "Rapporteur of the Committee on Migration, Refugees and Displaced Persons", "Senate of Ruritania"),
    ("Bonjour,\nNous proposons l'intervenant suivant pour la plénière :\n\nM. Karim Soussi\nPrésident de la Commission "
     "des affaires sociales, de la santé et de l'emploi\nAssemblée nationale du Niger\n\nCordialement,\nAli\n", "fr",
     "Président de la Commission des affaires sociales, de la santé et de l'emploi", "Assemblée nationale du Niger"),
])
def test_a_committee_named_for_its_fields_keeps_them_in_the_title(body: str, language: str, title: str,
                                                                  affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_post_and_a_unit_after_a_comma_are_not_a_committee_enumeration(rules: ExtractRules) -> None:
    # no committee opens the enumeration: the unit after the comma stays where it was read
    body = ("Dear colleagues,\nWe would like to nominate Dr. Amal Rizk, Director, Research and Policy, to speak at the "
            "plenary.\n\nBest,\nSam\n")
    sp = run(message(body), rules, language="en").speakers
    assert [s.title for s in sp] == ["Director, Research and Policy"]


# ---------------------------------------------------------------------------------------------
# A signature line that writes the organisation, then its unit, then the post ("Banque X, Direction Y, Directeur"):
# the post is the signer's title and the organisation with its unit the affiliation

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Bonjour,\nJe souhaite intervenir lors de la séance plénière.\nCordialement,\n\nNadia Berrada\n"
     "Fondation Solidaire du Sud, Direction de la Coopération, Directrice\nRabat\n", "fr", "Directrice",
     "Fondation Solidaire du Sud, Direction de la Coopération"),
    ("Dear colleagues,\nI wish to take the floor in roundtable 2.\nRegards,\n\nSamir Haddad\n"
     "Levant Migration Institute, Department of Policy Research, Senior Researcher\n", "en", "Senior Researcher",
     "Levant Migration Institute, Department of Policy Research"),
    ("Bonjour,\nJe souhaite être rapporteur de la table ronde 1.\nBien à vous,\n\nOmar Kettani\n"
     "Fédération des Migrants du Nord, Service juridique, Coordinateur\n", "fr", "Coordinateur",
     "Fédération des Migrants du Nord, Service juridique"),
])
def test_a_post_after_the_organisation_and_its_unit_on_its_signature_line(body: str, language: str, title: str,
                                                                          affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_town_after_the_organisation_and_its_unit_is_no_title(rules: ExtractRules) -> None:
    body = ("Bonjour,\nJe souhaite intervenir lors de la séance plénière.\nCordialement,\n\nNadia Berrada\n"
            "Fondation Solidaire du Sud, Direction de la Coopération, Rabat\n")
    sp = run(message(body), rules, language="fr").speakers
    assert [s.title for s in sp] == [None]


# ---------------------------------------------------------------------------------------------
# A post whose name opens with a preposition, capitalised as a post is ("Of Counsel"): the title, not "of" and a body

@pytest.mark.parametrize(("body", "title", "affiliation"), [
    ("Dear colleagues,\nWe propose Ms. Rana Toma, Of Counsel, Toma & Partners Law Firm, for roundtable 2.\n\nBest,\n"
     "Sam\n", "Of Counsel", "Toma & Partners Law Firm"),
    ("Hello,\nWe nominate Dr. Samia Farouk, Of Counsel at Nile Rights Law Firm, to speak in roundtable 1.\n\nThanks,\n"
     "Ali\n", "Of Counsel", "Nile Rights Law Firm"),
    ("Dear colleagues,\nPlease find our nominee below:\n\n- Mr. Karim Odeh, Of Counsel, Odeh Legal Partners - plenary"
     "\n\nBest,\nSam\n", "Of Counsel", "Odeh Legal Partners"),
])
def test_a_post_opening_with_a_preposition_is_the_title(body: str, title: str, affiliation: str,
                                                        rules: ExtractRules) -> None:
    sp = run(message(body), rules, language="en").speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_capitalised_preposition_before_a_body_leads_to_it(rules: ExtractRules) -> None:
    body = ("Dear colleagues,\nWe propose Ms. Rana Toma, Of the Beirut Bar Association, for roundtable 2.\n\nBest,\n"
            "Sam\n")
    sp = run(message(body), rules, language="en").speakers
    assert [(s.title, s.affiliation) for s in sp] == [(None, "Beirut Bar Association")]


# ---------------------------------------------------------------------------------------------
# The name, the body's acronym, then the post ("Dr X, CLDM, conseiller juridique - plénière"): the post after the
# acronym is the title, the acronym the affiliation

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Bonjour,\nNous proposons :\n- Dr Samir Khalil, ALDM, conseiller juridique - plénière\n\nMerci\nRita\n", "fr",
     "conseiller juridique", "ALDM"),
    ("Dear colleagues,\nWe nominate Ms. Nour Saleh, GMRN, Policy Officer, to speak in roundtable 2.\n\nBest,\nSam\n",
     "en", "Policy Officer", "GMRN"),
    ("Bonjour,\nNous proposons Mme Awa Diallo, RSMM, chargée de plaidoyer, pour la table ronde 3.\n\nMerci\nRita\n",
     "fr", "chargée de plaidoyer", "RSMM"),
])
def test_a_post_after_the_body_acronym_is_the_title(body: str, language: str, title: str, affiliation: str,
                                                    rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


def test_near_miss_a_role_after_the_body_acronym_is_no_title(rules: ExtractRules) -> None:
    body = "Dear colleagues,\nWe nominate Ms. Nour Saleh, GMRN, for roundtable 2.\n\nBest,\nSam\n"
    sp = run(message(body), rules, language="en").speakers
    assert [(s.title, s.affiliation) for s in sp] == [(None, "GMRN")]


def test_near_miss_letters_after_a_name_are_no_body_acronym(rules: ExtractRules) -> None:
    # "RN, MPH": a licence and a degree after the name, not a body's acronym with a post after it
    body = "Dear colleagues,\nWe nominate Dr. Hana Saleh, RN, MPH - Board Chair, GNF, as rapporteur.\n\nBest,\nSam\n"
    sp = run(message(body), rules, language="en").speakers
    assert all("MPH" not in (s.title or "") for s in sp)


# A post on its own line under the organisation's, with the unit it is held in after a comma ("Senior Adviser, Child
# Protection Unit"): the unit is the title's, the organisation above stays the affiliation
@pytest.mark.parametrize(("body", "language", "expected"), [
    ("Hello,\nI would like to speak in the open discussion on the 23rd.\n\nBest,\nSalma\n\nSalma Nour\n"
     "Beirut Institute for Labour Rights (BILR)\nProgramme Manager, Domestic Workers Unit\nHamra Street, Beirut\n", "en",
     ("Programme Manager, Domestic Workers Unit", "Beirut Institute for Labour Rights (BILR)")),
    ("Bonjour,\nJe souhaite intervenir dans la table ronde 3.\n\nCordialement,\nYacine\n\nYacine Amrani\n"
     "Fondation Tremplin Maghreb (FTM)\nChargé de projet, Département migration et santé\n", "fr",
     ("Chargé de projet, Département migration et santé", "Fondation Tremplin Maghreb (FTM)")),
])
def test_a_post_under_the_organisation_keeps_its_unit_after_a_comma(body: str, language: str,
                                                                   expected: tuple[str, str], rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [expected]


def test_near_miss_a_town_after_a_post_under_the_organisation_is_not_its_unit(rules: ExtractRules) -> None:
    body = "Hello,\nI would like to speak in the open discussion.\n\nBest,\nSalma\n\nSalma Nour\n" \
        "Beirut Institute for Labour Rights (BILR)\nProgramme Manager, Beirut\n"
    sp = run(message(body), rules).speakers
    assert [(s.title, s.affiliation) for s in sp] == [("Programme Manager", "Beirut Institute for Labour Rights (BILR)")]


# ---------------------------------------------------------------------------------------------
# A post followed by its body's acronym with no preposition ("Chairman OEPAP"): the acronym is the organisation,
# spelled out where the message writes it in full; a region written as an acronym stays in the title

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear Sir,\n\nWe request a speaking slot. Details:\n\n1. Mr Adnan Rafiq, President GWRA - roundtable 1\n\nRegards\n"
     "Bilal Khan\nSecretary, Gulf Workers Recruiters Association (GWRA)", "en", "President",
     "Gulf Workers Recruiters Association (GWRA)"),
    ("Bonjour,\n\nNous proposons :\n\n1. M. Karim Tazi, Président ARCM - table ronde 2\n\nCordialement\nSami Alaoui\n"
     "Secrétaire, Association des recruteurs du Centre marocain (ARCM)", "fr", "Président",
     "Association des recruteurs du Centre marocain (ARCM)"),
    ("Dear Sir,\n\nWe propose:\n\n1. Ms Rana Aziz, Regional Director MENA - plenary\n\nRegards\nBilal Khan", "en",
     "Regional Director MENA", None),
])
def test_a_post_then_its_bodys_acronym(body: str, language: str, title: str, affiliation: str | None,
                                       rules: ExtractRules) -> None:
    speaker, *_ = run(message(body), rules, language=language).speakers
    assert (speaker.title, speaker.affiliation if affiliation else None) == (title, affiliation)


# A committee on the signer's title line over the line of the body it belongs to: the committee stays in the title,
# the body below is the organisation ("سكرتير لجنة سوق العمل" over "غرفة تجارة X")
@pytest.mark.parametrize(("signature", "title", "affiliation"), [
    ("مع التحية،\n\nمنى سعيد\nأمينة سر لجنة العمل والتشغيل\nغرفة صناعة الأردن\nهاتف: 123456", "أمينة سر لجنة العمل والتشغيل",
     "غرفة صناعة الأردن"),
    ("تحياتي\n\nسامي ناصر\nرئيس لجنة الشباب\nاتحاد المصارف العربية", "رئيس لجنة الشباب", "اتحاد المصارف العربية"),
])
def test_a_committee_on_the_title_line_over_its_body(signature: str, title: str, affiliation: str,
                                                     rules: ExtractRules) -> None:
    body = f"تحية طيبة،\n\nأود المشاركة في النقاش المفتوح.\n\n{signature}"
    speaker, = run(message(body, subject="طلب مداخلة"), rules, language="ar").speakers
    assert (speaker.title, speaker.affiliation) == (title, affiliation)


# ---------------------------------------------------------------------------------------------
# The last field of a committee's enumerated name may carry the body the committee sits in, in the same comma piece
# ("..., Labour, Migration and Social Protection of the National Assembly"): the fields stay in the title, the body
# after them is the affiliation

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear colleagues,\n\nWe are pleased to nominate Hon. Samir Aziz, Deputy Chair of the Standing Committee on Labour, "
     "Migration and Social Protection of the National Assembly of Freedonia, to speak at the plenary.\n\nBest,\nOmar\n",
     "en", "Deputy Chair of the Standing Committee on Labour, Migration and Social Protection",
     "National Assembly of Freedonia"),
    ("Bonjour,\n\nNous proposons Mme Leïla Ferchichi, présidente de la Commission de la santé, du travail et "
     "de l'emploi de l'Assemblée nationale, pour intervenir en séance plénière.\n\nCordialement,\nAli\n",
     "fr", "présidente de la Commission de la santé, du travail et de l'emploi", "Assemblée nationale"),
])
def test_the_body_after_a_committees_last_field_is_the_affiliation(body: str, language: str, title: str,
                                                                   affiliation: str, rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


# ---------------------------------------------------------------------------------------------
# A post over the fields it covers, joined by "&" ("Director of Cross-border Payments & Compliance"), is the whole
# title: the organisation word among the fields names no body, so the body that proposes is the affiliation

@pytest.mark.parametrize(("body", "language", "title"), [
    ("Dear Organisers,\n\nOrbit Money Transfer LLC would like to propose the following speakers:\n\n"
     "Ms. Hala Yassin – Director of Digital Payments & Partnerships – intervention in Roundtable 2\n\nMr. Karim Nasr – Chief Executive Officer – plenary\n\nBest,\nSami\n",
     "en", "Director of Digital Payments & Partnerships"),
    ("Madame, Monsieur,\n\nOrbit Money Transfer LLC souhaite proposer les intervenants suivants :\n\n"
     "Mme Hala Yassin – Responsable Transferts & Partenariats – intervention à la table ronde 2\n\nM. Karim Nasr – Directeur général – plénière\n\nCordialement,\nSami\n",
     "fr", "Responsable Transferts & Partenariats"),
])
def test_a_post_over_its_fields_names_no_body(body: str, language: str, title: str, rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.name, s.title, s.affiliation) for s in sp][0] == ("Hala Yassin", title, "Orbit Money Transfer LLC")


# ---------------------------------------------------------------------------------------------
# A possessive post before the name ("his deputy, Mr. X, First Deputy Mayor of Y") is said again in full after it,
# ranked by an ordinal: the post after the name is the title and its body the affiliation

@pytest.mark.parametrize(("body", "language", "title", "affiliation"), [
    ("Dear colleagues,\n\nThe Mayor cannot attend. He will be replaced by his deputy, Mr. Omar Haddad, First Deputy "
     "Mayor of the Municipality of Zahle, for the same plenary intervention.\n\nRegards,\nLina\n", "en",
     "First Deputy Mayor", "Municipality of Zahle"),
    ("Madame, Monsieur,\n\nLe Maire est empêché. Il sera remplacé par son adjointe, Mme Salma Ayari, Deuxième "
     "vice-présidente de la Commune de Nabeul, pour la même intervention en séance plénière.\n\nCordialement,\nAmel\n",
     "fr", "Deuxième vice-présidente", "Commune de Nabeul"),
])
def test_a_ranked_post_after_a_possessive_one_is_the_title(body: str, language: str, title: str, affiliation: str,
                                                          rules: ExtractRules) -> None:
    sp = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in sp] == [(title, affiliation)]


# ---------------------------------------------------------------------------------------------
# A statement of the right title written without an article, the wrong one set against it ("M. X est Coordinateur
# national de la Plateforme, et non Président", "Ms X is Programme Lead, not Director", "الدكتور نبيل هو الأمين
# العام وليس مدير البرامج"): the right title, stated (so it replaces the one the quoted proposal gave)

@pytest.mark.parametrize(("new", "language", "name", "title"), [
    ("Une erreur dans notre fiche : Mme Awa Diop est Coordinatrice régionale du réseau, et non Chargée de mission.",
     "fr", "Awa Diop", "Coordinatrice régionale"),
    ("Apologies, a mistake slipped in: Mr. Tarek Mansour is Head of Youth Programmes, not Programme Officer.", "en",
     "Tarek Mansour", "Head of Youth Programmes"),
    ("عذراً، خطأ في الرسالة السابقة: الدكتور نبيل هو الأمين العام للجمعية وليس مدير البرامج.", "ar", "نبيل حداد",
     "الأمين العام"),
])
def test_an_unarticled_title_set_against_the_wrong_one_corrects_it(new: str, language: str, name: str, title: str,
                                                                   rules: ExtractRules) -> None:
    body = f"{new}\n\nOn 1 Feb 2021, at 10:22, Sami Aziz <s@example.org> wrote:\n\n{_TITLED[language]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules,
                   language=language).speakers
    assert [(s.name, s.title) for s in speakers] == [(name, title)]


@pytest.mark.parametrize(("new", "language", "title"), [
    # "est disponible" sets nothing against anything; "is not agency staff ... and not of the agency" denies, it
    # states no title: the one proposed stays
    ("Mme Awa Diop est disponible le matin seulement, merci de le noter.", "fr", "Chargée de mission"),
    ("Please note that Mr. Tarek Mansour is not ministry staff - he speaks for the network and not for the ministry.",
     "en", "Programme Officer"),
    # what is set against something else is a wish, not a post: "happy to speak ... rather than ...", « ravie
    # d'intervenir ... plutôt que ... », «هو مهتم بـ... وليس ...»
    ("Mr. Tarek Mansour is happy to speak in roundtable 1 rather than roundtable 2, if that helps.", "en",
     "Programme Officer"),
    ("Mme Awa Diop est ravie d'intervenir à la table ronde 2 plutôt que la 3, si possible.", "fr", "Chargée de mission"),
    ("الدكتور نبيل هو مهتم بالمائدة المستديرة الثانية وليس الجلسة العامة.", "ar", "مدير البرامج"),
])
def test_near_miss_an_unarticled_statement_with_no_wrong_title_is_no_correction(new: str, language: str, title: str,
                                                                                rules: ExtractRules) -> None:
    body = f"{new}\n\nOn 1 Feb 2021, at 10:22, Sami Aziz <s@example.org> wrote:\n\n{_TITLED[language]}"
    speakers = run(message(body, subject="Re: Speaker", from_="Sami Aziz <s@example.org>"), rules,
                   language=language).speakers
    assert all(s.title in (None, title) for s in speakers)


# ---------------------------------------------------------------------------------------------
# A list item "name - title - organisation: role asked for" or "name، title: role" in Arabic: the colon opens the role,
# no part of the title or organisation before it

@pytest.mark.parametrize(("item", "title", "affiliation"), [
    ("١- السيدة نادية فرح - مديرة البرامج - رابطة العاملات المنزليات: المشاركة في الجلسة العامة",
     "مديرة البرامج", "رابطة العاملات المنزليات"),
    ("- السيد كمال عيسى، نائب رئيس الرابطة: مداخلة في المائدة المستديرة الثانية.", "نائب رئيس الرابطة", None),
    ("- Ms. Nadia Farah - Programme Director - Domestic Workers League: participation in the plenary",
     "Programme Director", "Domestic Workers League"),
    ("- Mme Nadia Farah, directrice des programmes, Ligue des travailleuses domestiques : participation à la plénière",
     "directrice des programmes", "Ligue des travailleuses domestiques"),
])
def test_a_role_after_the_last_pieces_colon_is_no_part_of_it(item: str, title: str, affiliation: str | None,
                                                             rules: ExtractRules) -> None:
    body = f"Bonjour,\n\nNous proposons :\n\n{item}\n\nMerci\n"
    speakers = run(message(body), rules, language="ar" if "ال" in item else "fr").speakers
    assert [(s.title, s.affiliation) for s in speakers][:1] == [(title, affiliation)]


def test_near_miss_a_roles_own_label_after_the_title_stays_a_label(rules: ExtractRules) -> None:
    # "Role: plenary" is the role's own label after a comma: the title before it is read as before
    body = "Dear team,\n\nWe propose:\n\n- Ms. Nadia Farah, Programme Director, Role: plenary\n\nThanks\n"
    speakers = run(message(body), rules, language="en").speakers
    assert [(s.name, s.title) for s in speakers] == [("Nadia Farah", "Programme Director")]


# ---------------------------------------------------------------------------------------------
# An Arabic sentence that mentions a post before the honorific and the name ("كما يرغب المنسق، السيد X، في ...":
# "the coordinator, Mr X, also wishes to ..."): the words before the post are no part of the title

def test_arabic_words_before_a_post_before_the_name_are_no_title(rules: ExtractRules) -> None:
    body = ("تحية طيبة،\n\nكما يرغب المدير، السيد وليد منصور، في أن يشارك بمداخلة في الجلسة العامة.\n\nمع الشكر\n"
            "ريم\n")
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in speakers] == [("وليد منصور", "المدير")]


def test_near_miss_an_arabic_post_before_the_name_is_the_title(rules: ExtractRules) -> None:
    body = "تحية طيبة،\n\nالمنسقة الوطنية، السيدة هالة عيسى، للمشاركة في الجلسة العامة.\n\nمع الشكر\nريم\n"
    speakers = run(message(body), rules, language="ar").speakers
    assert [(s.name, s.title) for s in speakers] == [("هالة عيسى", "المنسقة الوطنية")]


# ---------------------------------------------------------------------------------------------
# Where the person is for now, set off after the name ("Ms X, currently travelling in Lebanon, ...", "M. X, actuellement
# en déplacement à Sfax, ...", "السيدة X، حالياً في مهمة ..."): no post; the list below gives it

@pytest.mark.parametrize(("sentence", "item", "language", "title", "affiliation"), [
    ("On behalf of the Regional Director, Ms. Claire Dubois, currently travelling in Lebanon, I send our request.",
     "1. Ms. Claire Dubois, Regional Director, Shared Horizons - plenary", "en", "Regional Director", "Shared Horizons"),
    ("Pour le compte de Mme Claire Dubois, actuellement en déplacement à Beyrouth, je vous transmets notre demande.",
     "1. Mme Claire Dubois, directrice régionale, Horizons Partagés – plénière", "fr", "directrice régionale",
     "Horizons Partagés"),
    ("نيابة عن السيدة هالة عيسى، حالياً في مهمة خارج البلاد، أرسل لكم طلب المشاركة.",
     "1. السيدة هالة عيسى، المديرة الإقليمية، جمعية الأفق المشترك - الجلسة العامة", "ar", "المديرة الإقليمية",
     "جمعية الأفق المشترك"),
])
def test_where_the_person_is_for_now_is_no_title(sentence: str, item: str, language: str, title: str, affiliation: str,
                                                 rules: ExtractRules) -> None:
    body = f"Bonjour,\n\n{sentence}\n\n{item}\n\nMerci\nPaul\n"
    speakers = run(message(body), rules, language=language).speakers
    assert [(s.title, s.affiliation) for s in speakers] == [(title, affiliation)]


def test_near_miss_a_post_held_now_stays_the_title(rules: ExtractRules) -> None:
    # "currently" before a post: the piece names the post, read as before
    body = "Dear team,\n\nWe nominate Ms. Claire Dubois, currently Regional Director at Shared Horizons, for the plenary.\n\nBest,\nPaul\n"
    speakers = run(message(body), rules).speakers
    assert [(s.name, s.affiliation) for s in speakers] == [("Claire Dubois", "Shared Horizons")]
    assert (speakers[0].title or "").endswith("Regional Director")


# ---------------------------------------------------------------------------------------------
# A degree, programme or chair named in quotation marks keeps its commas: « Exil, mémoire et sociétés » is one name, even
# when a word after its comma is one an organisation's name uses ("sociétés")

@pytest.mark.parametrize(("line", "title", "affiliation"), [
    ("1) Léa Martin – étudiante en Master 2 « Exil, mémoire et sociétés », Université de Tours, Tours",
     "étudiante en Master 2 « Exil, mémoire et sociétés »", "Université de Tours"),
    ("2) Marc Roy – chargé de cours « Frontières, asile et sociétés », Université Paris 8, Saint-Denis",
     "chargé de cours « Frontières, asile et sociétés »", "Université Paris 8"),
    ("1) السيدة ليلى مراد – طالبة ماجستير «المنفى، الذاكرة والمجتمع المدني»، جامعة القاضي عياض، مراكش",
     "طالبة ماجستير «المنفى، الذاكرة والمجتمع المدني»", "جامعة القاضي عياض"),
])
def test_commas_inside_quotation_marks_stay_in_the_name(line: str, title: str, affiliation: str,
                                                         rules: ExtractRules) -> None:
    body = f"Bonjour,\n\nNous souhaiterions intervenir lors de la deuxième table ronde.\n\nVoici nos coordonnées :\n{line}\n\nMerci\n"
    speakers = run(message(body), rules, language="ar" if "ال" in line else "fr").speakers
    assert [(s.title, s.affiliation) for s in speakers][:1] == [(title, affiliation)]


def test_near_miss_an_unclosed_quotation_mark_does_not_swallow_the_commas(rules: ExtractRules) -> None:
    body = ("Bonjour,\n\nNous souhaitons intervenir à la table ronde 2. Nos coordonnées :\n"
            "1) Léa Martin – étudiante en Master 2 « Exil, Université de Tours, Tours\n\nMerci\n")
    speakers = run(message(body), rules, language="fr").speakers
    assert [s.affiliation for s in speakers][:1] == ["Université de Tours"]


# ---------------------------------------------------------------------------------------------
# That the person has retired, in brackets after the post they held on a labelled line: no part of the title

@pytest.mark.parametrize(("lines", "language", "title"), [
    ("Name: Walter Briggs\nTitle: Former Head of Labour Inspection (retired)\nOrganisation: -",
     "en", "Former Head of Labour Inspection"),
    ("Nom : Gérard Lemoine\nFonction : ancien inspecteur du travail (retraité)\nOrganisation : -",
     "fr", "ancien inspecteur du travail"),
    ("الاسم: سليم حداد\nالصفة: مفتش عمل سابقاً (متقاعد)\nالجهة: —", "ar", "مفتش عمل سابقاً"),
])
def test_a_retirement_remark_in_brackets_is_no_part_of_the_title(lines: str, language: str, title: str,
                                                                 rules: ExtractRules) -> None:
    body = f"Bonjour,\n\nSpeaker request for the plenary.\n\n{lines}\n\nMerci\n"
    speakers = run(message(body), rules, language=language).speakers
    assert [s.title for s in speakers] == [title]


def test_near_miss_other_brackets_after_a_post_stay(rules: ExtractRules) -> None:
    # a bracket that says which post it is stays with it, as labels keep "Vice President (Academic Affairs)"
    body = "Hello,\n\nSpeaker request for the plenary.\n\nName: Walter Briggs\nTitle: Vice President (Retirement Funds)\n\nThanks\n"
    speakers = run(message(body), rules).speakers
    assert [s.title for s in speakers] == ["Vice President (Retirement Funds)"]


# ---------------------------------------------------------------------------------------------
# A post stated about the speaker by name, then after a comma the field it covers, up to where it is held: the field
# is part of the title (as on a signature line, "Senior Programme Officer, Protection")

@pytest.mark.parametrize(("body", "language", "title"), [
    ("Dear all,\nWe would like to propose our colleague Mr. Tariq Hussein as rapporteur. Tariq is Regional Officer, "
     "Gender and Inclusion at our Amman office and has followed the process.\nBest,\nLea\n", "en",
     "Regional Officer, Gender and Inclusion"),
    ("Bonjour,\nNous proposons notre collègue Mme Inès Rahal pour la table ronde 2. Inès est chargée de programme, "
     "plaidoyer et recherche au bureau de Tunis depuis 2019.\nCordialement,\nLea\n", "fr",
     "chargée de programme, plaidoyer et recherche"),
    ("السادة الكرام،\nنرشح زميلتنا السيدة هدى الزعبي للمشاركة في المائدة المستديرة الثانية. هدى هي مسؤولة برامج، "
     "الحماية والمناصرة في مكتبنا في عمان.\nمع التحية\nعمر\n", "ar", "مسؤولة برامج، الحماية والمناصرة"),
])
def test_a_stated_post_keeps_the_field_after_its_comma(body: str, language: str, title: str,
                                                      rules: ExtractRules) -> None:
    fields = run(message(body), rules, language=language)
    assert [s.title for s in fields.speakers] == [title]


@pytest.mark.parametrize("rest", ["and he knows the region well", "Amman Office at our Network"])
def test_near_miss_a_clause_or_an_office_after_the_stated_post_is_no_field(rest: str, rules: ExtractRules) -> None:
    body = (f"Dear all,\nWe would like to propose our colleague Mr. Tariq Hussein as rapporteur. Tariq is Regional "
            f"Officer, {rest}.\nBest,\nLea\n")
    assert [s.title for s in run(message(body), rules).speakers] == ["Regional Officer"]
