#!/usr/bin/env python3
"""Write the blind evaluation set holdout281 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets281.py
Theme: returnees, survivors and people who must stay safe (25 January - 18 February 2021).  A Beirut shelter's
caseworker proposes a trafficking survivor to be listed by her first name only, with Amharic interpretation (her
out-of-office answers our acknowledgement, and her colleague later withdraws the survivor), a Moroccan returnee in a
wheelchair who only wants to attend, a conference interpreter writing for a returnees' association president who
will speak in darija, a survivor in Lebanon who asks to be listed under a pseudonym (and thanks us for the
acknowledgement), a Deaf-led network asking about sign language and captions, a Tunisian reintegration network's
report with a blurred workshop photo, an unnamed collective of domestic workers in the Gulf sending its report from
ProtonMail and then a corrected version, a Duhok returnees' organisation sending a report and a speaker who will
speak Kurdish (its hotline autoresponder answers our acknowledgement), a Djibouti association whose speaker uses a
wheelchair, a Sudanese returnee from Libya at 23:51 on the speaker deadline who asks that his group not be named, a
Deaf returnee from Annaba who will speak in Algerian sign language (late), an Egyptian foundation's report with an
annex of testimonies under pseudonyms, a Tangier association's report and a survivor presented as 'Salma' (the
psychologist's full mailbox bounces our acknowledgement), a Sudanese returnees' league that declines, a Libyan
organisation that withholds its name at 23:47 on the report deadline, a Lyon association whose Date header still
says 16 February, a Mauritanian network registering three attendees (one in a wheelchair) and a young Algerian
returnee who sends his own text and asks to speak two days after the report deadline.
Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     leaf, make_docx, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook, exchange_ooo_rows
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(281)
add = SET.add
H = "h281-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
APPLE = "Apple Mail (2.3654.40.0.2.32)"
YAHOO = "WebService/1.1.17712 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.9"


# ---------------------------------------------------------------- client-specific HTML
def android_html(text):
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="auto">%s</div></body></html>\n' % inner)


def apple_html(text, rtl=False):
    d = ' dir="rtl"' if rtl else ""
    inner = "".join("<div%s>%s</div>" % (d, esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
            'dir="auto">%s</body></html>\n' % inner)


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp6c1e2a90yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % lines)


def proton_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, '
            'sans-serif; font-size: 14px;"><br></div><div class="protonmail_signature_block"><div '
            'class="protonmail_signature_block-proton">Sent with <a href="https://protonmail.example.com/" '
            'target="_blank">ProtonMail</a> Secure Email.</div></div>\n' % inner)


def roundcube_html(text):
    inner = "<br />\n".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body style='
            "'font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>\n<p>%s</p>\n</body></html>\n" % inner)


def ack_text(lang, subject):
    """The body of our acknowledgement, as it appears quoted in replies."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s»، وستتواصل معكم الأمانة لاحقاً بشأن "
                "البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % subject)
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations "
                "(région arabe) accuse réception de votre message « %s ». Il reviendra vers vous au sujet du "
                "programme.\n\nExamen régional du PMM - États arabes" % subject)
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\". The secretariat will come back to you about the "
            "programme.\n\nGCM Regional Review - Arab States" % subject)


# ================================================================ 01  EN  speaker  Beirut shelter: a survivor listed as 'Grace', Amharic interpretation
M01_ID = "<DB9PR02MB7241C5A3E8F1B46D@DB9PR02MB7241.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Speaker proposal - survivor peer facilitator (Roundtable 2) - Haven House"
M01_QID = "4DPm2Hc71Xz4"
M01_TEXT = """Dear Regional Review team,

I am a senior caseworker at Haven House for Survivors of Trafficking and Exploitation (HHSTE), a shelter and case management service in Beirut for women who have survived trafficking and forced labour.

We would like to propose one of the women we have worked with for a floor intervention in the second thematic roundtable. She came to Lebanon from Ethiopia in 2014, left an abusive employer in 2017 and stayed in our shelter for eight months while her case went through the courts. Since last year she has been working with us as a peer support facilitator, running the Amharic-speaking support group at the shelter.

For her safety, and because her case against the recruitment agency is still open, she asks to be listed by her first name only: Grace. Please do not publish her photo, her family name or her nationality in the programme. We would also be grateful if she could join with her camera off or, if the roundtable takes place in a room, if no photos or recordings of her were shared.

She will speak in Amharic. Do you provide Amharic-English interpretation? If not, our interpreter, Ms. Tigist Alemu, can interpret consecutively for her; Tigist would not speak herself.

Please send any correspondence about Grace's participation to me, and not to her directly.

Kind regards,

Nadine Sfeir
Senior Caseworker
Haven House for Survivors of Trafficking and Exploitation (HHSTE)
Achrafieh, Beirut - Lebanon
Hotline (24/7): +961 1 000 000

CONFIDENTIALITY NOTICE: This email and any attachments may contain confidential information about survivors of trafficking and are intended only for the addressee. If you have received it in error, please delete it and notify the sender. Do not forward it without the sender's consent.
"""


def m01():
    when = at("2021-01-25 10:14:22")
    cid = "image001.png@01D6F30A.5B2C7E90"
    rel = multi("related", [leaf("text/html", outlook_html(M01_TEXT, lang="EN-GB", img_cid=cid)),
                            logo(cid, (160, 60, 110))], "_004_DB9PR02MB7241C5A3E8F1B46D_",
                params=[("type", '"text/html"')])
    body = multi("alternative", [leaf("text/plain", M01_TEXT), rel], "_000_DB9PR02MB7241C5A3E8F1B46D_")
    m = mk(when, sent_at(when, 2, 9), "mail-db9eur02on0617.outbound.protection.outlook.example.com",
           "198.51.100.117", M01_QID, "Nadine Sfeir <n.sfeir@havenhouse.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AdbzCe2Lm7Pq1Wr5Ty9Ui3Op7As1Df==", lang="en-GB"))
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace", "peer support facilitator", "Haven House for Survivors of Trafficking and Exploitation (HHSTE)",
           ["roundtable"], 2)],
        notes="a caseworker proposes a trafficking survivor who asks to be listed by her first name only ('Grace'): "
              "the name is the one-word first name, as she would be listed; her title is in running prose ('working "
              "with us as a peer support facilitator'); roundtable in words ('the second thematic roundtable'). The "
              "sender is not the speaker, and neither is the interpreter ('Ms. Tigist Alemu ... would not speak "
              "herself'). Access requests (Amharic interpretation, camera off, no photos) ride along with the "
              "request. 2014, 2017 and 'eight months' are history; confidentiality notice after the signature. "
              "Outlook related part with a logo; her out-of-office answers our acknowledgement (h281-02) and a "
              "colleague withdraws Grace later (h281-14)."))


# ================================================================ 02  EN  auto_reply  the caseworker's out-of-office on our acknowledgement of 01
def m02():
    when = at("2021-01-25 10:15:31")
    text = """Thank you for your email. I am out of the office until Monday 8 February 2021 with no access to email.

If this concerns a survivor in immediate danger, please call our 24/7 hotline on +961 1 000 000.

For case management and protection matters, please contact Rana Haddad, Protection Coordinator (r.haddad@havenhouse.example.org). For media requests, please write to info@havenhouse.example.org.

Nadine Sfeir
Senior Caseworker
Haven House for Survivors of Trafficking and Exploitation (HHSTE)
"""
    body = alt(text, "_000_DB9PR02MB7241OOF81C2A4E_", html=outlook_html(text, lang="EN-GB"))
    rows = exchange_ooo_rows(when, "mail-db9eur02on0617.outbound.protection.outlook.example.com", "198.51.100.117",
                             "4DPm3Vb05Kz8", "Nadine Sfeir <n.sfeir@havenhouse.example.org>",
                             "<DB9PR02MB72419E0B3D6A1C25@DB9PR02MB7241.eurprd02.prod.outlook.example.com>",
                             M01_SUBJ, M01_ID, ack_mid(M01_QID), "en-GB", (2, 3))
    add(2, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the sender of h281-01 answering our acknowledgement 69 seconds later "
              "('Automatic reply:' on our subject, References name h281-01): it names a colleague with her title "
              "and talks about survivors, but is machine-generated. Never acknowledge; thread_of null as for dev "
              "auto-replies."))


