#!/usr/bin/env python3
"""Write the blind evaluation set holdout198 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets198.py
Theme: journalists, media and cultural groups. Migrant community radio stations and podcasts, photographers,
theatre and film collectives, bloggers; long creative signatures full of links and handles, a report shared
as a drive link instead of an attachment, press questions that request nothing, an interview offered instead
of a speaking slot.  1 to 18 February 2021.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, addr, alt, at, attach, dsn_report, flowed, hdr, html_only, leaf,
                     make_docx, make_pdf, make_png, mk, multi, rfcdate, sent_at, sp, std_rows,
                     text2html, top)
from mailgen import POSTFIX_NOTICE

SET = EvalSet(198)
add = SET.add

INVITE_SUBJ = "Invitation - Regional Review of the Global Compact for Migration in the Arab Region"


def report_pdf(org, heads):
    rows = ["Voluntary GCM review report - Arab region, 2021", org, ""]
    rows += ["%s. %s" % (chr(65 + k), h) for k, h in enumerate(heads)]
    return make_pdf(rows)


def ms_rows(topic, tindex, lang, attach_flag="no"):
    """Outlook / Exchange submission headers."""
    return [("Thread-Topic", topic), ("Thread-Index", tindex), ("X-MS-Has-Attach", attach_flag),
            ("Content-Language", lang), ("X-MS-Exchange-Organization-SCL", "-1"),
            ("X-Mailer", "Microsoft Outlook 16.0")]


def our_ack(qid):
    return "<ack.%s@gcmrrarabstates.iom.int>" % qid


def pic(name, rgb, cid=None, inline=True, ctype="image/png"):
    extra = [("Content-ID", "<%s>" % cid)] if cid else None
    return leaf(ctype, make_png(12, 9, rgb), cte="base64", params=[("name", '"%s"' % name)],
                disp='%s; filename="%s"' % ("inline" if inline else "attachment", name), extra=extra)


# ================================================================ the 24 messages

def m01():
    # podcast host proposes herself; everything about her only in a long creative signature (Gmail)
    when = at("2021-02-01 10:12:33")
    sent = sent_at(when, 2, 5)
    text = """Hello GCM team!

I saw your invitation shared on the Migrant Media Lab WhatsApp group and I would love to take part.

For three seasons now our show has been telling the stories of domestic workers, delivery riders and students who came to Lebanon from Ethiopia, Sri Lanka, Sudan and Syria -- in their own voices, in Arabic, Amharic and English. I'd like to speak in thematic roundtable 2 and bring a few of those voices (with consent) into the room.

Happy to send a short bio or an audio sample if that helps.

Thanks so much,
Tala

--
Tala Nassar (she/her)
Host & Executive Producer
Voices Across Borders Podcast | Beirut
🎧 Listen: https://voicesacrossborders.example.fm
📸 IG: @voices.across.borders  |  🐦 @TalaNassarAudio
🎙 New episode every other Thursday -- "Kafala, on the record" (S3E4) out now
"Every migrant is a storyteller. We just hold the mic."
"""
    body = alt(text, "00000000000071c2a805ba4e9d13")
    m = mk(when, sent, "mail-ed1-f47.google.example.com", "198.51.100.47", "4DTd0Rk6pWz2",
           "Tala Nassar <tala.vab.podcast@gmail.example.com>", "Speaking at the regional review? (podcast)",
           "<CAK3fVz8Qm2Lr7Tn0Yp5Xc1sWe9Hb4dG6uJ@mail.gmail.example.com>", body)
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Tala Nassar", "Host & Executive Producer", "Voices Across Borders Podcast", ["roundtable"], 2)],
        notes="the sender proposes herself; full name, title and affiliation only in a long creative signature with "
              "emoji, pronouns, links, social handles and a tagline; '| Beirut' after the podcast is a place, not "
              "part of the affiliation (as dev 004/024); the subject is a question but the body is a request."))


def m02():
    # community radio in Amman, director's office; two speakers in labelled lines; Outlook base64
    when = at("2021-02-01 15:40:08")
    sent = sent_at(when, 2, 6)
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية المحترمين،

تحية طيبة وبعد،

تتقدم إذاعة صوت الوافدين المجتمعية، وهي إذاعة تبث عبر الإنترنت منذ عام ٢٠١٦ بالعربية والأوردو والتغالوغية وتخصص برامجها لقضايا العمال المهاجرين واللاجئين، بطلب المشاركة في المؤتمر الإقليمي عبر المتحدثين التاليين:

١) الاسم: السيدة هبة الزعبي
    الصفة: مديرة الإذاعة
    الجهة: إذاعة صوت الوافدين المجتمعية – عمّان
    المشاركة المطلوبة: مداخلة في الجلسة العامة

٢) الاسم: أنس الحوراني
    الصفة: معدّ ومقدّم برنامج «غربة»
    الجهة: إذاعة صوت الوافدين المجتمعية
    المشاركة المطلوبة: المائدة المستديرة المواضيعية الأولى

مع خالص الشكر والتقدير،

مكتب المديرة
إذاعة صوت الوافدين المجتمعية
هاتف: ‎+962 6 000 0000 | www.sawt-alwafideen.example.jo
"""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="AR-JO" dir="rtl"><div class="WordSection1">' + text2html(text) + '</div></body></html>\n')
    body = alt(text, "_000_VI1PR0601MB2207B3E9A1C04F6D8E75A2C9VI1PR0601MB2207eurp_", html=html, b64=True)
    subj = "طلب مشاركة متحدثين – إذاعة صوت الوافدين المجتمعية"
    m = mk(when, sent, "mail-vi1pr06.outbound.protection.outlook.example.com", "203.0.113.62", "4DTnQ8cV3jz5",
           addr("إذاعة صوت الوافدين", "director.office@sawt-alwafideen.example.jo"), hdr(subj),
           "<VI1PR0601MB2207B3E9A1C04F6D8E75A2C9@VI1PR0601MB2207.eurprd06.prod.outlook.example.com>", body,
           extra=ms_rows(hdr(subj), "AdcAo9Pq3Wt1Lz8Rm5Vn2Kc7Xb0eSg==", "ar-JO"))
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("هبة الزعبي", "مديرة الإذاعة", "إذاعة صوت الوافدين المجتمعية", ["plenary"]),
        sp("أنس الحوراني", "معدّ ومقدّم برنامج «غربة»", "إذاعة صوت الوافدين المجتمعية", ["roundtable"], 1)],
        notes="two speakers in numbered labelled lines; 'السيدة' dropped from the first name; '– عمّان' after the "
              "station is a place, not part of the affiliation (written without it for the second speaker); the "
              "second title names a programme in guillemets «غربة» (kept as written); roundtable as an ordinal "
              "word 'الأولى'; sent by the director's office, signed by no person; Outlook base64 utf-8."))


M03_ID = "<5b0e9d71-3c2a-4f86-a1e4-7d9c20b6e851@regards-croises.example.org>"