# ================================================================ 03  AR  other  Moroccan returnee from Libya in a wheelchair: only wants to attend
def m03():
    when = at("2021-01-26 09:47:05")
    subj = "بغيت نحضر للمؤتمر - عندي كرسي متحرك"
    text = """السلام عليكم

أنا سميتي مصطفى الكرواني، من خريبكة، عندي 38 عام. كنت خدام فليبيا فالبني من 2011 حتى 2019، وطحت من سقالة فمصراتة وتهرس ليا الظهر، ومن داك الوقت وأنا فالكرسي المتحرك. رجعت للمغرب فواحد الرحلة ديال العودة الطوعية.

سمعت على المؤتمر ديال الهجرة من جمعية هنا فخريبكة، وبغيت نحضر ونسمع، حيت بزاف ديال الناس بحالي رجعو وما لقاو والو.

ما عنديش تقرير وما بغيتش نهضر فالمؤتمر، غير بغيت نحضر.

عندي جوج سؤالات:
1- واش البلاصة اللي غادي يكون فيها المؤتمر فيها مدخل للكرسي المتحرك وطواليط مناسبة؟ وواش خويا يقدر يجي معايا باش يعاوني؟
2- إلا كان غير فالانترنيت، واش نقدر نتابع من التيليفون؟ ما عنديش بيسي.

وشكرا بزاف
مصطفى
0600 00 00 00
"""
    body = alt(text, "000000000000a91c3f05b9e2d7a4", html=android_html(text), b64=True)
    m = mk(when, sent_at(when, 1, 8), "mail-pj1-f51.google.example.com", "192.0.2.51", "4DQ2kW8nTqz6",
           addr("Mustapha Elkarouani", "mustapha.karouani.kh@gmail.example.com"), hdr(subj),
           "<CAM7kT2vWq9nR4xL+b8Zc1Hs5pD3yFg6eJ0@mail.gmail.example.com>", body)
    add(3, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a returnee from Libya who uses a wheelchair asks about wheelchair access, bringing his brother as "
              "helper and following from a phone: 'ما عنديش تقرير وما بغيتش نهضر فالمؤتمر، غير بغيت نحضر' (no report, "
              "no speech, only to attend). Moroccan darija written in Arabic script ('سميتي', 'بغيت', 'نهضر', "
              "'البلاصة'); Latin-script From name; 38, 2011-2019 are history. Gmail on Android, base64, Date in "
              "UTC+1."))


# ================================================================ 04  FR  speaker  an interpreter writes for a returnees' association president (darija)
def m04():
    when = at("2021-01-27 16:05:48")
    subj = "Demande d'intervention de M. Abdelkrim Nasri (AMRBM) – séance plénière"
    text = """Madame, Monsieur,

Je vous écris à la demande de M. Abdelkrim Nasri, président de l'Association des Migrants de Retour de Béni Mellal (AMRBM), qui ne lit ni n'écrit le français et m'a demandé de rédiger ce message pour lui. Je suis interprète de conférence et j'accompagne l'association bénévolement depuis deux ans ; je n'en suis pas membre.

M. Nasri a travaillé dix-neuf ans dans l'agriculture en Espagne, dans la province d'Almería, avant de rentrer au Maroc en 2013, au plus fort de la crise. Avec d'autres anciens saisonniers, il a fondé l'AMRBM, qui aide aujourd'hui près de 400 familles de migrants revenus d'Espagne et d'Italie à retrouver un travail, à faire valoir leurs droits à la retraite acquis à l'étranger et à scolariser leurs enfants nés là-bas.

Il souhaiterait prendre la parole lors d'une séance plénière de la conférence, le 24 ou le 25 février, pour parler de ce que vivent les migrants qui rentrent sans rien préparer.

M. Nasri s'exprimera en arabe dialectal marocain (darija). Pourriez-vous nous indiquer si une interprétation darija–français ou darija–anglais est prévue ? À défaut, je peux assurer moi-même l'interprétation consécutive, à titre bénévole, mais je ne prendrai pas la parole en mon nom.

Merci de m'adresser la réponse, en copie de l'association (amrbm.benimellal@menara.example.ma).

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.

Leïla Bennani
Interprète de conférence (arabe – français – anglais)
Rabat – Maroc
+212 6 00 00 00 00
"""
    text_part = leaf("text/plain", flowed(text), "utf-8", "quoted-printable", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "smtp.menara.example.ma", "196.200.131.24", "4DRp6Nc20Fz1",
           addr("Leïla Bennani", "l.bennani.interprete@menara.example.ma", enc="Q"), hdr(subj, enc="Q"),
           "<8c3e1f27-4b9a-4d60-a2e5-71f0c9b3d846@menara.example.ma>", text_part,
           cc="AMRBM <amrbm.benimellal@menara.example.ma>",
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Abdelkrim Nasri", "président", "Association des Migrants de Retour de Béni Mellal (AMRBM)", ["plenary"])],
        notes="a conference interpreter writes for a returnees' association president who cannot write French: the "
              "signer (with her own title) is not the speaker and says she will only interpret ('je ne prendrai pas "
              "la parole en mon nom'); 'M.' dropped; 'une séance plénière de la conférence' = plenary; request for "
              "darija interpretation alongside. 'dix-neuf ans', 2013, 400 families and 'deux ans' are not event "
              "data. Thunderbird, text/plain format=flowed quoted-printable, the association in Cc."))


# ================================================================ 05  AR  speaker  a survivor asks to be listed under the pseudonym 'نور' (Levantine)
M05_ID = "<9F2B6C41-3E7D-4A08-B5C1-6D8E2F0A7B93@gmail.example.com>"
M05_SUBJ = "طلب مشاركة بالنقاش المفتوح"
M05_QID = "4DSb8Lq46Tz3"


def m05():
    when = at("2021-01-28 21:40:12")
    text = """مرحبا،

أنا صبية سورية عايشة بلبنان، ووحدة من الناجيات من الاتجار بالبشر. من أربع سنين قدرت اطلع من الوضع يلي كنت فيه بمساعدة جمعية درب الأمان لدعم الناجيات من الاتجار بالبشر، وهلق أنا منسقة مجموعة دعم الناجيات بالجمعية.

قريت عن الاستعراض الإقليمي وحابة شارك واحكي بالنقاش المفتوح يوم 23 شباط، عن شو يعني تكوني ناجية وما معك أوراق، وكيف الخوف من الترحيل بيمنع البنات يشتكوا.

بس عندي طلب: ما بدي اسمي الحقيقي ينذكر بأي مكان. سجلوني باسم «نور» بس، هيدا اسم مستعار. وإذا الجلسة أونلاين بفضل احكي بلا كاميرا، بالصوت بس. ما في مشكلة تذكروا اسم الجمعية.

إذا بدكن تتأكدوا مني فيكن تحكوا مع مديرة الجمعية، الأستاذة ريما الحلبي، على info@darbalaman.example.org

شكراً كتير
هبة

أُرسلت من الـ iPhone
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text, rtl=True))],
                 "Apple-Mail-6F1D2B8C-4A37-4E91-9C05-B2E7A1D3F684")
    m = mk(when, sent_at(when, 2, 7), "mail-qk1-f178.google.example.com", "192.0.2.178", M05_QID,
           "H.K. <hk.darb93@gmail.example.com>", hdr(M05_SUBJ), M05_ID, body, extra=[("X-Mailer", IPHONE)])
    add(5, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نور", "منسقة مجموعة دعم الناجيات", "جمعية درب الأمان لدعم الناجيات من الاتجار بالبشر",
           ["open_discussion"])],
        notes="a survivor nominates herself and asks to be registered only under the pseudonym «نور» ('سجلوني باسم "
              "«نور» بس، هيدا اسم مستعار'): that is the name to list, not her real first name in the sign-off "
              "('هبة') nor the initials in the From header; she allows the association's name. 'النقاش المفتوح يوم "
              "23 شباط' = open_discussion; Levantine (Lebanese/Syrian) colloquial; the association's director "
              "('الأستاذة ريما الحلبي') is a reference, not a speaker; 'أربع سنين' is history. iPhone, Date in "
              "UTC+2. She thanks us for the acknowledgement (h281-06)."))


# ================================================================ 06  AR  other  the survivor's thank-you to our acknowledgement of 05
def m06():
    when = at("2021-01-28 22:03:55")
    ack = ack_mid(M05_QID)
    ack_subj = "تأكيد استلام - " + M05_SUBJ
    text = """ميرسي كتير، وصلني الرد 🙏
هبة

أُرسلت من الـ iPhone

في 28 كانون الثاني 2021، الساعة 9:40 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(ack_text("ar", M05_SUBJ)) + "\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text, rtl=True))],
                 "Apple-Mail-0B7E3C52-91D4-4F2A-8E63-C5A9D1F7B208")
    m = mk(when, sent_at(when, 2, 6), "mail-qk1-f176.google.example.com", "192.0.2.176", "4DSc1Rw93Mz7",
           "H.K. <hk.darb93@gmail.example.com>", re_hdr("Re: ", ack_subj),
           "<C47A1E09-8B3D-4F62-A0D5-3E9B7C2F1A64@gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(6, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 5,
        notes="a one-line thank-you (Lebanese 'ميرسي كتير') with an emoji, answering our acknowledgement of h281-05 "
              "(References name h281-05): adds nothing new, so no acknowledgement; the quoted acknowledgement repeats "
              "the subject 'طلب مشاركة'. iPhone, Arabic month name in the quote header."))


# ================================================================ 07  EN  other  Deaf-led network: sign language, captions; 'may propose' a speaker later
def m07():
    when = at("2021-01-29 13:12:30")
    subj = "Sign language interpretation and captions for Deaf participants"
    text = """Dear Secretariat,

I am writing on behalf of Silent Hands - Network of Deaf Migrants and Refugees (SHN), a small Deaf-led group in Amman. Most of our members are Deaf Syrians, Iraqis and Sudanese; several of them were sent back from Europe or from the Gulf and are now trying to start again here.

Two of our members would like to follow the multi-stakeholder consultation on 23 February and the conference on 24-25 February. For them to take part we would need:

- sign language interpretation on screen: International Sign, or Jordanian Sign Language if International Sign is not possible;
- live captions in Arabic or English;
- the presentations a few days in advance, if possible, so that they can prepare.

Could you tell us whether this is foreseen, and whether the platform will let participants pin the interpreter's video?

If interpretation can be arranged, we may want to propose one of our members to speak, but we will write again with her details once we know.

Thank you very much,

Dana Ayoub
Coordinator (hearing, CODA)
Silent Hands - Network of Deaf Migrants and Refugees (SHN)
Amman, Jordan
WhatsApp video only for Deaf members: +962 7 9000 0000
"""
    body = alt(text, "0000000000007e4b2a05ba0c9f51", html=gmail_html(text))
    m = mk(when, sent_at(when, 2, 8), "mail-ed1-f44.google.example.com", "192.0.2.44", "4DTf2Nx58Qz0",
           "Silent Hands Network <silenthands.amman@gmail.example.com>", subj,
           "<CAJ5nB8Rq2vX7kW+t4Lc9Mz1sP6dHy3fGe0@mail.gmail.example.com>", body)
    add(7, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="access questions from a Deaf-led network (International Sign or Jordanian Sign Language, captions, "
              "pinning the interpreter) for two unnamed members who want to follow the events. The category turns "
              "on one sentence: 'we may want to propose one of our members to speak, but we will write again with "
              "her details' announces a possible request without naming anyone, so not a speaker request. The "
              "signer's 'Coordinator (hearing, CODA)' is not a nomination. Gmail."))


# ================================================================ 08  FR  report  Tunisian reintegration network: PDF report + a blurred workshop photo
M08_FILE = "RTRMR_Rapport_volontaire_PMM_janvier2021.pdf"
M08_IMG = "Atelier_Zarzis_visages_floutés.png"


def m08():
    when = at("2021-01-31 11:25:10")
    subj = "Rapport volontaire du RTRMR – Examen régional du Pacte mondial"
    text = """Madame, Monsieur,

Le Réseau Tunisien pour la Réinsertion des Migrants de Retour (RTRMR) a le plaisir de vous transmettre en pièce jointe son rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport s'appuie sur l'accompagnement de 312 personnes revenues d'Italie, de France et de Libye entre 2018 et 2020, dans les gouvernorats de Médenine, Sfax et Kasserine : retours « volontaires » après un refus d'asile, expulsions, et retours de Libye après la détention. Il traite de l'accueil à l'arrivée, de l'endettement des familles, de la prise en charge psychologique des rescapés de naufrages et de l'accès aux projets de réinsertion économique.

Les prénoms des personnes citées dans le rapport ont été changés à leur demande. La photographie jointe, prise lors de notre atelier de Zarzis en décembre, est destinée au seul secrétariat : les visages ont été floutés, mais nous vous remercions de ne pas la diffuser.

Notre présidente suivra la consultation du 23 février en ligne.

Veuillez agréer, Madame, Monsieur, nos salutations les meilleures.

Hela Ben Ammar
Chargée de plaidoyer
Réseau Tunisien pour la Réinsertion des Migrants de Retour (RTRMR)
Sfax – Tunisie
"""
    pdf = rep_pdf("Rapport volontaire - examen du Pacte mondial", "Reseau Tunisien pour la Reinsertion des Migrants "
                  "de Retour (RTRMR)", ["312 personnes accompagnees (2018-2020)", "Accueil a l'arrivee",
                                        "Endettement des familles", "Rescapes de naufrages : soutien psychologique",
                                        "Reinsertion economique", "Recommandations"])
    cid = "image001.png@01D6F7C4.1E8A2B30"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (200, 30, 45))], "_004_PR2P264MB0415D7A1B3E9C862_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR2P264MB0415D7A1B3E9C862_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M08_FILE),
                           attach("image/png", make_png(64, 40, (140, 130, 120)), M08_IMG)],
                 "_007_PR2P264MB0415D7A1B3E9C862_")
    m = mk(when, sent_at(when, 1, 11), "mail-pr2fra01on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", "4DVh3Sx27Pz5", "Hela Ben Ammar <plaidoyer@rtrmr.example.tn>", hdr(subj, enc="Q"),
           "<PR2P264MB0415D7A1B3E9C862@PR2P264MB0415.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdbxQ3Lm8Zp2Vr6Ty0Ui4Op8As2Df==", lang="fr-FR", has_attach="yes"))
    add(8, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M08_FILE],
        notes="a reintegration network's report (PDF) with a second attachment, a workshop photo with blurred faces "
              "(accented file name, RFC 2231 + RFC 2047) that is explicitly 'destinée au seul secrétariat', not part "
              "of the report; the signature logo is inline. 'Notre présidente suivra la consultation' (unnamed, to "
              "attend) is not a speaker request; changed first names; 312 persons and 2018-2020 are not event data. "
              "Outlook, Date in UTC+1."))