def m03():
    # photographers' collective sends the report as a drive link; Thunderbird plain text
    when = at("2021-02-02 09:03:51")
    sent = sent_at(when, 1, 7)
    text = """Bonjour,

Le collectif Regards Croisés Sahel-Maghreb a le plaisir de vous transmettre sa contribution à l'examen régional du Pacte mondial sur les migrations, sous la forme d'un rapport volontaire collectif (12 photographes, 5 pays).

Le fichier pèse près de 180 Mo, à cause des planches photographiques qui accompagnent chaque chapitre ; notre messagerie refuse de l'envoyer en pièce jointe. Vous pouvez le télécharger ici :

https://drive.example.com/drive/folders/1RcSm-GCM2021-rapport-collectif?usp=sharing

(Le dossier contient le rapport en PDF, une version « légère » sans images et les légendes des photos en arabe.)

Le rapport traite surtout des objectifs 7 (réduire les vulnérabilités) et 17 (discours public fondé sur des faits), à partir de notre travail de terrain à Agadez, Tamanrasset, Oujda, Sfax et Nouadhibou.

N'hésitez pas à nous écrire si le lien ne fonctionne pas.

Bien cordialement,

--
Inès Bouazza
pour le collectif Regards Croisés Sahel-Maghreb
regards-croises.example.org · Instagram @regardscroises_sm · Vimeo /regardscroises
« Photographier les routes, pas seulement les frontières »
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "mail.regards-croises.example.org", "192.0.2.141", "4DVB7tH0sKz8",
           addr("Inès Bouazza", "ines@regards-croises.example.org", enc="Q"),
           hdr("Rapport volontaire – collectif Regards Croisés (lien de téléchargement)", enc="Q"), M03_ID, body,
           extra=[("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        notes="the report is submitted as a Google-Drive-style folder link (file too big for mail): nothing "
              "attached and the report is not in the body, so report_attachments is empty and the secretariat must "
              "fetch it (as dev 049); collective report; signature with website, Instagram and Vimeo handles; "
              "Thunderbird format=flowed 8bit."))


def m04():
    # freelance journalist: press questions, not a request to speak
    when = at("2021-02-02 17:25:14")
    sent = sent_at(when, 0, 4)
    text = """Hi there,

I'm a freelance reporter covering labour migration in the Gulf and the Levant (bylines in regional online outlets and a couple of European dailies). I'm working on a piece about the GCM regional review and have a few questions:

1. Will the multi-stakeholder consultation on 23 Feb and the conference on 24-25 Feb be open to media? Is there an accreditation procedure?
2. Will the voluntary reports submitted by civil society be published, and if so, where and when?
3. Is there a press contact at IOM or ESCWA I could speak to on background?

My deadline is end of next week. Thanks in advance for any pointers.

Best,
Owen Gallagher
Freelance journalist
Twitter/X: @owengallagher_mena | Signal on request
Portfolio: https://owengallagher.example.net
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    m = mk(when, sent, "mail.protonmail.example.ch", "185.70.40.131", "4DVQ2nF6yMz1",
           "Owen Gallagher <owen.gallagher@protonmail.example.ch>", "Press enquiry: GCM regional review - media access?",
           "<Kx3vR7mQ0aZpW2tYc9bN4eL8sH1fJ6uD@protonmail.example.ch>", body,
           extra=[("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")])
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="press questions (media access, accreditation, publication of reports, a press contact): nothing "
              "submitted and nobody proposed as a speaker, although he gives name, title and handle; a human "
              "question, so acknowledged."))


def m05():
    # theatre company: the tour administrator writes on behalf of the artistic director; Outlook HTML, French
    when = at("2021-02-03 11:48:02")
    sent = sent_at(when, 1, 5)
    text = """Madame, Monsieur,

Je me permets de vous écrire au nom de la Compagnie Les Passeurs de Scène, compagnie de théâtre documentaire installée à Tunis et à Marseille, qui travaille depuis 2015 avec des personnes migrantes et exilées (ateliers d'écriture, spectacles joués par les participant·e·s eux-mêmes).

Notre metteuse en scène, Mme Hela Ben Romdhane, souhaiterait intervenir lors de la discussion ouverte de la consultation multipartite du 23 février, pour témoigner de ce que le théâtre permet de dire des parcours migratoires et des préjugés.

Mme Ben Romdhane est metteuse en scène et directrice artistique de la compagnie. Elle est en tournée cette semaine, c'est pourquoi je me charge de cette demande ; merci de mettre son adresse en copie de toute réponse : hela.benromdhane@passeursdescene.example.org

Avec mes remerciements et mes meilleures salutations,

Claire Vidal
Chargée de production et de diffusion
Compagnie Les Passeurs de Scène (Tunis / Marseille)
Licence d'entrepreneur de spectacles n° 2-1087456
www.passeursdescene.example.org — Facebook : /LesPasseursDeScene
"""
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;'
            'font-family:"Calibri",sans-serif}</style></head><body lang="FR" link="#0563C1">'
            '<div class="WordSection1">' + text2html(text).replace("<p>", '<p class="MsoNormal">') +
            '</div></body></html>\n')
    body = alt(text, "_000_PR1PR08MB4811D2A6F0B93C7E41A5D8B2PR1PR08MB4811eurp_", html=html)
    subj = "Demande d'intervention - Compagnie Les Passeurs de Scène"
    m = mk(when, sent, "mail-pr1pr08.outbound.protection.outlook.example.com", "203.0.113.81", "4DVw5Lp9qTz3",
           "Claire Vidal <production@passeursdescene.example.org>", hdr(subj, enc="Q"),
           "<PR1PR08MB4811D2A6F0B93C7E41A5D8B2@PR1PR08MB4811.eurprd08.prod.outlook.example.com>", body,
           cc="hela.benromdhane@passeursdescene.example.org",
           extra=ms_rows(hdr(subj, enc="Q"), "AdcAqR4Lm8Wz1Tn6Pv3Xk9Yc2bE5sQ==", "fr-FR"))
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hela Ben Romdhane", "metteuse en scène et directrice artistique", "Compagnie Les Passeurs de Scène",
           ["open_discussion"])],
        notes="the production manager writes on behalf of the director (who is Cc'd) and is not the speaker; the "
              "speaker is described in prose with 'Mme' (dropped); her title is written in lower case inside a "
              "sentence ('est metteuse en scène et directrice artistique de la compagnie'), recorded as written; "
              "the affiliation comes from the first paragraph; '(Tunis / Marseille)' in the signature is a place."))


def m06():
    # journalist offers an interview / a reportage instead of asking for a slot; Egyptian colloquial, phone
    when = at("2021-02-03 21:10:45")
    sent = sent_at(when, 2, 9)
    text = """مساء الخير

أنا منة الله شوقي، صحفية في موقع «مدى المهجر» المستقل. شفت الدعوة بتاعة الاستعراض الإقليمي وحابة أسأل: مش عايزين نطلب كلمة في المؤتمر، إحنا بنفكر نعمل حلقة بودكاست أو تقرير فيديو عن المؤتمر نفسه.

ممكن نعمل مقابلة قصيرة (١٥ دقيقة أونلاين) مع حد من فريق الأمانة أو من منظمة الهجرة الدولية قبل يوم ٢٣ فبراير؟ وهل مسموح نسجل أو نصور جلسات المؤتمر؟

شكراً جداً ومستنية ردكم
منة

مرسل من هاتفي Huawei
"""
    body = alt(text, "----=_Part_1904_77431226.1612379441201", b64=True)
    m = mk(when, sent, "mail-lf1-f66.google.example.com", "198.51.100.66", "4DW8hM2xRcz7",
           addr("Menna Shawky", "menna.shawky.journalist@gmail.example.com"), hdr("استفسار صحفي - مقابلة"),
           "<CAO7wLp2Nv9Rc4Xt1Qm6Kb3sYd8Fe0Hj5gU@mail.gmail.example.com>", body)
    add(6, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a journalist explicitly does not ask for a speaking slot ('مش عايزين نطلب كلمة') and instead "
              "proposes an interview with the secretariat and asks about filming the sessions: other, not a "
              "speaker request; Egyptian colloquial Arabic; Latin display name on Arabic text."))


M07_ID = "<DB8PR09MB3329A1F07C6E4B28D95E3A10@DB8PR09MB3329.eurprd09.prod.outlook.example.com>"


def m07():
    # refugee film collective: HTML-only, two speakers in a table, Dr. honorific
    when = at("2021-02-04 08:55:19")
    sent = sent_at(when, 1, 4)
    inner = """<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#222">
<p>Dear Secretariat,</p>
<p>On behalf of <b>Frame by Frame Refugee Film Collective (FbF)</b> I am pleased to propose two speakers for the Regional Review conference. FbF trains young refugees and migrants in Jordan, Lebanon and Iraqi Kurdistan to make short documentaries; our films have screened at 40+ festivals.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#1f3b5a;color:#fff"><th>Speaker</th><th>Position</th><th>Organisation</th><th>Requested role</th></tr>
<tr><td>Dr. Rania Saadeh</td><td>Co-founder and Head of Training</td><td>Frame by Frame Refugee Film Collective (FbF)</td><td>Rapporteur (key messages)</td></tr>
<tr><td>Ahmad Al-Kurdi</td><td>Youth Filmmaker &amp; Alumni Representative</td><td>Frame by Frame Refugee Film Collective (FbF)</td><td>Thematic roundtable 3 (or 4 if 3 is full)</td></tr>
</table>
<p>We can also screen a 6-minute film during a break if there is a screen available.</p>
<p>Kind regards,</p>
<p style="margin:0"><b>Julia Marsh</b><br>Operations Manager | Frame by Frame Refugee Film Collective<br>
<a href="https://framebyframe.example.org">framebyframe.example.org</a> &middot; <a href="https://vimeo.example.com/fbfcollective">vimeo.com/fbfcollective</a> &middot; @FbF_Films</p>
<p style="font-size:8pt;color:#888">This e-mail and any attachments are confidential. If you received it by mistake please delete it and notify the sender.</p>
</div>"""
    body = html_only(inner, lang="en", newlines=True)
    subj = "Speaker nominations - Frame by Frame Refugee Film Collective"
    m = mk(when, sent, "mail-db8pr09.outbound.protection.outlook.example.com", "203.0.113.99", "4DWQ3sK8vNz0",
           "Julia Marsh <julia@framebyframe.example.org>", subj, M07_ID, body,
           cc="rania.saadeh@framebyframe.example.org",
           extra=ms_rows(subj, "AdcA0Xb9Rk2Lw5Tm8Pq1Vn4cZs7eHg==", "en-GB"))
    add(7, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Saadeh", "Co-founder and Head of Training", "Frame by Frame Refugee Film Collective (FbF)",
           ["rapporteur"]),
        sp("Ahmad Al-Kurdi", "Youth Filmmaker & Alumni Representative",
           "Frame by Frame Refugee Film Collective (FbF)", ["roundtable"], 3)],
        notes="HTML-only, two speakers in an HTML table with '&amp;' in a title; 'Dr.' dropped; roundtable 3 is "
              "the first choice ('or 4 if 3 is full'); the sender (operations manager) is not a speaker; offer to "
              "screen a film is not a role; confidentiality footer; the proposed rapporteur is Cc'd."))


def m08():
    # bloggers' collective in Morocco: report PDF + one speaker, Gmail, both on time
    when = at("2021-02-04 14:31:27")
    sent = sent_at(when, 1, 6)
    text = """Bonjour à toute l'équipe,

Veuillez trouver ci-joint le rapport volontaire du Collectif des Blogueurs Subsahariens au Maroc (CBSM), rédigé à partir de 34 billets publiés sur nos blogs entre 2019 et 2020 et d'un atelier d'écriture tenu à Rabat en décembre. Il porte sur l'accès aux papiers, le logement et les discours haineux en ligne.

Par la même occasion, nous souhaitons proposer une intervenante pour la table ronde thématique 4 :
- Nom : Aïssatou Diop
- Fonction : Rédactrice en chef du blog collectif « Chroniques de Takkadoum »
- Organisation : Collectif des Blogueurs Subsahariens au Maroc (CBSM)

Merci d'avance et bonne continuation,

Serge Mbarga
Secrétaire général, CBSM
Blog : https://cbsm.example.ma · Twitter @CBSM_Maroc · FB /blogueurs.subsahariens
"""
    fname = "Rapport_volontaire_CBSM_2021.pdf"
    pdf = report_pdf("Collectif des Blogueurs Subsahariens au Maroc (CBSM)",
                     ["Methodologie: 34 billets et un atelier", "Acces aux papiers", "Logement",
                      "Discours haineux en ligne (objectif 17)", "Recommandations"])
    body = multi("mixed", [alt(text, "000000000000c93f1a05ba8e4b27"), attach("application/pdf", pdf, fname)],
                 "000000000000c9401b05ba8e4b29")
    m = mk(when, sent, "mail-wm1-f41.google.example.com", "198.51.100.41", "4DWg9Ft1bHz6",
           "CBSM Maroc <cbsm.maroc@gmail.example.com>", hdr("Rapport volontaire + proposition d'intervenante (CBSM)", enc="Q"),
           "<CAFt2Yq8Lm5Wr0Zk3Nv7Xb1cPs4He9Dg6uR@mail.gmail.example.com>", body)
    add(8, when, m, dict(category="both", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname], speakers=[
        sp("Aïssatou Diop", "Rédactrice en chef du blog collectif « Chroniques de Takkadoum »",
           "Collectif des Blogueurs Subsahariens au Maroc (CBSM)", ["roundtable"], 4)],
        notes="both, on time: PDF report plus one speaker in a dashed labelled list ('Nom :' with a space before the "
              "colon); the title names a blog with French guillemets, kept whole; the "
              "sender (secrétaire général) is not the speaker; shared Gmail account named after the collective."))