# ================================================================ 09  EN  report  an unnamed collective of domestic workers in the Gulf (ProtonMail)
M09_ID = "<Qm4xT8vR2kLp9Wn3Zc7Bs1Yd5Hf0Jg6Ke2Ua8Xo4Iq=@protonmail.example.com>"
M09_SUBJ = "Voluntary GCM review report"
M09_FILE = "voluntary_report_DW_collective.pdf"
M09_TEXT = """To the Regional Review secretariat,

We are a small collective of migrant domestic workers in one of the Gulf countries. Most of us came through recruitment agencies and several of us are survivors of forced labour. Some of us were sent home and came back again; some are still waiting for their cases.

For our safety we will not write the name of our collective, the country where we live, or our own names. Please do not publish this email address, and if our report is quoted or listed anywhere, please refer to it only as "a collective of migrant domestic workers in the Gulf".

Attached is our voluntary GCM review report. We wrote it together over WhatsApp voice notes in five languages, and one of our members who studied English typed it. It talks about passports kept by employers, the "absconding" cases filed against women who escape, what happens to women who are deported without their wages, and what we would like to see in the Compact's implementation.

Thank you for reading it.

The collective
"""


def m09():
    when = at("2021-02-01 08:50:44")
    pdf = rep_pdf("Voluntary GCM review report", "A collective of migrant domestic workers in the Gulf",
                  ["Passports kept by employers", "'Absconding' cases against women who escape",
                   "Deported without wages", "What we ask for"])
    body = multi("mixed", [leaf("text/html", proton_html(M09_TEXT), cte="base64"),
                           attach("application/pdf", pdf, M09_FILE)], "b1_7c2e9a41f05d3b86e1c4a927d0f3e5b8")
    m = mk(when, sent_at(when, 3, 3), "mail-4318.protonmail.example.ch", "185.70.43.18", "4DWk8Tb03Rz2",
           "DW Collective <dw.collective.gulf@protonmail.example.com>", M09_SUBJ, M09_ID, body,
           extra=[("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end")])
    add(9, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M09_FILE],
        notes="a survivor-led collective sends its report but withholds its own name, its country and its members' "
              "names, and asks that the address not be published: still a voluntary report, acknowledged to the "
              "sender's address. No person and no organisation are named (signed 'The collective'). ProtonMail: "
              "HTML-only body in base64 with the 'Sent with ProtonMail' block; Date in UTC+3. A corrected version "
              "follows (h281-17)."))


# ================================================================ 10  AR  both  Duhok returnees' organisation: DOCX report + a speaker who will speak Kurdish
M10_ID = "<VI1PR09MB3882A6C2D5E1F047@VI1PR09MB3882.eurprd09.prod.outlook.example.com>"
M10_SUBJ = "التقرير الطوعي لمنظمة طريق العودة وترشيح متحدث"
M10_QID = "4DXa5Fm82Wz6"
M10_FILE = "تقرير منظمة طريق العودة - الاتفاق العالمي للهجرة 2021.docx"


def m10():
    when = at("2021-02-02 10:33:19")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمون
تحية طيبة وبعد،

نرفق لكم التقرير الطوعي لمنظمة طريق العودة للإدماج والتنمية حول أوضاع العائدين إلى إقليم كردستان العراق ومحافظة نينوى من أوروبا وتركيا خلال عامي 2019 و2020، سواء عبر برامج العودة الطوعية أو بعد الترحيل. ويتناول التقرير صعوبات استخراج الوثائق المدنية، والديون التي تركها المهربون على العائلات، والدعم النفسي للناجين من حوادث الغرق ومن الانتهاكات على الطريق.

كما نرشح الأستاذ كاروان عمر رشيد، منسق برنامج إعادة الإدماج في المنظمة، للمشاركة بمداخلة في المائدة المستديرة الثالثة، وهو نفسه عائد من ألمانيا منذ 2018. ويفضل الأستاذ كاروان الحديث باللغة الكردية (البادينية)، لذا نرجو إعلامنا إن كانت الترجمة الفورية من الكردية متاحة، وإلا فسنوفر مترجماً من طرفنا إلى العربية.

مع الشكر والتقدير

شيرين حسن
مسؤولة المشاريع
منظمة طريق العودة للإدماج والتنمية (RROD)
دهوك - إقليم كردستان العراق
"""
    doc = make_docx(["منظمة طريق العودة للإدماج والتنمية (RROD)", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة",
                     "أولاً: العائدون من أوروبا وتركيا 2019-2020", "ثانياً: الوثائق المدنية",
                     "ثالثاً: ديون المهربين", "رابعاً: الدعم النفسي للناجين", "خامساً: التوصيات"])
    a = alt(text, "_000_VI1PR09MB3882A6C2D5E1F047_", html=outlook_html(text, lang="AR-IQ", rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M10_FILE)], "_004_VI1PR09MB3882A6C2D5E1F047_")
    m = mk(when, sent_at(when, 3, 10), "mail-vi1eur09on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", M10_QID, addr("منظمة طريق العودة", "info@rrod.example.org"), hdr(M10_SUBJ), M10_ID, body,
           extra=outlook(hdr(M10_SUBJ), "AdbzHt5Kp1Qw8Er2Ty6Ui0Op4As8Df==", lang="ar-IQ", has_attach="yes"))
    add(10, when, m, dict(category="both", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("كاروان عمر رشيد", "منسق برنامج إعادة الإدماج", "منظمة طريق العودة للإدماج والتنمية (RROD)",
           ["roundtable"], 3)],
        report_attachments=[M10_FILE],
        notes="both, on time: a returnees' organisation's report (DOCX with a long Arabic name, RFC 2231 + RFC 2047) "
              "and its speaker, who is himself a returnee and will speak Kurdish (Badini) with interpretation; "
              "'الأستاذ' is an honorific, dropped; roundtable as an ordinal word ('الثالثة'); the affiliation is "
              "the full name with the acronym from the signature. The signer (projects officer) is not the speaker. "
              "Sent from the shared info@ mailbox, whose hotline autoresponder answers our acknowledgement "
              "(h281-11). Outlook, base64, Date in UTC+3."))


# ================================================================ 11  AR  auto_reply  the organisation's hotline autoresponder on our acknowledgement of 10
def m11():
    when = at("2021-02-02 10:34:02")
    ack = ack_mid(M10_QID)
    text = """شكراً لتواصلكم مع منظمة طريق العودة للإدماج والتنمية.

هذا رد آلي: تم استلام رسالتكم وسيتم الرد عليها خلال ثلاثة أيام عمل.

إذا كنت عائداً وتحتاج إلى مساعدة عاجلة (مأوى، علاج، وثائق)، يرجى الاتصال بالخط الساخن 0750 000 0000 من الأحد إلى الخميس، من الساعة 8:00 إلى 16:00. في الحالات الطارئة خارج أوقات الدوام يرجى التوجه إلى أقرب مستشفى أو مركز شرطة.

سوپاس بۆ پەیوەندیکردنتان. ئەمە وەڵامێکی ئۆتۆماتیکییە.
Thank you for contacting RROD. This is an automatic reply; we will answer within three working days.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = re_hdr("Re: ", "تأكيد استلام - " + M10_SUBJ)
    rows = std_rows(when, "mail-vi1eur09on0605.outbound.protection.outlook.example.com", "198.51.100.105",
                    "4DXa6Ck14Jz9", addr("منظمة طريق العودة", "info@rrod.example.org"), subj,
                    rfcdate(sent_at(when, 3, 2)), "<autoresp.1612254840.29817@rrod.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autorespond", "yes")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M10_ID + " " + ack), ("Precedence", "auto_reply")]
    add(11, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="autoresponder of the shared mailbox that sent h281-10 (same display name), answering our "
              "acknowledgement 43 seconds later with a plain 'Re:' subject: it reads like a human receipt and a "
              "hotline notice for returnees, with a Kurdish (Sorani) and an English line. Auto-Submitted, "
              "X-Autorespond, Precedence: auto_reply, null Return-Path. Never acknowledge; thread_of null as for "
              "dev auto-replies."))