def m09():
    # freelance photographer, first person, no organisation; Arabic, iPhone plain text
    when = at("2021-02-04 22:02:10")
    sent = sent_at(when, 3, 6)
    text = """مرحباً،

اسمي عمر الدليمي، مصوّر صحفي مستقل مقيم بين أربيل وبيروت، أوثّق منذ ٢٠١٤ حياة النازحين والعمال المهاجرين في العراق ولبنان، ونُشرت أعمالي في عدد من الصحف والوكالات.

أرغب بالمشاركة في النقاش المفتوح ضمن المشاورة يوم ٢٣ شباط، والحديث عن صورة المهاجر في الإعلام العربي وكيف نصوّر الناس دون أن نسلبهم كرامتهم.

لست تابعاً لأي منظمة، أعمل لحسابي الخاص.

مع الشكر
عمر
انستغرام: @omar.dulaimi.photo

أُرسلت من الـ iPhone
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    m = mk(when, sent, "mail-pj1-f42.google.example.com", "198.51.100.142", "4DWx6Pk0nJz4",
           addr("Omar Al-Dulaimi", "omar.dulaimi.photo@gmail.example.com"), hdr("طلب مشاركة في النقاش المفتوح"),
           "<B3F9A6C1-0E47-4D2A-8C15-7A9E2D4F6B03@gmail.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(9, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("عمر الدليمي", "مصوّر صحفي مستقل", None, ["open_discussion"])],
        notes="an individual freelance photographer proposing himself in first-person prose; he states he belongs "
              "to no organisation ('لست تابعاً لأي منظمة'), so affiliation is null (not covered by dev: a secretary "
              "would leave it blank rather than write 'independent'); Latin display name; the cities after the "
              "title are places of residence, not part of the title."))


def m10():
    # network of community radios: comms officer on behalf of the network coordinator; received 23:57:41 on 5 Feb
    when = at("2021-02-05 23:57:41")
    sent = sent_at(when, 1, 6)
    text = """Dear GCM Regional Review Secretariat,

Apologies for the late hour. I am writing on behalf of our network coordinator, who asked me to submit this before the deadline while she is travelling.

We would like to request a floor intervention in the plenary session for:

Ms. Samar Haddad-Lindqvist
Network Coordinator, Arab Community Radio Network for Migrant Voices (ACRN-MV)

ACRN-MV links 14 community and web radios in 9 countries that broadcast for and by migrants, refugees and displaced people. Samar would speak on access to information in migrants' own languages during COVID-19.

Kind regards,

Jonas Berg
Communications Officer
ACRN-MV - Arab Community Radio Network for Migrant Voices
Stockholm office | +46 8 000 00 00
acrn-mv.example.org | @ACRN_MV | soundcloud.example.com/acrn-mv

Please consider the environment before printing this e-mail.
"""
    body = alt(text, "----=_NextPart_000_0041_01D6FBB1.7C2E9A40")
    m = mk(when, sent, "smtp.acrn-mv.example.org", "192.0.2.57", "4DXL1Wc7tQz2",
           "Jonas Berg <jonas.berg@acrn-mv.example.org>", "Plenary speaker request - ACRN-MV",
           "<000001d6fbb1$7c2e9a40$748bcec0$@acrn-mv.example.org>", body,
           extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHW+7F8Lp3mRz0kT9xW2nQb5cVe4g=="),
                  ("Content-Language", "sv")])
    add(10, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Samar Haddad-Lindqvist", "Network Coordinator",
           "Arab Community Radio Network for Migrant Voices (ACRN-MV)", ["plenary"])],
        notes="edge: received 23:57:41 on 5 February Beirut time (Date 22:57:35 +0100): on time; the communications "
              "officer writes on behalf of the coordinator and is not the speaker; 'Ms.' dropped; hyphenated "
              "surname; the affiliation in the body carries the acronym in brackets (the signature writes it "
              "'ACRN-MV - ...' the other way round); Content-Language sv."))


def m11():
    # film/radio journalists, late, two speakers pasted from the online form; plain text Gmail reply to nothing
    when = at("2021-02-07 10:14:05")
    sent = sent_at(when, 1, 5)
    text = """Bonjour,

Nous n'avons vu votre appel qu'hier, désolés de ce retard. Voici les informations demandées, copiées depuis le formulaire que nous avions rempli pour nos archives :

=========================
Intervenant(e) n°1
Nom et prénom : KONATÉ Mariam
Titre / fonction : Réalisatrice, coordinatrice des ateliers vidéo
Organisation : Association Caméras Solidaires
Session souhaitée : séance plénière
=========================
Intervenant(e) n°2
Nom et prénom : Yanis Hamidi
Titre / fonction : Journaliste radio
Organisation : Association Caméras Solidaires – antenne d'Oran
Session souhaitée : table ronde n° 2
=========================

Pour info, Mariam Konaté a réalisé le documentaire « Brûler la mer » (2019) avec des jeunes harraga de Mostaganem ; Yanis anime l'émission hebdomadaire « Ici et là-bas ».

Si les inscriptions sont closes, nous comprendrons, mais nous restons disponibles pour une intervention depuis la salle.

Bien à vous,
Yanis Hamidi
Association Caméras Solidaires
"""
    body = alt(text, "000000000000e81d4c05bab0f172")
    m = mk(when, sent, "mail-wr1-f67.google.example.com", "198.51.100.67", "4DYb3Vn8kLz5",
           "Yanis Hamidi <yanis.hamidi.radio@gmail.example.com>", "Inscription intervenants - Caméras Solidaires",
           "<CAH9pQr3Wm6Lt1Zv8Xk0Nb5cYs2Fe7Dj4gT@mail.gmail.example.com>", body)
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Mariam Konaté", "Réalisatrice, coordinatrice des ateliers vidéo", "Association Caméras Solidaires",
           ["plenary"]),
        sp("Yanis Hamidi", "Journaliste radio", "Association Caméras Solidaires", ["roundtable"], 2)],
        notes="late (7 February) and says so; two speakers pasted from a form; the first name is written in "
              "administrative order 'KONATÉ Mariam' (surname in capitals first) in the form; the body "
              "also writes 'Mariam Konaté', the form a secretary registers; the second speaker is the sender; '– antenne d'Oran' (the local "
              "branch) left out of the affiliation like a place; 'table ronde n° 2'."))


def m12():
    # out-of-office of a radio editor-in-chief answering the secretariat's deadline-extension notice
    when = at("2021-02-08 09:31:02")
    sent = sent_at(when, 2, 3)
    text = """شكراً على رسالتكم.

أنا في إجازة حتى يوم الأحد ١٤ شباط ٢٠٢١ ولن أتمكن من الرد على البريد الإلكتروني قبل ذلك.
لأمور البث والبرامج يرجى التواصل مع غرفة الأخبار: newsroom@radio-almahjar.example.lb
وللمواضيع الإدارية: admin@radio-almahjar.example.lb

مع التحية،
رئيس التحرير – راديو المهجر
"""
    body = alt(text, "_000_AM6PR04MB5530E2F9B1C74D0A36E8F5B4AM6PR04MB5530eurp_", b64=True)
    subj = hdr("رد تلقائي: Reminder: voluntary GCM review reports - deadline extended to 16 February 2021")
    rows = std_rows(when, "mail-am6pr04.outbound.protection.outlook.example.com", "203.0.113.46", "4DYx0Km5rPz9",
                    addr("رئيس التحرير", "editor@radio-almahjar.example.lb"), subj, rfcdate(sent),
                    "<AM6PR04MB5530E2F9B1C74D0A36E8F5B4@AM6PR04MB5530.eurprd04.prod.outlook.example.com>",
                    to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                           ("X-MS-Exchange-Inbox-Rules-Loop", "editor@radio-almahjar.example.lb")])
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", "<reminder.20210208.0712@gcmrrarabstates.iom.int>"),
             ("References", "<reminder.20210208.0712@gcmrrarabstates.iom.int>"), ("Content-Language", "ar-LB")]
    add(12, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of a radio editor-in-chief answering the secretariat's reminder about the "
              "extended report deadline (not a labelled message); Arabic prefix 'رد تلقائي:' on an English subject "
              "that names voluntary reports and a date; Auto-Submitted: auto-replied, null Return-Path; the body "
              "lists other addresses to contact. Never acknowledge."))


M13_ID = "<CAB4nX7qLr2Wm9Tz0Kp5Yc8sVe3Hd1Fg6jQ@mail.gmail.example.com>"


def m13():
    # blogger replies late to the invitation, quoting it '>'-style; proposes herself as rapporteur
    when = at("2021-02-08 16:44:50")
    sent = sent_at(when, 2, 6)
    text = """Dear all,

Sorry this is coming after your 5 Feb date -- the invitation only reached me through a friend this weekend. In case there is still room: I'd like to put myself forward as a rapporteur to deliver the stakeholders' key messages. I've spent the last four years live-blogging and summarising civil-society meetings on migration (Beirut, Tunis, Amman), so condensing two days of debate into a few clear messages is basically my day job.

Name: Dalia Mourad
Title: Founding Editor
Organisation: Mahattat - migration stories blog

All the best,
Dalia

--
Dalia Mourad
Founding Editor, Mahattat
mahattat.example.blog | Substack: mahattat.substack.example.com
Twitter @daliamourad | Mastodon @dalia@journa.example.host
PGP: 4F2A 91C0 7D3E 55B8 0A16  C9E2 7F04 3B18 D6A5 2E91

On Wed, 27 Jan 2021 at 11:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
> Dear colleagues,
>
> We are pleased to invite you to the Regional Review of the Global Compact for
> Migration in the Arab Region. Stakeholders may submit a voluntary GCM review
> report to this address by 16 February 2021, and may request a speaking role
> (open discussion on 23 February, rapporteur, plenary or one of the four
> thematic roundtables on 24-25 February) by Friday 5 February 2021, giving
> the speaker's name, title and organizational affiliation.
>
> Regional Review Secretariat
"""
    body = alt(text, "000000000000a27c3e05bad4e918")
    m = mk(when, sent, "mail-ej1-f50.google.example.com", "198.51.100.50", "4DZ4Lq7wTnz1",
           "Dalia Mourad <dalia@mahattat.example.blog>", "Re: " + INVITE_SUBJ, M13_ID, body,
           extra=[("In-Reply-To", "<invitation.20210127@gcmrrarabstates.iom.int>"),
                  ("References", "<invitation.20210127@gcmrrarabstates.iom.int>")])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Dalia Mourad", "Founding Editor", "Mahattat - migration stories blog", ["rapporteur"])],
        notes="late (8 February) and says so; reply to the invitation quoting it with '>' (the quote lists every "
              "role and the report deadline: it must not drive the classification); the sender proposes herself "
              "in labelled lines; the affiliation is recorded as the labelled line writes it (the signature only "
              "says 'Mahattat'); signature with blog, Substack, Twitter, Mastodon and a PGP fingerprint."))


def m14():
    # theatre troupe in Beirut: DOCX report + a rapporteur; received 10 Feb: report on time, speaker late
    when = at("2021-02-10 12:20:33")
    sent = sent_at(when, 2, 5)
    text = """مرحبا،

مرفق تقرير فرقة مسرح الشتات عن الاستعراض الطوعي للاتفاق العالمي للهجرة. التقرير مكتوب جماعياً مع الممثلين والممثلات، وأغلبهم عمال مهاجرون ولاجئون، ويحكي عن تجربتنا بالمسرح التفاعلي بمخيمات ومناطق بيروت وطرابلس، ومعه توصياتنا للحكومات.

وكمان بدنا نرشّح زميلتنا سارة منصور، المنسقة الفنية بالفرقة، لتكون مقرِّرة وتقدم الرسائل الرئيسية لأصحاب المصلحة. بعرف إنو الموعد خلص بس منتمنى تاخدوا الطلب بعين الاعتبار.

شكراً كتير
كريم عساف
مدير فرقة مسرح الشتات
فيسبوك وانستغرام: @masrah.alshatat
"""
    fname = "تقرير فرقة مسرح الشتات - الاتفاق العالمي للهجرة.docx"
    doc = make_docx(["Diaspora Theatre Troupe - voluntary GCM review report (Arabic)", "1. Who we are",
                     "2. Interactive theatre with migrant workers and refugees", "3. Objectives 16 and 17",
                     "4. Recommendations to governments"])
    body = multi("mixed", [alt(text, "000000000000f10a8d05bb0c3e41", rtl=True), attach(DOCX, doc, fname)],
                 "000000000000f10a8e05bb0c3e43")
    m = mk(when, sent, "mail-wr1-f45.google.example.com", "198.51.100.45", "4DZkR2m9Xwz6",
           addr("كريم عساف", "karim.assaf.shatat@gmail.example.com"), hdr("تقرير + ترشيح مقررة"),
           "<CAM1kT6pZr3Xw8Nq0Lv5Yb2cHs9Ej4Fd7gP@mail.gmail.example.com>", body)
    add(14, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
        sp("سارة منصور", "المنسقة الفنية", "فرقة مسرح الشتات", ["rapporteur"])],
        notes="both, received 10 February: the report part is on time but the speaker part is late (the sender "
              "knows), so on_time is false (as dev 035); Lebanese colloquial Arabic; the speaker's title is written "
              "'المنسقة الفنية بالفرقة' (in the troupe): the affiliation comes from the troupe named in the first "
              "sentence; Arabic DOCX name sent RFC 2231/2047."))


def m15():
    # follow-up on h198-03: did the link work? (reply in thread)
    when = at("2021-02-10 18:05:12")
    sent = sent_at(when, 1, 4)
    text = """Bonjour,

Je me permets de revenir vers vous : avez-vous pu télécharger notre rapport depuis le lien Drive ? Nous n'avons pas reçu d'accusé de réception et quelqu'un nous a dit que certains liens étaient bloqués par les pare-feu des institutions.

Si besoin, nous pouvons envoyer la version « légère » (4 Mo, sans photos) directement en pièce jointe.

Merci et bonne soirée,
Inès

Le 02/02/2021 à 08:03, Inès Bouazza a écrit :
> Bonjour,
>
> Le collectif Regards Croisés Sahel-Maghreb a le plaisir de vous transmettre
> sa contribution à l'examen régional du Pacte mondial sur les migrations, sous
> la forme d'un rapport volontaire collectif (12 photographes, 5 pays).
> [...]
> https://drive.example.com/drive/folders/1RcSm-GCM2021-rapport-collectif?usp=sharing
"""
    body = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent, "mail.regards-croises.example.org", "192.0.2.141", "4DZxF5c2Vnz0",
           addr("Inès Bouazza", "ines@regards-croises.example.org", enc="Q"),
           hdr("Re: Rapport volontaire – collectif Regards Croisés (lien de téléchargement)", enc="Q"),
           "<c81f4e27-9a03-4b6d-b5e2-3f70a1d8c964@regards-croises.example.org>", body,
           extra=[("In-Reply-To", M03_ID), ("References", M03_ID),
                  ("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
                  ("Content-Language", "fr")])
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h198-03.eml",
        notes="follow-up in the thread of h198-03 asking whether the drive link could be opened and offering a "
              "lighter version as an attachment: a question, nothing new submitted; the quoted original repeats the "
              "link; the sender says no acknowledgement arrived."))


M16_ID = "<AS8PR07MB7461C3D0E9A25F184B6C7E2D@AS8PR07MB7461.eurprd07.prod.outlook.example.com>"


def m16():
    # migrant media network: PDF report + exhibition photos (decoys) + logo; Outlook; colleague Cc'd
    when = at("2021-02-11 10:40:00")
    sent = sent_at(when, 1, 6)
    text = """Dear Regional Review team,