# ================================================================ 12  FR  speaker  Djibouti association: the speaker uses a wheelchair ('table ronde n° 4')
def m12():
    when = at("2021-02-03 15:20:07")
    subj = "Proposition d'intervenante - ADARMR (Obock) - accessibilité"
    text = """Madame, Monsieur,

L'Association Djiboutienne pour l'Accueil et la Réinsertion des Migrants de Retour (ADARMR), basée à Obock, accueille depuis 2015 les Djiboutiens et les migrants de la Corne de l'Afrique qui reviennent du Yémen, souvent blessés, sans papiers et sans ressources.

Nous souhaitons proposer Mme Hawa Ali Robleh, animatrice communautaire de l'ADARMR, pour une intervention lors de la table ronde n° 4. Mme Robleh est elle-même revenue du Yémen en 2016, après avoir été blessée pendant les combats ; elle se déplace depuis en fauteuil roulant et anime aujourd'hui les groupes de parole des femmes rapatriées.

Pour qu'elle puisse participer, nous aurions besoin de savoir :
- si la salle est accessible en fauteuil roulant (rampe ou ascenseur, toilettes adaptées) ;
- si une place peut être prévue pour son accompagnatrice, sa sœur Mme Asma Ali Robleh, qui ne prendra pas la parole ;
- si la conférence a lieu en ligne, à quelle heure elle interviendrait : nous l'accueillerions alors dans nos locaux, où la connexion est meilleure.

Avec nos remerciements et nos salutations distinguées,

Idriss Houmed Farah
Secrétaire général
ADARMR – Obock, République de Djibouti
Tél. : +253 77 00 00 00
"""
    body = alt(text, "=_a41f7c9e2d6b08315e7f2c4a9b1d0e63", html=roundcube_html(text))
    m = mk(when, sent_at(when, 3, 7), "webmail.djibnet.example.dj", "196.201.221.40", "4DYc9Hp36Lz1",
           "Idriss Houmed Farah <adarmr.obock@djibnet.example.dj>", hdr(subj, enc="Q"),
           "<6a1f3c8e9b2d4e07a5c1b9f2d8e4a603@webmail.djibnet.example.dj>", body,
           extra=[("User-Agent", ROUNDCUBE), ("X-Sender", "adarmr.obock@djibnet.example.dj")])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hawa Ali Robleh", "animatrice communautaire",
           "Association Djiboutienne pour l'Accueil et la Réinsertion des Migrants de Retour (ADARMR)",
           ["roundtable"], 4)],
        notes="speaker request with wheelchair-access questions alongside it; 'Mme' dropped; 'table ronde n° 4'; the "
              "accompanying sister (same family name, 'qui ne prendra pas la parole') is not a speaker and neither is "
              "the signer. Affiliation in full from the first paragraph (the signature has only the acronym); 2015 "
              "and 2016 are history. Roundcube webmail, multipart/alternative, Date in UTC+3."))


# ================================================================ 13  EN  speaker  Sudanese returnee from Libya at 23:51 on the deadline; group not named
def m13():
    when = at("2021-02-05 23:51:40")
    subj = "request to speak - plenary (returnee from Libya)"
    text = """Dear Sir/Madam,

Sorry for writing so late, I only saw the invitation tonight in a WhatsApp group.

My name is Adam Ishag Abakar, I am from Nyala in South Darfur and now I live in Khartoum. I was in Libya from 2016 to 2019, I spent 14 months in detention centres in Tripoli and Zawiya, and I came back on a voluntary return flight in November 2019.

Now I am a community mobiliser with a small group that follows up with young men who came back from Libya. We help them with psychosocial support and with their documents, and we try to stop others from taking the same road. Please do not mention the name of our group anywhere. Some of our volunteers are still in Libya and it can be dangerous for them.

I would like to request to speak in the plenary session, to talk about what returnees need after the plane lands. My English is not very good, so if it is possible I will speak in Arabic.

Thank you very much
Adam

Sent from my Samsung Galaxy smartphone.
"""
    body = alt(text, "000000000000d83b5e05baa71c42", html=android_html(text))
    m = mk(when, sent_at(when, 2, 11), "mail-pf1-f193.google.example.com", "192.0.2.193", "4DZk1Wv49Cz3",
           "Adam Abakar <adam.abakar.nyala@gmail.example.com>", subj,
           "<CAF9xR3kT7vL2mQ+w8Nb4Zc6sH1dPy5gJe3@mail.gmail.example.com>", body)
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Adam Ishag Abakar", "community mobiliser", None, ["plenary"])],
        notes="received at 23:51:40 on 5 February (Date header in UTC+2, Khartoum), on time although the sender "
              "apologises for writing late; self-nomination for 'the plenary session'. He asks that the group he "
              "volunteers with not be named and never names it, so affiliation is null; title in prose ('a community "
              "mobiliser with a small group'); full name in the body, shorter in the From header, signed 'Adam'. "
              "2016-2019, 14 months and November 2019 are history. Gmail on Android."))


# ================================================================ 14  EN  other  a colleague withdraws 'Grace' (reply to 01), attend only
def m14():
    when = at("2021-02-06 12:40:25")
    subj = "RE: " + M01_SUBJ
    text = """Dear colleagues,

I am writing in Nadine's absence about her message below.

After talking it through with her counsellor and with our lawyer this week, Grace has decided not to speak at the roundtable. A hearing in her case against the recruitment agency has been set for March, and she does not want anything she says in public to be used against her. Please remove her from the list of speakers. We are not proposing anyone in her place.

Grace would still like to follow the conference, with her camera off, if Amharic interpretation is available for listening; otherwise we will go through the recording with her afterwards, if there is one.

Thank you for your understanding, and please keep her name out of any correspondence with third parties.

Best regards,

Rana Haddad
Protection Coordinator
Haven House for Survivors of Trafficking and Exploitation (HHSTE)
Beirut - Lebanon

From: Nadine Sfeir <n.sfeir@havenhouse.example.org>
Sent: Monday, January 25, 2021 10:14 AM
To: gcmrrarabstates@iom.int
Subject: """ + M01_SUBJ + "\n\n" + M01_TEXT
    body = alt(text, "_000_DB9PR02MB6517F2A8C4D3E190_", html=outlook_html(text, lang="EN-GB"))
    m = mk(when, sent_at(when, 2, 10), "mail-db9eur02on0611.outbound.protection.outlook.example.com",
           "198.51.100.111", "4F0Bq62Nrz5", "Rana Haddad <r.haddad@havenhouse.example.org>", subj,
           "<DB9PR02MB6517F2A8C4D3E190@DB9PR02MB6517.eurprd02.prod.outlook.example.com>", body,
           cc="Nadine Sfeir <n.sfeir@havenhouse.example.org>",
           extra=[("In-Reply-To", M01_ID), ("References", M01_ID)] +
           outlook(subj, "AdbzCe2Lm7Pq1Wr5Ty9Ui3Op7As1DfAAKp4Hw==", lang="en-GB"))
    add(14, when, m, dict(category="other", language="en", acknowledge=True, on_time=None, thread_of=H % 1,
        notes="the speaker proposed in h281-01 withdraws, written by a colleague in the caseworker's absence (Outlook "
              "reply, In-Reply-To/References h281-01, quoted original not '>'-prefixed with 'Grace', 'peer support "
              "facilitator' and 'second thematic roundtable'): 'We are not proposing anyone in her place', so no "
              "speaker; attending only, with an interpretation question. New information, so acknowledged; the "
              "signer (Protection Coordinator) is not a speaker."))