Please find attached the voluntary GCM review report of the Migrant Media Exchange (MMX), a network of 60+ journalists, photographers and content creators with a migration background working in Europe and the Arab region.

The report ("Telling it right: migrants in Arab and European media, 2018-2020") reviews progress on GCM Objective 17 and looks at how newsrooms cover labour migration, return and detention. I have also attached two photographs from our travelling exhibition "Faces of the Route", which illustrate chapter 3 -- they are for information only and may not be reproduced without credit.

My colleague Peter, who coordinated the research, is in copy.

With best wishes,

Hana Yilmaz-Farah
Director | Migrant Media Exchange (MMX)
Brussels - Amman
W: mmx.example.org   T: @MMX_news   IG: @facesoftheroute
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="EN-GB"><div class="WordSection1">' + text2html(text) +
            '<p><img src="cid:image001.png@01D70051.3A2B1C40" width="120" height="40" alt="MMX logo"></p>'
            '</div></body></html>\n')
    alt_part = alt(text, "_000_AS8PR07MB7461C3D0E9A25F184B6C7E2DAS8PR07MB7461eurp_", html=html)
    related = multi("related", [alt_part, pic("image001.png", (230, 90, 20), cid="image001.png@01D70051.3A2B1C40")],
                    "_005_AS8PR07MB7461C3D0E9A25F184B6C7E2DAS8PR07MB7461eurp_", params=[("type", '"multipart/alternative"')])
    fname = "MMX_Telling-it-right_GCM-voluntary-review_2021.pdf"
    pdf = report_pdf("Migrant Media Exchange (MMX)", ["Telling it right: migrants in Arab and European media",
                                                      "Objective 17", "Coverage of labour migration",
                                                      "Return and detention", "Recommendations to newsrooms"])
    body = multi("mixed", [related, attach("application/pdf", pdf, fname),
                           pic("FacesOfTheRoute_01_Sfax_(c)MMX.png", (40, 60, 90), inline=False),
                           pic("FacesOfTheRoute_02_Agadez_(c)MMX.png", (90, 70, 40), inline=False)],
                 "_006_AS8PR07MB7461C3D0E9A25F184B6C7E2DAS8PR07MB7461eurp_")
    subj = "MMX voluntary GCM review report"
    m = mk(when, sent, "mail-as8pr07.outbound.protection.outlook.example.com", "203.0.113.74", "4DbJ8Nw3cRz7",
           "Hana Yilmaz-Farah <hana@mmx.example.org>", subj, M16_ID, body,
           cc="Peter Okafor <peter.okafor@mmx.example.org>",
           extra=ms_rows(subj, "AdcAUh1Kz7Wq4Lr0Tm9Xn3Pb6cYe2g==", "en-GB", "yes"))
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="PDF report plus two exhibition photographs attached (explicitly 'for information only': not part of "
              "the report) and an inline logo; 'Director | Migrant Media Exchange (MMX)' signature is not a speaker "
              "request; a colleague in Cc, whose address bounces our acknowledgement (h198-17)."))


def m17():
    # Postfix DSN: our acknowledgement of h198-16 to the Cc'd colleague, user unknown
    when = at("2021-02-11 10:41:37")
    text = POSTFIX_NOTICE + """
<peter.okafor@mmx.example.org>: host mx01.mmx.example.org[192.0.2.203] said:
    550 5.1.1 <peter.okafor@mmx.example.org>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DbJ9Qa6mTz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; peter.okafor@mmx.example.org\n"
           "Original-Recipient: rfc822;peter.okafor@mmx.example.org\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; mx01.mmx.example.org\n"
           "Diagnostic-Code: smtp; 550 5.1.1 <peter.okafor@mmx.example.org>: Recipient\n"
           "    address rejected: User unknown in virtual mailbox table\n" % rfcdate(when - dt.timedelta(seconds=3), "EET"))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: hana@mmx.example.org\n"
            "Cc: peter.okafor@mmx.example.org\n"
            "Subject: Acknowledgement of receipt - MMX voluntary GCM review report\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n" % (rfcdate(when - dt.timedelta(seconds=4)), our_ack("4DbJ9Qa6mTz1"), M16_ID))
    body = dsn_report(text, dsn, hdrs, "4DbJ9Tb8pWz3.1613032897/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DbJ9Tb8pWz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210211084137.4DbJ9Tb8pWz3@mx1.iom.int>")]
    add(17, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN, 5.1.1 user unknown, for the Cc copy of our acknowledgement of h198-16 (the colleague "
              "has left); returned headers only, whose In-Reply-To names h198-16 and whose subject mentions the "
              "voluntary report; a bounce is never part of a submission (thread_of null, as dev bounces)."))


def m18():
    # network of Arab migrant journalists: Arabic PDF name, Gmail; formal Arabic
    when = at("2021-02-12 13:12:44")
    sent = sent_at(when, 3, 5)
    text = """حضرات القائمين على الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة،

تحية طيبة،

يسرّ شبكة الصحفيين العرب في المهجر أن ترفق لكم تقريرها الطوعي عن تنفيذ الاتفاق العالمي، وقد أعدّته لجنة من أعضاء الشبكة في ست دول، ويركز على الهدف السابع عشر (القضاء على جميع أشكال التمييز وتشجيع الخطاب العام القائم على الأدلة) وعلى أوضاع الصحفيين المهاجرين واللاجئين أنفسهم.

نأمل أن يُعرض التقرير ضمن الوثائق المرجعية للمؤتمر.

مع فائق الاحترام،

د. ليلى حمدان
المنسقة العامة
شبكة الصحفيين العرب في المهجر (شبكة مهجر)
الموقع: mahjar-journalists.example.net | تويتر: ‎@MahjarNet
"""
    fname = "التقرير الطوعي - شبكة الصحفيين العرب في المهجر.pdf"
    pdf = report_pdf("Network of Arab Journalists in the Diaspora (Mahjar Network)",
                     ["Methodology: six countries", "Objective 17", "Migrant and refugee journalists",
                      "Hate speech online", "Recommendations"])
    body = multi("mixed", [alt(text, "0000000000003b7e2105bb21c9d4", b64=True), attach("application/pdf", pdf, fname)],
                 "0000000000003b7e2205bb21c9d6")
    m = mk(when, sent, "mail-qt1-f181.google.example.com", "198.51.100.181", "4Dbx2Gm6Lkz8",
           addr("شبكة مهجر", "mahjar.journalists@gmail.example.com"), hdr("التقرير الطوعي لشبكة الصحفيين العرب في المهجر"),
           "<CAJ6vN1xRq8Lm3Wt5Kz0Yp7cBs2He9Dg4fU@mail.gmail.example.com>", body)
    add(18, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="formal Arabic; PDF with an Arabic file name (RFC 2231 filename*, RFC 2047 name); the signature "
              "(coordinator with 'د.') and the wish to have the report shown at the conference are not a speaker "
              "request; base64 text parts."))


M19_ID = "<1613299521.8842.1940@webmail.ondes-voisines.example.fr>"


def m19():
    # podcast collective, France/Tunisia: DOCX with accented name; Roundcube HTML-only
    when = at("2021-02-14 12:45:26")
    sent = sent_at(when, 1, 5)
    inner = """<p>Madame, Monsieur,</p>