# ================================================================ 15  FR  speaker  late  Deaf returnee from Annaba, Algerian sign language
def m15():
    when = at("2021-02-08 11:20:16")
    subj = "Demande d'intervention – M. Yacine Boudiaf (AESEA) – interprétation en langue des signes"
    text = """Madame, Monsieur,

Nous avons appris tardivement l'existence de l'examen régional et nous savons que la date limite pour les demandes d'intervention était le 5 février. Nous nous permettons tout de même de vous écrire, en espérant que notre demande pourra être examinée.

L'Association Espoir des Sourds de l'Est Algérien (AESEA) souhaite proposer M. Yacine Boudiaf, vice-président de l'association. M. Boudiaf est sourd de naissance. Il a quitté l'Algérie par la mer en 2017, a vécu deux ans en Espagne sans papiers et a été renvoyé en 2019. Depuis, il témoigne dans les lycées et les maisons de jeunes de la wilaya des dangers de la « harga » pour les jeunes sourds, qui n'ont accès à presque aucune information dans leur langue.

Il souhaiterait intervenir en séance plénière ou, à défaut, lors de la première table ronde thématique. Il s'exprimera en langue des signes algérienne (LSA) ; son interprète habituelle, Mme Souad Hamlaoui, peut assurer la traduction vers l'arabe ou le français. Si la conférence se déroule en ligne, nous vous demandons de faire en sorte que sa vidéo et celle de l'interprète soient affichées en même temps.

Avec nos remerciements,

Kamel Zerrouki
Secrétaire général
Association Espoir des Sourds de l'Est Algérien (AESEA)
Annaba – Algérie
"""
    body = alt(text, "000000000000f1c62d05bad83e97", html=gmail_html(text))
    m = mk(when, sent_at(when, 1, 9), "mail-wr1-f47.google.example.com", "192.0.2.47", "4F1Gm38Tkz2",
           "AESEA Annaba <aesea.annaba@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAG2pX6nR9kT4wL+c1Vb7Mz3sQ8dHf5yJe9@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Yacine Boudiaf", "vice-président", "Association Espoir des Sourds de l'Est Algérien (AESEA)",
           ["plenary", "roundtable"], 1)],
        notes="late (8 February) and the sender says so; a Deaf returnee who will sign in Algerian sign language "
              "(LSA) with his own interpreter (a named woman who is not a speaker); two roles, the second as a "
              "fallback ('en séance plénière ou, à défaut, lors de la première table ronde thématique': plenary and "
              "roundtable 1); 'M.' dropped; 2017 and 2019 are history. Gmail, From name is the association, Date "
              "in UTC+1."))


# ================================================================ 16  AR  report  Egyptian foundation: report + annex of testimonies under pseudonyms
M16_FILES = ["التقرير الطوعي - مؤسسة بداية جديدة 2021.pdf", "ملحق 1 - شهادات الناجين (بأسماء مستعارة).docx"]


def m16():
    when = at("2021-02-09 14:02:51")
    subj = "التقرير الطوعي لمؤسسة بداية جديدة - الاستعراض الإقليمي للاتفاق العالمي للهجرة"
    text = """السادة/ أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية
تحية طيبة وبعد،

يسر مؤسسة بداية جديدة لدعم الناجين من الاتجار بالبشر والعائدين (سوهاج) أن ترسل لسيادتكم تقريرها الطوعي، ومعه الملحق رقم 1 الذي يضم شهادات خمسة عشر ناجياً وناجية من العائدين من ليبيا والأردن والسعودية، وهو جزء لا يتجزأ من التقرير.

تم تغيير أسماء أصحاب الشهادات جميعاً بأسماء مستعارة، وحذفنا أسماء القرى والشركات. ومع ذلك نرجو التكرم بعدم نشر الملحق على الموقع الإلكتروني أو مع التقارير المنشورة، لأن بعض التفاصيل قد تكشف هوية أصحابها في قراهم.

ويتناول التقرير ثلاثة محاور: استدراج الشباب عبر سماسرة السفر في القرى، وأوضاع المحتجزين في ليبيا، وما يواجهه العائدون من ديون ووصمة بعد الرجوع.

وتفضلوا بقبول فائق الاحترام،

أ. منى رشدي عبد الملاك
مديرة البرامج
مؤسسة بداية جديدة لدعم الناجين من الاتجار بالبشر والعائدين
سوهاج - جمهورية مصر العربية
"""
    pdf = rep_pdf("Voluntary GCM review report", "New Beginning Foundation for Survivors of Trafficking and Returnees, "
                  "Sohag", ["Recruitment of young men through village brokers", "Detention in Libya",
                            "Debt and stigma after return", "Recommendations"])
    doc = make_docx(["ملحق 1 - شهادات الناجين (بأسماء مستعارة)", "الشهادة 1: «سعيد»، 24 سنة", "الشهادة 2: «أم يوسف»",
                     "الشهادة 3: «مينا»، 31 سنة"])
    a = alt(text, "_000_AM0PR06MB4227B9D3E5A1C708_", html=outlook_html(text, lang="AR-EG", rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M16_FILES[0]), attach(DOCX, doc, M16_FILES[1])],
                 "_004_AM0PR06MB4227B9D3E5A1C708_")
    m = mk(when, sent_at(when, 2, 12), "mail-am0eur06on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", "4F2Lr57Ypz8", addr("منى رشدي - مؤسسة بداية جديدة", "programs@bedaya-gedida.example.org.eg"),
           hdr(subj), "<AM0PR06MB4227B9D3E5A1C708@AM0PR06MB4227.eurprd06.prod.outlook.example.com>", body,
           extra=outlook(hdr(subj), "AdcA1Bq5Wn3Xk7Rz9Pl2Ts6Vd0Yc4Hf==", lang="ar-EG", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=M16_FILES,
        notes="report in two files: the PDF and an annex of testimonies under pseudonyms that the letter calls 'جزء لا "
              "يتجزأ من التقرير', so both are listed (Arabic names, RFC 2231 + RFC 2047, one with brackets); the "
              "request not to publish the annex does not change the category. The signer's 'أ.' is an honorific "
              "and she proposes nobody; 'خمسة عشر' testimonies are not event data. Outlook, base64, Date in UTC+2; the "
              "From display name is long enough to span two RFC 2047 encoded words."))


# ================================================================ 17  EN  report  the collective's corrected report (reply to 09), replaces the first file
M17_FILE = "voluntary_report_DW_collective_v2.pdf"


def m17():
    when = at("2021-02-10 07:15:33")
    subj = "Re: " + M09_SUBJ
    text = """Hello again,

We are sorry: after sending, one of us noticed that page 3 of our report still had the first name of a woman and the name of the city where her employer lives. Please delete the first file and use only this corrected version (v2). Nothing else has changed.

The collective

------- Original Message -------
On Monday, February 1, 2021 9:50 AM, DW Collective <dw.collective.gulf@protonmail.example.com> wrote:

""" + gt(M09_TEXT)
    pdf = rep_pdf("Voluntary GCM review report (v2)", "A collective of migrant domestic workers in the Gulf",
                  ["Passports kept by employers", "'Absconding' cases against women who escape",
                   "Deported without wages", "What we ask for"])
    body = multi("mixed", [leaf("text/html", proton_html(text), cte="base64"),
                           attach("application/pdf", pdf, M17_FILE)], "b1_e3a90c5d7f21b84a6c0d9e2f15b7a348")
    m = mk(when, sent_at(when, 3, 4), "mail-4317.protonmail.example.ch", "185.70.43.17", "4F3Sd14Gnz0",
           "DW Collective <dw.collective.gulf@protonmail.example.com>", subj,
           "<Vb2nK7xQ4tLm8Rw1Zc5Ps9Yd3Hf6Jg0Ke7Ua2Xo8Iq=@protonmail.example.com>", body,
           extra=[("In-Reply-To", M09_ID), ("References", M09_ID), ("X-Pm-Origin", "internal"),
                  ("X-Pm-Content-Encryption", "end-to-end")])
    add(17, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE], thread_of=H % 9,
        notes="a corrected report replacing the file of h281-09 (reply to the collective's own message, "
              "In-Reply-To/References h281-09) because the first version could identify a woman: thread_of h281-09, "
              "only the v2 file is the report of this message; on time (10 February). The quoted first message "
              "repeats the safety requests. ProtonMail, HTML-only base64."))