<p>Nous avons l'honneur de vous adresser, en pièce jointe, le rapport volontaire du collectif <i>Ondes Voisines</i> (podcasts et créations sonores avec des personnes exilées, Marseille – Tunis – Sousse), au titre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.</p>
<p>Ce document a été rédigé à partir de 48 entretiens sonores réalisés en 2020 ; les extraits audio cités sont disponibles sur demande.</p>
<p>Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.</p>
<p>Pour le collectif,<br>Bérénice Lefort-Trabelsi<br>Coordinatrice éditoriale<br>
<a href="https://ondesvoisines.example.fr">ondesvoisines.example.fr</a> · Spotify / Deezer / Apple Podcasts : « Ondes Voisines »<br>
<span style="color:#999">🎧 Saison 2 : « Ceux qui restent » — en ligne</span></p>"""
    fname = "Rapport_volontaire_Ondes_Voisines_PMM_février2021.docx"
    doc = make_docx(["Collectif Ondes Voisines - rapport volontaire (examen regional du PMM)",
                     "1. Presentation du collectif", "2. Methode : 48 entretiens sonores",
                     "3. Objectifs 3, 16 et 17", "4. Recommandations"])
    body = multi("mixed", [html_only(inner, lang="fr", newlines=True), attach(DOCX, doc, fname)],
                 "=_b9e3a07c41d25f8e6a10c3d7e2f94b58")
    m = mk(when, sent, "webmail.ondes-voisines.example.fr", "192.0.2.164", "4DcXw1Tn5Gz3",
           addr("Collectif Ondes Voisines", "contact@ondes-voisines.example.fr"),
           hdr("Rapport volontaire – collectif Ondes Voisines", enc="Q"), M19_ID, body,
           extra=[("User-Agent", "Roundcube Webmail/1.4.11"), ("X-Sender", "contact@ondes-voisines.example.fr")])
    add(19, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="HTML-only body with a DOCX whose accented name ('février') is sent as RFC 2231 filename* and RFC "
              "2047 name; administrative French closing formula; signature with podcast platforms and an emoji "
              "line; revised by h198-24."))


def m20():
    # thank-you reply to our acknowledgement of h198-16 (adds nothing new)
    when = at("2021-02-15 09:02:18")
    sent = sent_at(when, 1, 5)
    text = """Many thanks -- and sorry about the bounce, Peter left us in January and I forgot to update my contacts. Please use research@mmx.example.org for him from now on.

Best,
Hana

Sent from Outlook for Android
________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Thursday, February 11, 2021 9:41:33 AM
To: hana@mmx.example.org <hana@mmx.example.org>
Cc: peter.okafor@mmx.example.org <peter.okafor@mmx.example.org>
Subject: Acknowledgement of receipt - MMX voluntary GCM review report

Dear Hana Yilmaz-Farah,

We confirm receipt of your voluntary GCM review report (MMX_Telling-it-right_GCM-voluntary-review_2021.pdf), received on time.

Regional Review of the Global Compact for Migration - Arab States
"""
    body = alt(text, "_000_AS8PR07MB7461F2B9C0D1E4A73586B9C1AS8PR07MB7461eurp_")
    aid = our_ack("4DbJ9Qa6mTz1")
    subj = "Re: Acknowledgement of receipt - MMX voluntary GCM review report"
    m = mk(when, sent, "mail-as8pr07.outbound.protection.outlook.example.com", "203.0.113.74", "4DdF0Xq4Wmz2",
           "Hana Yilmaz-Farah <hana@mmx.example.org>", subj,
           "<AS8PR07MB7461F2B9C0D1E4A73586B9C1@AS8PR07MB7461.eurprd07.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", aid), ("References", "%s %s" % (M16_ID, aid)),
                  ("X-Mailer", "Outlook for Android"), ("Content-Language", "en-GB")])
    add(20, when, m, dict(category="other", language="en", acknowledge=False, on_time=None, thread_of="h198-16.eml",
        notes="a thank-you reply from a phone to our acknowledgement of h198-16 that adds nothing to the submission: "
              "acknowledge false (LABELS.md); it gives a new address for the Cc'd colleague, a contact update the "
              "secretariat may note by hand, but nothing to acknowledge; the quoted acknowledgement names the "
              "report file though nothing is attached; thread_of h198-16 (References names it)."))


def m21():
    # Moroccan community radio: darija in Arabic script, details in the signature, late
    when = at("2021-02-15 20:30:52")
    sent = sent_at(when, 1, 6)
    text = """السلام عليكم،

عافاكم بغينا نشاركو فالمائدة المستديرة التانية ديال المؤتمر، على حساب داكشي اللي كنديرو فالراديو ديالنا مع المهاجرين الأفارقة فالدار البيضاء (برامج بالفرنسية والولوف والبمبارا والدارجة). اللي غادي يهضر هو أنا.

عارفين بلي التاريخ فات، سمحو لينا، ما وصلاتناش الدعوة حتى لهاد السيمانة.

شكرا بزاف

يوسف العمراني
مدير البرامج
راديو جسور – إذاعة الجمعيات على الإنترنت، الدار البيضاء
Radio Jusour | fb.example.com/radiojusour | ‎+212 6 00 00 00 00
"""
    body = alt(text, "000000000000d84b7f05bb61a2e3", rtl=True)
    m = mk(when, sent, "mail-wm1-f73.google.example.com", "198.51.100.73", "4DdZ7Hc1Rpz9",
           "Radio Jusour <radio.jusour@gmail.example.com>", hdr("طلب المشاركة - راديو جسور"),
           "<CAE8yR2wNm5Lq0Xv7Tk3Zb9cPs1Fh6Dj4gW@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("يوسف العمراني", "مدير البرامج", "راديو جسور", ["roundtable"], 2)],
        notes="late (15 February) and says so; Moroccan darija in Arabic script; the speaker is the sender ('اللي "
              "غادي يهضر هو أنا') and his name, title and station are only in the signature; affiliation recorded "
              "as the station's name 'راديو جسور': the words after the dash are a descriptive tagline (not covered by "
              "dev; a secretary registers the name) and the city after the comma is a place; roundtable as 'التانية' (dialect spelling of the second)."))


def m22():
    # migration film festival: PDF report + two speakers, 16 Feb 23:41: report on time, speaker part late
    when = at("2021-02-16 23:41:09")
    sent = sent_at(when, 1, 7)
    text = """Madame, Monsieur,