# ================================================================ 18  FR  both  Tangier association: report + a survivor presented as 'Salma' (speaker part late)
M18_ID = "<E7B2D490-5C1A-4F38-9D6E-0A3F8C1B7E52@akfst.example.ma>"
M18_SUBJ = "Rapport volontaire de l'AKFST et proposition d'intervention (table ronde 2)"
M18_QID = "4F4Wp91Kbz6"
M18_FILE = "AKFST - Rapport volontaire PMM 2021.pdf"
M18_BADCC = "loubna.bennis@menara.example.ma"


def m18():
    when = at("2021-02-12 10:48:09")
    text = """Madame, Monsieur,

Au nom de l'Association Karama pour les Femmes Survivantes de la Traite (AKFST), j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire pour l'examen régional du Pacte mondial. Il s'appuie sur l'accompagnement de 64 femmes depuis 2018 : des Marocaines recrutées pour le Golfe comme employées de maison ou « hôtesses », et des femmes subsahariennes exploitées à Tanger et à Casablanca.

Nous souhaiterions également qu'une des femmes que nous avons accompagnées puisse prendre la parole lors de la deuxième table ronde. Victime de traite vers le Golfe et rapatriée en 2019, elle est aujourd'hui pair-aidante dans notre centre d'écoute. Elle souhaite être présentée sous le prénom d'emprunt de « Salma », sans photo ni nom de famille. Elle s'exprimera en darija ; notre psychologue, Mme Loubna Bennis (en copie), l'accompagnera.

Je reste à votre disposition pour tout renseignement complémentaire.

Bien cordialement,

Samira Benjelloun
Directrice
Association Karama pour les Femmes Survivantes de la Traite (AKFST)
Tanger – Maroc
"""
    pdf = rep_pdf("Rapport volontaire - examen regional du Pacte mondial",
                  "Association Karama pour les Femmes Survivantes de la Traite (AKFST), Tanger",
                  ["64 femmes accompagnees depuis 2018", "Recrutement vers le Golfe", "Exploitation a Tanger et Casablanca",
                   "Retour et reinsertion", "Recommandations"])
    a = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
              "Apple-Mail=_5D2C8E14-7A93-4B06-91F5-C3E0A8D2B671")
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "Apple-Mail=_0A6F3B29-E8D1-4C75-B204-9F1E7C5A3D86")
    m = mk(when, sent_at(when, 1, 6), "smtp.akfst.example.ma", "196.200.147.62", M18_QID,
           "Samira Benjelloun <s.benjelloun@akfst.example.ma>", hdr(M18_SUBJ, enc="Q"), M18_ID, body,
           cc="Loubna Bennis <%s>" % M18_BADCC, extra=[("X-Mailer", APPLE)])
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Salma", "pair-aidante", "Association Karama pour les Femmes Survivantes de la Traite (AKFST)",
           ["roundtable"], 2)],
        report_attachments=[M18_FILE],
        notes="both on 12 February: the report is on time but the speaker part is a week late and the sender does not "
              "say so, so on_time false. The survivor is listed under her borrowed first name ('prénom d'emprunt "
              "de « Salma »'); title in prose ('elle est aujourd'hui pair-aidante'); 'la deuxième table ronde'. The "
              "psychologist in Cc accompanies her and is not a speaker; her mailbox is full and the copy of our "
              "acknowledgement bounces (h281-19). Apple Mail; 64 women, 2018 and 2019 are not event data."))


# ================================================================ 19  EN  bounce  the psychologist's full mailbox (copy of our acknowledgement of 18)
def m19():
    when = at("2021-02-12 10:48:52")
    text = POSTFIX_NOTICE + """
<%s>: host mx.menara.example.ma[196.200.131.7] said: 552
    5.2.2 <%s>: Mailbox full - user is over quota (in reply to RCPT
    TO command)
""" % (M18_BADCC, M18_BADCC)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4F4Wq37Dmz1\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx.menara.example.ma\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full - user is over quota\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), M18_BADCC, M18_BADCC, M18_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Samira Benjelloun <s.benjelloun@akfst.example.ma>\n"
            "Cc: Loubna Bennis <%s>\n"
            "Subject: =?utf-8?q?Accus=C3=A9_de_r=C3=A9ception_-_Rapport_volontaire_de_l=27AKFST_et_?=\n"
            " =?utf-8?q?proposition_d=27intervention_=28table_ronde_2=29?=\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M18_BADCC, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M18_QID),
                                  M18_ID, M18_ID))
    body = dsn_report(text, dsn, hdrs, "4F4Wq52Hpz3.1613119732/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4F4Wq52Hpz3; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210212084852.4F4Wq52Hpz3@mx1.iom.int>")]
    add(19, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2, mailbox over quota at the remote server) for the copy of our acknowledgement "
              "of h281-18 sent to the psychologist in Cc; the returned headers carry h281-18's French subject "
              "(encoded words) about a report and a speaker. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 20  AR  other  Sudanese returnees' league declines (no report, no speaker)
def m20():
    when = at("2021-02-14 18:30:44")
    subj = "اعتذار عن المشاركة"
    text = """السلام عليكم ورحمة الله وبركاته

نحن في رابطة العائدين من ليبيا بالأبيض (شمال كردفان) استلمنا دعوتكم عن طريق مكتب المنظمة في الخرطوم، وجزاكم الله خير على الدعوة والاهتمام.

للأسف ما قدرنا نجهز تقرير، والانترنت عندنا بقى صعب شديد والكهرباء بتقطع طول اليوم، وكمان ما عندنا زول يقدر يشارك ويتكلم في المؤتمر السنة دي، لأنو أغلب ناس الرابطة شغالين في الزراعة والسوق وما بيقدروا يفرغوا.

عشان كده بنعتذر عن المشاركة، وإن شاء الله المرة الجاية نكون جاهزين.

نتمنى ليكم التوفيق، ونتمنى المؤتمر يتكلم عن الناس الرجعوا وما لقوا شغل ولا سند.

ولكم الشكر
الأمين العام للرابطة
الطيب آدم عبد الرحيم
"""
    body = alt(text, "----=_Part_3318420_904417263.1613320240118", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 9), "sonic309-21.consmr.mail.ir2.yahoo.example.com", "198.51.100.209", "4F5Dv72Lqz4",
           addr("الطيب آدم", "eltayeb.adam.obeid@yahoo.example.com"), hdr(subj),
           "<1613320240118.3318421@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(20, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="a returnees' league declines the invitation: 'ما قدرنا نجهز تقرير' and 'ما عندنا زول يقدر يشارك "
              "ويتكلم في المؤتمر' name a report and a speech only to say there are none; Sudanese colloquial ('زول', "
              "'شديد', 'عشان كده'). A person wrote it, so acknowledged. The secretary general's signature is not a "
              "nomination. Yahoo, base64, Date in UTC+2."))


# ================================================================ 21  AR  report  Libyan organisation withholds its name, 23:47 on the report deadline
M21_FILE = "التقرير الطوعي - منظمة مجتمع مدني ليبية.pdf"


def m21():
    when = at("2021-02-16 23:47:26")
    subj = "تقرير طوعي - الاستعراض الإقليمي"
    text = """السادة أمانة الاستعراض الإقليمي
تحية طيبة،

مرفق التقرير الطوعي لمنظمتنا حول أوضاع المهاجرين المحتجزين والناجين من الاتجار بالبشر والمرحّلين من المنطقة الغربية في ليبيا خلال عام 2020.

نرجو منكم بشكل خاص عدم ذكر اسم المنظمة أو أسماء أعضائها عند نشر التقارير أو الإشارة إليها، ويمكن الإشارة إلى التقرير بعبارة "منظمة مجتمع مدني ليبية". لهذا السبب أرسل من بريدي الشخصي، وقد حذفنا الشعار والأسماء من الملف.

نعتذر عن الإرسال في آخر لحظة، تأخرنا بسبب انقطاع الإنترنت.

مع التحية
خالد
"""
    pdf = rep_pdf("Voluntary GCM review report", "A Libyan civil society organisation",
                  ["Detention of migrants in western Libya, 2020", "Survivors of trafficking",
                   "Deportations and pushbacks", "Recommendations"])
    a = alt(text, "000000000000b4e9c105bb7a2f63", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "000000000000b4e9c305bb7a2f65")
    m = mk(when, sent_at(when, 2, 14), "mail-ej1-f65.google.example.com", "192.0.2.65", "4F6Nt80Xcz2",
           "Khaled <khaled.ly.2020@gmail.example.com>", hdr(subj),
           "<CAP4mZ8wK1rT6vN+q3Lc7Bx9sD2hYf5gEj4@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="received 23:47:26 on 16 February Beirut time (Date header in UTC+2, Libya): on time although the "
              "sender apologises for 'آخر لحظة'. The organisation withholds its name and sends from a personal "
              "address signed with a first name; the file name uses the neutral description. No speaker; 2020 is "
              "the period covered. Gmail, base64."))


# ================================================================ 22  FR  report  late  Lyon association: Date header 23:26 +0100 on the 16th, received 00:26 on the 17th
M22_FILE = "APRM_rapport_volontaire_retours_2021.pdf"


def m22():
    when = at("2021-02-17 00:26:38")
    subj = "Rapport volontaire APRM - examen régional du Pacte mondial"
    text = """Bonsoir,

Voici, juste avant minuit, le rapport volontaire de l'association Passerelles Retour Maghreb (APRM).

Depuis Lyon, nous accompagnons des Algériens et des Tunisiens qui envisagent ou préparent un retour, aidé ou non, et nous gardons le contact avec eux une fois rentrés grâce à nos associations partenaires d'Oran et de Sousse. Le rapport porte sur 87 parcours suivis en 2019 et 2020, dont une vingtaine de personnes sorties d'une situation d'exploitation par le travail (bâtiment, restauration, travail saisonnier agricole).

Les personnes dont nous citons le parcours ont donné leur accord pour y figurer sous un prénom modifié.

Bien cordialement,

Julien Mercier
pour le bureau de l'APRM
Association Passerelles Retour Maghreb
69007 Lyon
"""
    pdf = rep_pdf("Rapport volontaire - Passerelles Retour Maghreb (APRM)", "Lyon",
                  ["87 parcours suivis en 2019 et 2020", "Sortir de l'exploitation par le travail",
                   "Preparer le retour", "Apres le retour : Oran et Sousse", "Recommandations"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach("application/pdf", pdf, M22_FILE)], "------------D41E7B03A92C5F8610E4B7C2")
    m = mk(when, sent_at(when, 1, 7), "smtp.laposte.example.net", "160.92.124.66", "4F6Pk25Wmz9",
           "Julien Mercier <aprm.lyon@laposte.example.net>", hdr(subj, enc="Q"),
           "<4b7e2a19-c3d8-4f05-9e61-a2d7b0c5f893@laposte.example.net>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(22, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M22_FILE],
        notes="late by 27 minutes: the Date header says Tue 16 Feb 23:26 +0100 and the sender writes 'juste avant "
              "minuit', but the server received it at 00:26 on 17 February Beirut time. Survivors of labour "
              "exploitation quoted under changed first names; 87 cases, 2019 and 2020 are not event data. "
              "Thunderbird, format=flowed 8bit."))


# ================================================================ 23  FR  other  Mauritanian network registers three attendees (one in a wheelchair)
def m23():
    when = at("2021-02-17 10:05:12")
    subj = "Inscription de trois participants - REMAR (Nouakchott)"
    text = """Bonjour,

Le Réseau Mauritanien d'Appui aux Migrants de Retour (REMAR) souhaite inscrire trois personnes pour suivre la consultation du 23 février et la conférence des 24 et 25 février :

- Mme Mariem Mint Cheikh, coordinatrice du REMAR ;
- M. Sidi Mohamed Ould Brahim, chargé de suivi des rapatriés ;
- M. Oumar Ba, membre du réseau, rapatrié de Libye en 2018, qui se déplace en fauteuil roulant.

Aucun d'eux ne demande à prendre la parole et nous n'avons pas de rapport à soumettre cette année.

Si la conférence se tient en présentiel, pourriez-vous nous confirmer que la salle et les toilettes sont accessibles en fauteuil roulant ? Si elle a lieu en ligne, merci de nous envoyer le lien de connexion.

Cordialement,

Mariem Mint Cheikh
Coordinatrice
REMAR – Nouakchott, Mauritanie
"""
    body = alt(text, "_000_AS4PR10MB5371C2E8A0D94B17_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 0, 8), "mail-as4eur10on0628.outbound.protection.outlook.example.com",
           "198.51.100.128", "4F6Yc49Rtz7", addr("Mariem Mint Cheikh", "coordination@remar.example.mr"), hdr(subj, enc="Q"),
           "<AS4PR10MB5371C2E8A0D94B17@AS4PR10MB5371.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AdcE3Nm6Xp0Qv4Rw8Ty2Ui6Op0As4Df==", lang="fr-FR"))
    add(23, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration of three attendees with names and titles in a list, one of them a returnee in a "
              "wheelchair (access question), but 'Aucun d'eux ne demande à prendre la parole et nous n'avons pas de "
              "rapport à soumettre': no speaker, no report. Outlook, Date in UTC+0 (Mauritania)."))


# ================================================================ 24  FR  both  late  a young Algerian returnee sends his own text and asks to speak
M24_FILE = "Contribution Sofiane B. - les jeunes qui reviennent.docx"


def m24():
    when = at("2021-02-18 16:40:03")
    subj = "Ma contribution (rapport) et demande de parole"
    text = """Bonjour,

Je m'appelle Sofiane Bensaïd, j'ai 29 ans et j'habite Mostaganem. En 2018 j'ai pris la mer vers l'Espagne avec onze autres jeunes de mon quartier. Notre embarcation a chaviré près de Carthagène et deux de mes amis ne sont jamais revenus. J'ai été expulsé d'Espagne en 2019 et depuis je suis sans emploi.

Je ne fais partie d'aucune association. Avec l'aide d'un ami enseignant, j'ai écrit un texte sur ce que vivent les jeunes qui reviennent, ceux qu'on appelle chez nous les « harraga » : la honte, les dettes, la police, et les familles des disparus qui attendent encore. Je vous l'envoie en pièce jointe comme ma contribution à l'examen, comme un rapport volontaire. Je sais que la date est passée.

Je voudrais aussi, si c'est encore possible, prendre la parole pendant la discussion ouverte du 23 février. Je préférerais parler sans caméra, parce que ma famille ne sait pas tout.

Merci de m'avoir lu.
Sofiane
"""
    doc = make_docx(["Les jeunes qui reviennent", "Sofiane B., Mostaganem", "1. La traversee de 2018",
                     "2. L'expulsion et le retour", "3. Les dettes et la police", "4. Les familles des disparus",
                     "5. Ce que je demande"])
    a = alt(text, "----=_Part_2741903_1588123047.1613659199870", html=yahoo_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M24_FILE)], "----=_Part_2741902_1163570281.1613659199869")
    m = mk(when, sent_at(when, 1, 8), "sonic315-14.consmr.mail.ir2.yahoo.example.com", "198.51.100.215", "4F7Hm06Vbz5",
           addr("Sofiane Bensaïd", "sofiane.bensaid.mosta@yahoo.example.fr", enc="Q"), subj,
           "<1613659199870.2741904@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(24, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sofiane Bensaïd", None, None, ["open_discussion"])],
        report_attachments=[M24_FILE],
        notes="both, and both parts late (18 February; he knows it): an individual returnee sends his own text "
              "'comme un rapport volontaire' (DOCX, name with 'B.' and a dash) and asks to speak in 'la discussion "
              "ouverte du 23 février'. Not affiliated ('Je ne fais partie d'aucune association') and 'sans emploi': "
              "title and affiliation null. 29, 2018, 2019 and 'onze' are history; asks to speak without camera. "
              "Yahoo, Date in UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