Veuillez trouver ci-joint le rapport volontaire de l'association Festival Itinérant du Film des Migrations (FIFM), qui présente le bilan de nos projections-débats dans 22 villes du Maroc, d'Algérie et de Tunisie depuis 2017 et nos recommandations sur l'objectif 17 du Pacte.

Nous savons que la date pour les intervenants est passée, mais si une place restait disponible, nous aimerions proposer :

• M. Hichem Belkadi, délégué général du FIFM, pour une intervention en séance plénière ;
• Mme Nour El Houda Karoui, programmatrice et responsable des ateliers jeunes du FIFM, pour la table ronde thématique n° 3.

Avec nos remerciements et toutes nos excuses pour cet envoi tardif,

Lina Cherif
Chargée de communication
Festival Itinérant du Film des Migrations (FIFM)
fifm.example.org | Instagram & TikTok : @fifm.festival | YouTube : FIFM TV
"""
    fname = "FIFM - Rapport volontaire PMM 2021.pdf"
    pdf = report_pdf("Festival Itinerant du Film des Migrations (FIFM)",
                     ["Bilan 2017-2020: 22 villes", "Projections-debats et publics", "Objectif 17",
                      "Recommandations"])
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Verdana,sans-serif;font-size:10pt">' + text2html(text) + '</div></body></html>\n')
    body = multi("mixed", [alt(text, "----=_Part_58213_1038841120.1613511662031", html=html),
                           attach("application/pdf", pdf, fname)], "----=_Part_58212_712904455.1613511662031")
    m = mk(when, sent, "smtp.laposte.example.net", "192.0.2.177", "4Df9Kr3Ybwz5",
           "FIFM Communication <communication@fifm.example.org>",
           hdr("Rapport volontaire FIFM + propositions d'intervenants", enc="Q"),
           "<1290457731.58214.1613511662031@webmail.laposte.example.net>", body,
           extra=[("X-Mailer", "Open-Xchange Mailer v7.10.4-Rev30")])
    add(22, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        report_attachments=[fname], speakers=[
        sp("Hichem Belkadi", "délégué général", "Festival Itinérant du Film des Migrations (FIFM)", ["plenary"]),
        sp("Nour El Houda Karoui", "programmatrice et responsable des ateliers jeunes",
           "Festival Itinérant du Film des Migrations (FIFM)", ["roundtable"], 3)],
        notes="both, received 23:41 on 16 February: the report part is on time (by 19 minutes) but the speaker "
              "part is long past 5 February, so on_time is false; two speakers in prose bullets with 'M.'/'Mme' "
              "dropped; titles written in lower case mid-sentence ('délégué général du FIFM') recorded as written "
              "without the trailing 'du FIFM'; the affiliation is the full name with its acronym from the first "
              "paragraph and the signature; the sender (communication officer) is not a speaker."))


def m23():
    # Syrian photographers' collective in Gaziantep/Beirut: PDF from iPhone, late, almost no text
    when = at("2021-02-17 07:55:40")
    sent = sent_at(when, 3, 5)
    t1 = "صباح الخير، مرفق تقرير تجمّع عدسة المنفى. آسفين عالتأخير، كان في انقطاع كهربا وإنترنت عنا.\n\n"
    t2 = "\n\nتجمّع عدسة المنفى للمصورين السوريين\n\nمرسل من iPhone الخاص بي\n"
    fname = "Adasat_AlManfa_report_GCM.pdf"
    pdf = report_pdf("Exile Lens Collective of Syrian Photographers",
                     ["Who we are", "Documenting displacement 2015-2020", "Objectives 7 and 17",
                      "Recommendations"])
    p_pdf = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname), ("x-unix-mode", "0644")],
                 disp='inline; filename="%s"' % fname)
    body = multi("mixed", [leaf("text/plain", t1, "utf-8", "base64"), p_pdf, leaf("text/plain", t2, "utf-8", "base64")],
                 "Apple-Mail-3A9D0B7E-6C14-4F28-B5E1-9D2C7A0F4E63")
    m = mk(when, sent, "smtp.mail.example.com", "192.0.2.219", "4DfQ6Tm0Xcz4",
           addr("عدسة المنفى", "adasat.almanfa@icloud.example.com"), hdr("تقرير"),
           "<7E2A9C41-D05B-4F3E-8A16-B9C0E3D47F25@icloud.example.com>", body,
           extra=[("X-Mailer", "iPhone Mail (18D52)")])
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late (17 February 07:55) and apologises (power and internet cuts); iPhone layout multipart/mixed "
              "[text, PDF inline, text]: the inline PDF is the report; one-word subject; Levantine colloquial; "
              "signed by the collective only."))


def m24():
    # corrected version of the h198-19 report, replying to it; late; Apple Mail
    when = at("2021-02-18 11:20:03")
    sent = sent_at(when, 1, 6)
    text = """Bonjour,

Suite à notre envoi du 14 février, vous trouverez ci-joint une version corrigée de notre rapport (v2) : une erreur s'était glissée dans les chiffres du chapitre 3 et deux témoins nous ont demandé d'anonymiser leurs prénoms. Merci de bien vouloir remplacer la première version par celle-ci.

Bien cordialement,
Bérénice Lefort-Trabelsi
Collectif Ondes Voisines

> Le 14 févr. 2021 à 11:45, Collectif Ondes Voisines <contact@ondes-voisines.example.fr> a écrit :
>
> Madame, Monsieur,
> Nous avons l'honneur de vous adresser, en pièce jointe, le rapport volontaire du collectif Ondes Voisines [...]
"""
    fname = "Rapport_volontaire_Ondes_Voisines_PMM_v2_corrigé.docx"
    doc = make_docx(["Collectif Ondes Voisines - rapport volontaire (examen regional du PMM) - v2 corrigee",
                     "1. Presentation du collectif", "2. Methode : 48 entretiens sonores",
                     "3. Objectifs 3, 16 et 17 (chiffres corriges)", "4. Recommandations"])
    body = multi("mixed", [leaf("text/plain", text, "utf-8", "quoted-printable"), attach(DOCX, doc, fname)],
                 "Apple-Mail=_5C7E1B93-0A2D-4F68-9E34-D1B8A6C2F057")
    m = mk(when, sent, "smtp.ondes-voisines.example.fr", "192.0.2.165", "4Dg4Bv8Pnqz6",
           addr("Bérénice Lefort-Trabelsi", "berenice@ondes-voisines.example.fr", enc="Q"),
           hdr("Re: Rapport volontaire – collectif Ondes Voisines (version corrigée)", enc="Q"),
           "<2F8B6D0A-4C91-4E37-A5D2-83E0F17B9C46@ondes-voisines.example.fr>", body,
           extra=[("In-Reply-To", M19_ID), ("References", M19_ID),
                  ("X-Mailer", "Apple Mail (2.3654.60.0.2.21)")])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        thread_of="h198-19.eml", report_attachments=[fname],
        notes="corrected version (v2) of the h198-19 report, replying to it (In-Reply-To/References) from the "
              "coordinator's own address rather than the collective's: received 18 February, after the report "
              "deadline although the original was on time (as dev 053); accented file name sent RFC 2231."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
