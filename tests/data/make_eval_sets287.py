#!/usr/bin/env python3
"""Write the blind evaluation set holdout287 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets287.py
Theme: women-led and feminist organisations, domestic workers' and care workers' associations (26 January - 18
February 2021).  Much of the mail is dictated to a phone: little or no punctuation, run-on sentences, speech-to-text
errors ('round table number to', 'plenty session', 'are voluntary report', 'à ses fax', 'virgule' and 'point à la
ligne' written out), words split or joined ('aides mes nagères', 'l'ordi nateur'); some Arabizi (Arabic in Latin
letters with the digits 2, 3, 5, 7) inside Arabic and English mail and one message written wholly in it; several
women proposed with their posts in a single sentence.  A Beirut alliance of migrant domestic workers whose dictated
nomination of three leaders mangles a surname and the roundtable number (corrected next day in a reply to our
acknowledgement), a Lebanese feminist collective nominating two women in Arabic mixed with Arabizi (then thanking us
in Arabizi), a Rabat feminist association's report (the Cc'd programme officer's out-of-office answers our
acknowledgement; the association names her as rapporteur on the speaker deadline in a reply), a Jordanian union of
home-care workers whose dictated 'both' asks for the 'plenty session' (the mistyped Cc bounces), an Egyptian nanny
in Dubai writing in Arabizi who only wants to attend, a Beirut association of domestic workers registering its
president who will not speak, a Sfax association of former domestic workers dictating in French, a Cairo feminist
initiative nominating two women at 23:41 on the speaker deadline, an Aden association seven minutes late, a Gulf
network of care workers, a Cairo women's foundation whose contact address answers automatically, an Oran
association of care aides with three women (late speaker part), an Amman women's shelter that declines to send a
speaker and then sends its report, dictated, at 22:10 on the report deadline, a francophone network's newsletter,
a Zarqa domestic workers' association's dictated Arabic 'both', a Sudanese care workers' initiative at 23:57:40 on
the report deadline and a Casablanca collective of migrant women two days late.  Helpers from mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, make_png, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at,
                     sp, std_rows, top)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(287)
add = SET.add
H = "h287-%02d.eml"

IPHONE = "iPhone Mail (18D52)"
TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.9"


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body '
            'dir="auto">%s</body></html>\n' % inner)


def android_html(text, rtl=False):
    d = "rtl" if rtl else "auto"
    inner = "<br>".join(esc(x) for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="%s">%s</div></body></html>\n' % (d, inner))


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp7c21e4b0yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def owa_ios_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div dir="ltr">%s</div></body></html>\n' % inner)


def ack_text(lang, subject, what):
    """The acknowledgement the secretariat sent (quoted in replies)."""
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'Examen régional du Pacte mondial sur les migrations "
                "(États arabes) accuse réception de votre message « %s » et de %s. Le secrétariat reviendra vers "
                "vous au sujet du programme.\n\nExamen régional du PMM - États arabes" % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def exch_ooo(when, host, ip, qid, sender, mid, subject, topic, orig_id, ack, lang, delay):
    """Headers of an Exchange out-of-office answering our acknowledgement of a message (localised subject)."""
    rows = std_rows(when, host, ip, qid, sender, subject, rfcdate(sent_at(when, *delay)), mid,
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    loop = str(sender).split("<")[-1].rstrip(">")
    return rows + [("In-Reply-To", ack), ("References", orig_id + " " + ack), ("Thread-Topic", topic),
                   ("Content-Language", lang), ("X-MS-Exchange-Inbox-Rules-Loop", loop)]


# ================================================================ 01  EN  speaker  dictated: three leaders of a domestic workers' alliance
M01_ID = "<7E2C91A4-3B58-4D0F-9C61-A8E4F02B7D35@icloud.example.com>"
M01_SUBJ = "Speakers from AMDWL"
M01_QID = "4DKr5Wm2TpZ7"
AMDWL = "Alliance of Migrant Domestic Workers in Lebanon (AMDWL)"


def m01():
    when = at("2021-01-26 09:13:05")
    text = """Hello good morning this is Marites from the alliance of migrant domestic workers in Lebanon I am sending this with the voice because I am at my employers house and I cannot type long so sorry for any mistake

On Sunday we had our general assembly and the members decided to propose three of our leaders for the conference Grace Mabini our chairperson Aster Tess Fay our treasurer and Rahel Girma the secretary of the board they would like to speak in the round table number to if it is possible and if not any round table is okay for them

Also please tell us if you need their photo or CV we can send it on Thursday that is our day off

Thank you so much and God bless

Marites Dela Cruz | Coordinator
Alliance of Migrant Domestic Workers in Lebanon (AMDWL)
+961 70 000 000
Sent from my iPhone
"""
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail-2F9A0C61-7D4B-4E83-B5A2-6C1E8F3D9B04")
    m = mk(when, sent_at(when, 2, 6), "mr85p00im-hyfv06021401.me.example.com", "198.51.100.185", M01_QID,
           "Marites Dela Cruz <marites.amdwl@icloud.example.com>", M01_SUBJ, M01_ID, body,
           extra=[("X-Mailer", IPHONE)])
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Grace Mabini", "chairperson", AMDWL, ["roundtable"], 2),
        sp("Aster Tess Fay", "treasurer", AMDWL, ["roundtable"], 2),
        sp("Rahel Girma", "secretary of the board", AMDWL, ["roundtable"], 2)],
        notes="dictated on an iPhone with no punctuation: three women and their posts run together in one sentence "
              "('Grace Mabini our chairperson Aster Tess Fay our treasurer and Rahel Girma the secretary of the "
              "board'); speech-to-text wrote the roundtable number as 'round table number to' (= 2, with 'any round "
              "table is okay' as fallback) and split a surname ('Tess Fay', recorded as written: the sender "
              "corrects it to 'Tesfaye' in h287-02). Affiliation only in full with its acronym in the custom "
              "signature; the sender (coordinator) is not a speaker; 'Sunday' and 'Thursday' are not event data."))


# ================================================================ 02  EN  speaker  the correction, as a reply to our acknowledgement of 01
def m02():
    when = at("2021-01-27 08:40:52")
    ack = ack_mid(M01_QID)
    quoted = ack_text("en", M01_SUBJ, "your request for speaking roles")
    text = """Hello again,

I just saw that the voice typing made mistakes in my email yesterday, I am very sorry. Here are the names properly:

1. Grace Mabini - Chairperson
2. Aster Tesfaye - Treasurer
3. Rahel Girma - Secretary of the Board

All three are from the Alliance of Migrant Domestic Workers in Lebanon (AMDWL) and they want Roundtable 2 (two, not "to" \U0001F60A).

Thank you for the quick reply.

Marites Dela Cruz | Coordinator
Alliance of Migrant Domestic Workers in Lebanon (AMDWL)
+961 70 000 000
Sent from my iPhone

> On 26 Jan 2021, at 09:13, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
>
""" + gt(quoted) + "\n"
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail-5B0E73D2-1C96-4A28-8F47-D3A9E6B1C580")
    m = mk(when, sent_at(when, 2, 5), "mr85p00im-hyfv06021401.me.example.com", "198.51.100.185", "4DLb8Qs0VnZ2",
           "Marites Dela Cruz <marites.amdwl@icloud.example.com>", "Re: Acknowledgement of receipt - " + M01_SUBJ,
           "<C4A81E6B-90D2-4F37-B5E8-1D7F3A26C9E0@icloud.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M01_ID + " " + ack), ("X-Mailer", IPHONE)])
    add(2, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, thread_of=H % 1,
        speakers=[sp("Grace Mabini", "Chairperson", AMDWL, ["roundtable"], 2),
                  sp("Aster Tesfaye", "Treasurer", AMDWL, ["roundtable"], 2),
                  sp("Rahel Girma", "Secretary of the Board", AMDWL, ["roundtable"], 2)],
        notes="reply to our acknowledgement of h287-01 (References name h287-01) that corrects the dictation "
              "errors: it repeats the three speakers in a typed numbered list ('Aster Tesfaye', not 'Tess Fay') and "
              "the roundtable ('Roundtable 2 (two, not \"to\")'), so it revises the request and needs an "
              "acknowledgement although it also thanks us; thread_of the first message. Emoji in the body; "
              "iPhone quote of our acknowledgement."))


# ================================================================ 03  AR  speaker  Lebanese feminist collective, Arabic mixed with Arabizi, two women
M03_ID = "<CAJt5Hn8Qr2xW6mP+b9Lc3Kz7sV1dFe4gY0@mail.gmail.example.com>"
M03_SUBJ = "ترشيح متحدثتين - تجمّع نسويّات عابرات للحدود"
M03_QID = "4DMf3Xc7RkZ9"
FAB = "تجمّع نسويّات عابرات للحدود"


def m03():
    when = at("2021-01-28 13:05:31")
    text = """مرحبا،

كيفكن؟ أنا لين حداد، المنسّقة العامة لـ"%s" ببيروت. وصلتنا الدعوة للاستعراض الإقليمي عن طريق شبكة الجمعيات النسوية، وأكيد حابّين نشارك.

بعد اجتماع الهيئة التنسيقية قرّرنا نرشّح رفيقتين: ريما دكاش منسّقة برنامج العاملات المهاجرات وسمر عيتاني مسؤولة المناصرة والإعلام، ريما حابّة تشارك بالنقاش المفتوح تبع المشاورة يوم 23 شباط، وسمر فيها تكون rapporteur ya3ni تقدّم الرسائل الرئيسية باسم أصحاب المصلحة، hiye ktir mni7a bi hal shi \U0001F605

نحنا شغّالين من 2017 مع عاملات المنازل المهاجرات، خصوصي بعد انفجار المرفأ لمّا كتير منهن انرمو عالطريق قدّام القنصليات، ومنحاول نربط النضال النسوي بحقوق العاملات وبإلغاء نظام الكفالة.

إذا بدكن أي معلومة زيادة قولولنا، yalla merci ktir w ya3tikon el 3afye

لين
--
لين حداد | Lynn Haddad
المنسّقة العامة - %s
Feminists Across Borders Collective - Beirut
""" % (FAB, FAB)
    body = alt(text, "000000000000a4f17205b9f5c3e8", html=android_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 7), "mail-pj1-f53.google.example.com", "192.0.2.53", M03_QID,
           "Lynn Haddad <lynn.fab.collective@gmail.example.com>", hdr(M03_SUBJ), M03_ID, body)
    add(3, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ريما دكاش", "منسّقة برنامج العاملات المهاجرات", FAB, ["open_discussion"]),
        sp("سمر عيتاني", "مسؤولة المناصرة والإعلام", FAB, ["rapporteur"])],
        notes="Lebanese Arabic with Arabizi and French/English words ('rapporteur ya3ni', 'ktir mni7a', 'yalla "
              "merci ktir w ya3tikon el 3afye'): language ar. Two women with their posts in one run-on sentence, a "
              "different role each ('بالنقاش المفتوح تبع المشاورة يوم 23 شباط' = open discussion; 'rapporteur ya3ni "
              "تقدّم الرسائل الرئيسية' = rapporteur). The sender (general coordinator) is not a speaker; English "
              "name of the collective only in the signature; 2017 and the port explosion are background. Gmail "
              "on Android, base64. Thanked in Arabizi in h287-04."))


# ================================================================ 04  AR  other  thank-you in Arabizi to our acknowledgement of 03
def m04():
    when = at("2021-01-28 15:22:47")
    ack = ack_mid(M03_QID)
    quoted = ack_text("ar", M03_SUBJ, "طلب المشاركة بمداخلة")
    text = """merci ktir 3al rad el sari3 \U0001F64F wosel el ta2kid w 5abbarna Rima w Samar, ktir mabsoutin!
ya3tikon el 3afye
Lynn

في الخميس، 28 يناير 2021 في 1:05 م، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "000000000000d83a6b05b9f7e1a2", html=gmail_html(text), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-pj1-f53.google.example.com", "192.0.2.53", "4DMk6Pv1WcZ4",
           "Lynn Haddad <lynn.fab.collective@gmail.example.com>", re_hdr("Re: ", "إشعار استلام - " + M03_SUBJ),
           "<CAJt5Hn9Vz4kR1pB+c6Wm8Lx2sQ7dGf3hT5@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M03_ID + " " + ack)])
    add(4, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 3,
        notes="two-line thank-you written wholly in Lebanese Arabizi ('merci ktir 3al rad el sari3', 'wosel el "
              "ta2kid', '5abbarna Rima w Samar'), answering our acknowledgement of h287-03 (References name it): "
              "adds nothing new, so no acknowledgement; the speakers' first names in Latin letters are not a new "
              "nomination. Arabic Gmail quote line above our Arabic acknowledgement; language ar."))


# ================================================================ 05  FR  report  Rabat feminist association, Outlook, PDF + logo; speaker announced for later
M05_ID = "<PR2P264MB0417B8E3D1C6A952@PR2P264MB0417.FRAP264.PROD.OUTLOOK.example.com>"
M05_SUBJ = "Rapport volontaire – Association Nissae Bila Houdoud (Femmes sans frontières)"
M05_QID = "4DPq2Lz84HwZ1"
M05_FILE = "Rapport_volontaire_PMM_ANBH_2021.pdf"
ANBH = "Association Nissae Bila Houdoud – Femmes sans frontières (ANBH)"


def m05():
    when = at("2021-02-01 10:30:16")
    text = """Madame, Monsieur,

Au nom de l'%s, j'ai le plaisir de vous transmettre ci-joint notre rapport volontaire dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Fondée en 2012 à Rabat, l'ANBH est une association féministe dirigée par des femmes marocaines et migrantes. Le rapport porte sur trois groupes que nous accompagnons : les travailleuses domestiques originaires d'Afrique subsaharienne employées au Maroc, les ouvrières agricoles saisonnières recrutées pour la cueillette des fruits rouges en Espagne, et les femmes revenues au pays après un emploi de garde d'enfants ou d'aide à domicile dans les pays du Golfe. Il s'appuie sur 146 entretiens et sur six ateliers réalisés entre septembre et décembre 2020.

Nous vous communiquerons dans les prochains jours le nom de la personne qui pourrait représenter l'association lors de la consultation.

Ma collègue Zineb El Idrissi, en copie, reste à votre disposition pour toute question.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Latifa Berrada
Présidente
%s
Rabat – Maroc
Tél. : +212 5 37 00 00 00
""" % (ANBH, ANBH)
    pdf = rep_pdf("Rapport volontaire - Examen regional du PMM", "Association Nissae Bila Houdoud - Femmes sans frontieres",
                  ["Travailleuses domestiques subsahariennes au Maroc", "Saisonnieres agricoles en Espagne",
                   "Retour des aides a domicile du Golfe", "Violences et acces a la justice", "Recommandations"])
    cid = "image001.png@01D6F883.4B2E7C10"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="FR", img_cid=cid)),
                            logo(cid, (128, 0, 96))], "_004_PR2P264MB0417B8E3D1C6A952_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_PR2P264MB0417B8E3D1C6A952_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "_005_PR2P264MB0417B8E3D1C6A952_")
    m = mk(when, sent_at(when, 1, 9), "mail-pr2fra01on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", M05_QID, "Latifa Berrada <l.berrada@anbh.example.ma>", hdr(M05_SUBJ, enc="Q"), M05_ID,
           body, cc="Zineb El Idrissi <z.elidrissi@anbh.example.ma>",
           extra=outlook(hdr(M05_SUBJ, enc="Q"), "Adb4gK2Lm5Np8Qr1St4Uv7Wx0Yz3Ab==", lang="fr-FR", has_attach="yes"))
    add(5, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M05_FILE],
        notes="a feminist association's report (PDF) in a formal Outlook mail; the signature logo (image001.png, "
              "inline) is not part of the report. 'Nous vous communiquerons dans les prochains jours le nom de la "
              "personne qui pourrait représenter l'association' announces a speaker without naming one, so not "
              "'both'; the colleague in Cc is named but not proposed (her out-of-office answers our acknowledgement, "
              "h287-06, and she is nominated later, h287-12). 146 interviews, 2012 and 2020 are not event data; "
              "Date in UTC+1."))


# ================================================================ 06  FR  auto_reply  the Cc'd programme officer's out-of-office on our acknowledgement of 05
def m06():
    when = at("2021-02-01 10:31:40")
    ack = ack_mid(M05_QID)
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 8 février inclus et je n'aurai qu'un accès limité à ma messagerie.

Pour toute urgence, merci de contacter Mme Latifa Berrada, présidente de l'association (l.berrada@anbh.example.ma). Pour les situations de violence, notre permanence d'écoute reste joignable au +212 5 37 00 00 01.

Bien à vous,

Zineb El Idrissi
Chargée du programme Migration et genre
%s
""" % ANBH
    body = alt(text, "_000_PR2P264MB0417OOF7C2D4E9_", html=outlook_html(text, lang="FR"))
    subj = hdr("Réponse automatique : Accusé de réception - " + M05_SUBJ, enc="Q")
    rows = exch_ooo(when, "mail-pr2fra01on0620.outbound.protection.outlook.example.com", "198.51.100.120",
                    "4DPq3Ft17JxZ6", "Zineb El Idrissi <z.elidrissi@anbh.example.ma>",
                    "<PR2P264MB0417E1F6A3B8C274@PR2P264MB0417.FRAP264.PROD.OUTLOOK.example.com>", subj,
                    hdr("Accusé de réception - " + M05_SUBJ, enc="Q"), M05_ID, ack, "fr-FR", (1, 3))
    add(6, when, top(body, rows), dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="French Exchange out-of-office of the colleague in Cc of h287-05, answering our acknowledgement 84 "
              "seconds later ('Réponse automatique :', References name h287-05): signed with her name, title and "
              "association and naming the president with 'Mme' and her post, so it resembles a nomination. Never "
              "acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 07  EN  both  dictated: Jordanian union of home-care workers, 'plenty session'
M07_ID = "<q3n7b1-k8w2zp-4r6tyc-9j0m5x.c2@email.android.com>"
M07_SUBJ = "voluntary report and speakers independent union of home care workers"
M07_QID = "4DQx7Bn35MvZ3"
M07_FILE = "IUHCW GCM voluntary report - final.docx"
M07_BADCC = "lorna.bautisa@gmail.example.com"
IUHCW = "Independent Union of Home Care Workers in Jordan (IUHCW)"


def m07():
    when = at("2021-02-02 11:48:09")
    text = """Dear GCM team good morning

I am Hanan from the independent union of home care workers in Jordan I am dictating this on my phone so excuse me for the mistakes

attached is our voluntary report for the G C M review it was written with our members in three workshops in Amman and Irbid it is about the women who work as home care givers and nurse aids for elderly people and also the migrant women from the Philippines and Sri Lanka and Egypt who do the same job with out contract and with out social security

also we would like to propose our president Maysoun Qudah and our vice president for migrant members Lorna Bautista to make an intervention in the plenty session on 24 or 25 February they both speak English and Arabic Lorna is in copy of this email

thank you very much for your work
Hanan

Hanan Obeidat
General Secretary
Independent Union of Home Care Workers in Jordan (IUHCW)
+962 77 000 0000

Sent from my Galaxy
"""
    doc = make_docx(["Independent Union of Home Care Workers in Jordan (IUHCW)",
                     "Voluntary GCM review report - January 2021",
                     "1. Home care givers and nurse aides in Jordan", "2. Migrant women in elderly care",
                     "3. Contracts, wages and social security", "4. Findings of the Amman and Irbid workshops",
                     "5. Recommendations"])
    a = alt(text, "--_com.samsung.android.email_1612259284119370", html=android_html(text))
    body = multi("mixed", [a, attach(DOCX, doc, M07_FILE)], "--_com.samsung.android.email_1612259284119371")
    m = mk(when, sent_at(when, 2, 5), "mail-wr1-f45.google.example.com", "192.0.2.45", M07_QID,
           "Hanan Obeidat <hanan.iuhcw@gmail.example.com>", M07_SUBJ, M07_ID, body,
           cc="Lorna Bautista <%s>" % M07_BADCC)
    add(7, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Maysoun Qudah", "president", IUHCW, ["plenary"]),
        sp("Lorna Bautista", "vice president for migrant members", IUHCW, ["plenary"])],
        report_attachments=[M07_FILE],
        notes="dictated on a Samsung phone, all lower case and no punctuation: a report (DOCX) and two women with "
              "their posts in one sentence ('our president Maysoun Qudah and our vice president for migrant members "
              "Lorna Bautista'); speech-to-text wrote 'plenty session' for 'plenary session' (24 or 25 February: "
              "plenary), 'G C M', 'with out'. Affiliation in full with acronym only in the signature; the sender "
              "(general secretary) is not a speaker. The Cc address is mistyped and our acknowledgement's copy "
              "bounces (h287-08). Both parts on time (2 February)."))


# ================================================================ 08  EN  bounce  the Cc copy of our acknowledgement of 07: user unknown at the remote end
def m08():
    when = at("2021-02-02 11:49:02")
    diag = ("host gmail-smtp-in.l.google.example.com[192.0.2.27] said:\n"
            "    550-5.1.1 The email account that you tried to reach does not exist. Please\n"
            "    try 550-5.1.1 double-checking the recipient's email address for typos or\n"
            "    550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1\n"
            "    https://support.google.example.com/mail/?p=NoSuchUser q7si2140883wrx.45 - gsmtp\n"
            "    (in reply to RCPT TO command)")
    text = POSTFIX_NOTICE + "\n<%s>: %s\n" % (M07_BADCC, diag)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DQx8Hk92PcZ5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.1.1\n"
           "Remote-MTA: dns; gmail-smtp-in.l.google.example.com\n"
           "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\n"
           "    not exist. Please try 550-5.1.1 double-checking the recipient's email\n"
           "    address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1\n"
           "    https://support.google.example.com/mail/?p=NoSuchUser q7si2140883wrx.45 - gsmtp\n"
           % (rfcdate(when - dt.timedelta(seconds=8), "EET"), M07_BADCC, M07_BADCC))
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: Hanan Obeidat <hanan.iuhcw@gmail.example.com>\n"
            "Cc: Lorna Bautista <%s>\n"
            "Subject: Acknowledgement of receipt - %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n" % (M07_BADCC, M07_SUBJ, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M07_QID),
                                  M07_ID, M07_ID))
    body = dsn_report(text, dsn, hdrs, "4DQx8Kd40RfZ8.1612259342/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DQx8Kd40RfZ8; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210202094902.4DQx8Kd40RfZ8@mx1.iom.int>")]
    add(8, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN for the Cc copy of our acknowledgement of h287-07: the remote server answered 550 5.1.1 "
              "(no such user: 'bautisa' for 'bautista'); the returned headers carry h287-07's subject about a "
              "voluntary report and speakers. Never acknowledge; thread_of null as for dev bounces."))


# ================================================================ 09  AR  other  Egyptian nanny in Dubai, wholly in Arabizi, only wants to attend
def m09():
    when = at("2021-02-03 16:20:44")
    subj = "so2al 3an el conference"
    text = """Salam 3alekom,

ana esmi Nesma Abdelaziz, ana masreya w sha8ala nanny (morabeya) f Dubai men 6 sneen. shoft el e3lan bta3 el conference 3ala page "Masreyat fel Emarat" 3al facebook w 7abbet as2al kam so2al:

1- momken a7dar online yom 24 w 25? w lazem a3mel registration?
2- ana mesh tab3a ay gam3eya aw organization, da moshkela?

ana mesh 3ayza at2alem wala a2addem 7aga, bas 3ayza asma3, 3ashan mawdo3 el 3amlat fel beyout w el nannies yehemmeni gedan w fi 7agat ketir bte7sal m3ana hena.

shokran gedan w rabena ykhalleeko
Nesma

Sent from Yahoo Mail on Android
"""
    body = alt(text, "----=_Part_3318204_1702453719.1612362040117", html=yahoo_html(text))
    m = mk(when, sent_at(when, 4, 4), "sonic314-26.consmr.mail.ir2.yahoo.example.com", "198.51.100.214",
           "4DRd1Mw68TnZ0", "Nesma Abdelaziz <nesma.abdelaziz88@yahoo.example.com>", subj,
           "<1893421057.3318205.1612362040119@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(9, when, m, dict(category="other", language="ar", acknowledge=True, on_time=None,
        notes="written wholly in Egyptian Arabizi (Latin letters with 2, 3, 7, 8 for ء ع ح غ): an Arabic speaker, "
              "so the acknowledgement is in Arabic. A nanny in Dubai who only wants to attend online ('mesh 3ayza "
              "at2alem wala a2addem 7aga, bas 3ayza asma3' = she does not want to speak or submit anything) and "
              "asks about registration and whether she needs an organisation; 24 and 25 are questions about the "
              "dates. Yahoo on Android, Date in UTC+4."))


# ================================================================ 10  FR  other  Beirut domestic workers' association registers its president, who will not speak
def m10():
    when = at("2021-02-03 19:05:27")
    subj = "Inscription – participation de notre présidente à la Conférence régionale"
    text = """Madame, Monsieur,

L'Association Sawa des travailleuses domestiques et aides à la personne, fondée à Beyrouth en 2015 par d'anciennes employées de maison libanaises, éthiopiennes et malgaches, a bien reçu votre invitation à l'examen régional du Pacte mondial sur les migrations et vous en remercie.

Notre présidente, Mme Josiane Khoury Abou Jaoudé, présidente de l'Association Sawa, souhaite participer à la Conférence régionale des 24 et 25 février 2021 ainsi qu'à la consultation multipartite du 23 février. Pourriez-vous nous indiquer les modalités d'inscription et nous dire si une interprétation vers le français sera assurée ?

Précision importante : Mme Khoury Abou Jaoudé ne demande pas de temps de parole, elle souhaite uniquement suivre les travaux et rencontrer les autres associations de la région.

Avec nos remerciements anticipés et nos meilleures salutations,

Carla Maalouf
Chargée de projets
Association Sawa des travailleuses domestiques et aides à la personne
Achrafieh, Beyrouth – Liban
"""
    body = alt(text, "=_b7e3a10c94f2d865e0c1a7f3b5d29e41", html=text_html_rc(text))
    m = mk(when, sent_at(when, 2, 8), "webmail.sawa-liban.example.org", "203.0.113.41", "4DRk9Xq23BvZ5",
           "Carla Maalouf <c.maalouf@sawa-liban.example.org>", hdr(subj, enc="Q"),
           "<a91f3c7e5b2d804f6e1c9a3b7d5e2f08@sawa-liban.example.org>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(10, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration request for the association's president, with her full name, title and association "
              "as a speaker proposal would give them; the category turns on one sentence: 'ne demande pas de temps "
              "de parole, elle souhaite uniquement suivre les travaux'. Also asks about French interpretation. "
              "'Mme' twice; 2015 is history. Roundcube webmail, Date in UTC+2."))


def text_html_rc(text):
    """Roundcube's HTML part: a div per line in a body with a default font."""
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head><body '
            'style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>%s</body></html>\n' % inner)


# ================================================================ 11  FR  speaker  dictated in French: Sfax association, 'virgule', 'point à la ligne'
NOUR = "Association Nour pour la défense des travailleuses domestiques"


def m11():
    when = at("2021-02-04 12:33:18")
    subj = "Proposition intervenantes association Nour"
    text = """Bonjour madame monsieur virgule

je vous écris au nom de l'%s à ses fax point nous avons bien reçu votre invitation pour l'examen régional du pacte mondial sur les migrations et nous souhaitons proposer deux intervenantes Madame Saïda Trabelsi présidente de l'association et moi-même Hend Jlassi chargée de plaidoyer pour la table ronde numéro 3 point à la ligne

Nous sommes toutes les deux d'anciennes aides mes nagères nous avons travaillé en Libye et au Liban avant de rentrer en Tunisie et l'association accompagne aujourd'hui plus de 300 femmes employées de maison dont beaucoup de jeunes filles venues du nord-ouest et aussi des travailleuses ivoiriennes virgule nous pouvons parler en arabe et en français

Merci beaucoup et bonne journée
Hend Jlassi

Envoyé de mon iPhone
""" % NOUR
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail-A3D1F5C8-2E7B-4960-8C14-B9F0E6D27A53")
    m = mk(when, sent_at(when, 1, 7), "mr85p00im-ztdg06021702.me.example.com", "198.51.100.187", "4DSm4Kt70QwZ2",
           "Hend Jlassi <hend.jlassi.nour@icloud.example.com>", subj,
           "<F2B8C6A1-4D93-4E07-A5C3-7E1D0B9F6A28@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Saïda Trabelsi", "présidente", NOUR, ["roundtable"], 3),
        sp("Hend Jlassi", "chargée de plaidoyer", NOUR, ["roundtable"], 3)],
        notes="French dictated on an iPhone: the punctuation commands were transcribed as words ('virgule', 'point', "
              "'point à la ligne') and words were misheard ('à ses fax' for 'à Sfax', 'aides mes nagères' for "
              "'aides ménagères'). Two women with their posts in one sentence, the second being the sender herself "
              "('et moi-même Hend Jlassi chargée de plaidoyer'); 'Madame' dropped; 'table ronde numéro 3'. 300 "
              "women is not event data; Date in UTC+1."))


# ================================================================ 12  FR  speaker  the Rabat association names its rapporteur, replying to our acknowledgement of 05
def m12():
    when = at("2021-02-05 18:02:36")
    ack = ack_mid(M05_QID)
    quoted = ack_text("fr", M05_SUBJ, "votre rapport volontaire")
    text = """Madame, Monsieur,

Merci pour votre accusé de réception.

Comme annoncé, nous avons le plaisir de vous proposer, pour représenter l'ANBH, Mme Zineb El Idrissi, chargée du programme Migration et genre, qui souhaiterait assumer le rôle de rapporteuse et présenter les messages clés des parties prenantes. Elle a coordonné les six ateliers sur lesquels repose notre rapport et elle est de retour au bureau lundi.

Bien cordialement,

Latifa Berrada
Présidente
%s

De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : lundi 1 février 2021 09:30
À : Latifa Berrada <l.berrada@anbh.example.ma>
Cc : Zineb El Idrissi <z.elidrissi@anbh.example.ma>
Objet : Accusé de réception - %s

%s
""" % (ANBH, M05_SUBJ, quoted)
    subj = "RE: Accusé de réception - " + M05_SUBJ
    body = alt(text, "_000_PR2P264MB04172C9D5E7F1A83_", html=outlook_html(text, lang="FR"))
    m = mk(when, sent_at(when, 1, 8), "mail-pr2fra01on0620.outbound.protection.outlook.example.com",
           "198.51.100.120", "4DTb6Ry52GsZ8", "Latifa Berrada <l.berrada@anbh.example.ma>", hdr(subj, enc="Q"),
           "<PR2P264MB04172C9D5E7F1A83@PR2P264MB0417.FRAP264.PROD.OUTLOOK.example.com>", body,
           cc="Zineb El Idrissi <z.elidrissi@anbh.example.ma>",
           extra=[("In-Reply-To", ack), ("References", M05_ID + " " + ack)]
           + outlook(hdr(subj, enc="Q"), "Adb4gK2Lm5Np8Qr1St4Uv7Wx0Yz3AbAEk7Tqw==", lang="fr-FR"))
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, thread_of=H % 5,
        speakers=[sp("Zineb El Idrissi", "chargée du programme Migration et genre", ANBH, ["rapporteur"])],
        notes="the nomination announced in h287-05, sent on the speaker deadline (18:02, on time) as an Outlook "
              "reply to our acknowledgement of the report (References name h287-05): a new request, so "
              "acknowledged, thread_of the report that opened the exchange. 'Mme' dropped; role in words ('le rôle "
              "de rapporteuse et présenter les messages clés'); the body says only 'l'ANBH', the full name is in "
              "the signature. The speaker is in Cc; her out-of-office (h287-06) said she was away until 8 February."))


# ================================================================ 13  EN  speaker  Cairo feminist initiative, English with Arabizi, 23:41 on the speaker deadline
MADA = "Mada Feminist Initiative"


def m13():
    when = at("2021-02-05 23:41:22")
    subj = "Nomination - Mada Feminist Initiative (sorry last minute!)"
    text = """Hi there,

Sorry for the super late email, ya3ni this week was crazy \U0001F648 hope it's not too late!!

We'd love to nominate two of us from %s: our founder and executive director Dina Mansour and our legal officer Heba Saied, both would like to join the open discussion of the consultation on the 23rd inshallah. Dina works on the cases of Egyptian women who went to the Gulf as nannies and domestic workers and came back with nothing, and Heba follows the legal side with the ministry and the recruitment agencies.

Their emails: dina@mada-feminist.example.org / heba@mada-feminist.example.org

Khalas I think that's everything u need? Let me know if not!
Thanks a million, yalla bye

Nour El-Sherif
Communications Officer, %s

Sent from my iPhone
""" % (MADA, MADA)
    body = multi("alternative", [leaf("text/plain", text), leaf("text/html", apple_html(text))],
                 "Apple-Mail-9C4E2B07-F1A6-43D8-B2E5-0A7D3C18F964")
    m = mk(when, sent_at(when, 2, 6), "mail.mada-feminist.example.org", "203.0.113.102", "4DVc0Nz95JtZ1",
           "Nour El-Sherif <nour@mada-feminist.example.org>", subj,
           "<8D3F6A91-C2E4-4B75-90A8-E5F1B7C32D06@mada-feminist.example.org>", body, extra=[("X-Mailer", IPHONE)])
    add(13, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Dina Mansour", "founder and executive director", MADA, ["open_discussion"]),
        sp("Heba Saied", "legal officer", MADA, ["open_discussion"])],
        notes="received at 23:41:22 on 5 February (Cairo = Beirut time): on time although the sender fears it is "
              "late. English with Arabizi and Arabic words ('ya3ni', 'inshallah', 'Khalas', 'yalla'): language en. "
              "Two women with their posts in one sentence ('our founder and executive director Dina Mansour and our "
              "legal officer Heba Saied'), one role for both ('the open discussion of the consultation on the "
              "23rd'); the sender (communications officer) is not a speaker. iPhone, emoji."))


# ================================================================ 14  AR  speaker  Aden association, seven minutes late, Date in UTC+3
def m14():
    when = at("2021-02-06 00:07:12")
    subj = "ترشيح ممثلة الجمعية - الاستعراض الإقليمي للهجرة"
    aff = "جمعية رعاية العاملات المنزليات والمهاجرات في عدن"
    text = """الإخوة والأخوات في أمانة الاستعراض الإقليمي للاتفاق العالمي للهجرة المحترمين
تحية طيبة وبعد،

يسر %s أن ترشح الأستاذة أروى عبدالله الشميري، رئيسة لجنة العاملات المهاجرات بالجمعية، للمشاركة بمداخلة في المائدة المستديرة الأولى خلال المؤتمر الإقليمي يومي 24 و25 فبراير. وتعمل الأستاذة أروى منذ سنوات مع العاملات الإثيوبيات والصوماليات العالقات في عدن، ومع اليمنيات العائدات من العمل في المنازل بدول الخليج.

نعتذر عن إرسال الترشيح في هذه الساعة المتأخرة، فقد انقطعت الكهرباء عن المدينة طوال المساء ولم تعد إلا بعد منتصف الليل، ونرجو أن تتفهموا ظروفنا وأن يُقبل الترشيح.

وتقبلوا خالص التحية والتقدير
نادية صالح باعباد
الأمينة العامة
جمعية رعاية العاملات المنزليات والمهاجرات - عدن
""" % aff
    body = alt(text, "----=_Part_1120573_884126095.1612562830412", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 3, 5), "sonic309-15.consmr.mail.gq1.yahoo.example.com", "198.51.100.209",
           "4DWj2Tb18XsZ7", addr("نادية باعباد", "nadia.baabbad@yahoo.example.com"), hdr(subj),
           "<1274930611.1120574.1612562830415@mail.yahoo.example.com>", body, extra=[("X-Mailer", YAHOO)])
    add(14, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("أروى عبدالله الشميري", "رئيسة لجنة العاملات المهاجرات", aff, ["roundtable"], 1)],
        notes="received at 00:07:12 on 6 February Beirut time (Date header 01:07 in UTC+3, Aden): seven minutes "
              "after the speaker deadline, so late, still acknowledged; the sender apologises for the hour (power "
              "cut) without saying it is late. 'الأستاذة' dropped; 'بالجمعية' after the title is the affiliation; "
              "roundtable as an ordinal word ('الأولى'); the signature gives a shorter form of the name ('- عدن'). "
              "The signer is not the speaker. Yahoo, base64."))


# ================================================================ 15  EN  report  Gulf network of care workers: PDF report, campaign poster, logo
M15_FILE = "GNMCW_Voluntary_GCM_Review_Report_2021.pdf"
M15_POSTER = "Care Work Is Work - campaign poster.png"


def m15():
    when = at("2021-02-08 10:15:40")
    subj = "Voluntary GCM review report - Gulf Network of Migrant Care Workers (GNMCW)"
    text = """Dear colleagues,

Please find attached the voluntary GCM review report of the Gulf Network of Migrant Care Workers (GNMCW), a women-led network of nannies, nurse aides, elderly carers and domestic workers' groups in Qatar, Kuwait, Bahrain and the United Arab Emirates.

The report brings together what our member groups documented in 2020: care workers who were locked in with their employers' families during the lockdowns and worked without a day off for months, those who were dismissed and stranded without tickets home, and the live-in carers of older people who were never counted as health workers although they took the same risks. It ends with nine recommendations on working hours, rest days, health cover and the right to change employer.

As the period for speaking requests has closed, we are not proposing a speaker; our Chair, Leonora Santos, and two member representatives will follow the conference online. The campaign poster attached is for your information only.

With warm regards,

Priya Nair
Research Coordinator
Gulf Network of Migrant Care Workers (GNMCW)
Doha, Qatar
"""
    pdf = rep_pdf("Voluntary GCM review report", "Gulf Network of Migrant Care Workers (GNMCW)",
                  ["Locked in: care work during the lockdowns", "Dismissed and stranded",
                   "Live-in carers of older people", "Nine recommendations"])
    cid = "image001.png@01D6FDF0.6A1C3E20"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="EN-GB", img_cid=cid)),
                            logo(cid, (210, 90, 30))], "_006_DU2PR10MB5187A3F9C2E4B061_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text), rel], "_000_DU2PR10MB5187A3F9C2E4B061_")
    body = multi("mixed", [a, attach("application/pdf", pdf, M15_FILE),
                           attach("image/png", make_png(60, 84, (230, 120, 40)), M15_POSTER)],
                 "_007_DU2PR10MB5187A3F9C2E4B061_")
    m = mk(when, sent_at(when, 3, 9), "mail-du2eur10on0612.outbound.protection.outlook.example.com",
           "198.51.100.112", "4DYg5Cx27LwZ4", "Priya Nair <p.nair@gnmcw.example.org>", subj,
           "<DU2PR10MB5187A3F9C2E4B061@DU2PR10MB5187.EURPRD10.PROD.OUTLOOK.example.com>", body,
           extra=outlook(subj, "AQHW/gT3Kp6Lx9Mb2Nc5Vz8Qa1Rs4Wd7Ey==", lang="en-GB", has_attach="yes"))
    add(15, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[M15_FILE],
        notes="a women-led network's report (PDF) with a campaign poster (PNG attachment, 'for your information "
              "only') and an inline signature logo: only the PDF is the report. 'we are not proposing a speaker; "
              "our Chair, Leonora Santos, and two member representatives will follow the conference online' names "
              "a woman with her post but proposes nobody. 2020 and nine recommendations are not event data. "
              "Outlook, Date in UTC+3."))


# ================================================================ 16  AR  report  Cairo women's foundation: DOCX with an Arabic name, sent from its contact address
M16_ID = "<VI1PR08MB53923E7A1C4D8B25@VI1PR08MB5392.eurprd08.prod.outlook.example.com>"
M16_SUBJ = "التقرير الطوعي لمؤسسة تضامن لقضايا المرأة والهجرة"
M16_QID = "4DZr8Vk41NpZ6"
M16_FILE = "التقرير الطوعي لمؤسسة تضامن - الاستعراض الإقليمي 2021.docx"
M16_FROM = "info@tadamon-women.example.org"


def m16():
    when = at("2021-02-09 12:40:05")
    text = """السادة أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية - المنطقة العربية
تحية طيبة وبعد،

يسعدني أن أرسل إليكم مرفقاً التقرير الطوعي لمؤسسة تضامن لقضايا المرأة والهجرة، وهي مؤسسة نسوية تعمل منذ عام 2009 في القاهرة والمنيا وسوهاج مع النساء اللواتي يهاجرن للعمل في المنازل ورعاية الأطفال وكبار السن في دول الخليج والأردن ولبنان، ومع العائدات منهن.

ويتناول التقرير ثلاثة محاور: التوظيف عبر الوسطاء غير المرخصين وما يرتبط به من ديون ومصادرة جوازات السفر، والعنف القائم على النوع الاجتماعي في أماكن العمل وغياب آليات الشكوى، وأوضاع العائدات وإعادة إدماجهن اقتصادياً واجتماعياً. وقد أعدّ بالتشاور مع 62 امرأة من العائدات في ثلاث محافظات.

وتفضلوا بقبول فائق الاحترام،

د. سلوى عبد المنعم
المديرة التنفيذية
مؤسسة تضامن لقضايا المرأة والهجرة
القاهرة - جمهورية مصر العربية
"""
    doc = make_docx(["مؤسسة تضامن لقضايا المرأة والهجرة", "التقرير الطوعي - الاستعراض الإقليمي للاتفاق العالمي للهجرة 2021",
                     "أولاً: التوظيف عبر الوسطاء غير المرخصين", "ثانياً: العنف القائم على النوع الاجتماعي",
                     "ثالثاً: العائدات وإعادة الإدماج", "رابعاً: التوصيات"])
    cid = "image001.png@01D6FEC1.2B5D8A70"
    rel = multi("related", [leaf("text/html", outlook_html(text, lang="AR-EG", img_cid=cid, rtl=True), cte="base64"),
                            logo(cid, (90, 30, 110))], "_004_VI1PR08MB53923E7A1C4D8B25_",
                params=[("type", '"text/html"')])
    a = multi("alternative", [leaf("text/plain", text, cte="base64"), rel], "_000_VI1PR08MB53923E7A1C4D8B25_")
    body = multi("mixed", [a, attach(DOCX, doc, M16_FILE)], "_005_VI1PR08MB53923E7A1C4D8B25_")
    m = mk(when, sent_at(when, 2, 10), "mail-vi1eur08on0614.outbound.protection.outlook.example.com",
           "198.51.100.114", M16_QID, addr("مؤسسة تضامن لقضايا المرأة والهجرة", M16_FROM), hdr(M16_SUBJ), M16_ID,
           body, extra=outlook(hdr(M16_SUBJ), "Adb+2Wq5Er8Ty1Ui4Op7As0Df3Gh6Jk==", lang="ar-EG", has_attach="yes"))
    add(16, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M16_FILE],
        notes="a feminist foundation's report (DOCX with a long Arabic file name, RFC 2231 + RFC 2047) sent from its "
              "shared contact address, signed by the executive director ('د.' before her name, but she is not "
              "proposed as a speaker); the inline logo is not part of the report. 62 women, 2009 and three "
              "governorates are not event data. Outlook, base64, Date in UTC+2. The contact address's "
              "autoresponder answers our acknowledgement (h287-17)."))


# ================================================================ 17  AR  auto_reply  the foundation's contact address answers our acknowledgement of 16
def m17():
    when = at("2021-02-09 12:41:19")
    ack = ack_mid(M16_QID)
    text = """شكراً لتواصلكم مع مؤسسة تضامن لقضايا المرأة والهجرة.

تم استلام رسالتكم، وسيقوم أحد أعضاء فريقنا بالرد عليكم خلال ثلاثة أيام عمل.

إذا كنتِ عاملة مهاجرة أو عائدة وتتعرضين للعنف أو الاحتجاز، يرجى الاتصال فوراً بخط الدعم على الرقم 0100 000 0000 (واتساب متاح) من الأحد إلى الخميس.

هذه رسالة آلية، يرجى عدم الرد عليها.

Thank you for contacting Tadamon Foundation for Women and Migration. This is an automatic reply.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد آلي: إشعار استلام - " + M16_SUBJ)
    rows = std_rows(when, "mail-vi1eur08on0614.outbound.protection.outlook.example.com", "198.51.100.114",
                    "4DZr9Bm63QtZ0", addr("مؤسسة تضامن لقضايا المرأة والهجرة", M16_FROM), subj,
                    rfcdate(sent_at(when, 2, 3)), "<autoreply.20210209104116.7731@tadamon-women.example.org>",
                    extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], ret="")
    rows = [(k, "<>" if k == "Return-Path" else v) for k, v in rows]
    rows += [("In-Reply-To", ack), ("References", M16_ID + " " + ack), ("Precedence", "auto_reply")]
    add(17, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="autoresponder of the foundation's contact address (the sender of h287-16) answering our "
              "acknowledgement 74 seconds later: same display name and address as the report, a promise of a "
              "reply within three working days and a hotline for women workers, an English line at the end. "
              "Auto-Submitted, X-Autoreply, Precedence: auto_reply, null Return-Path. Never acknowledge (loop)."))


# ================================================================ 18  FR  both  Oran association of care aides: report + three women (speaker part late)
M18_FILE = "Rapport El Hanane – aides-soignantes et auxiliaires de vie.docx"
HANANE = "Association El Hanane des aides-soignantes et auxiliaires de vie d'Oran"


def m18():
    when = at("2021-02-10 09:55:48")
    subj = "Rapport volontaire et intervenantes – Association El Hanane (Oran)"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'%s, préparé avec nos adhérentes pour l'examen régional du Pacte mondial sur les migrations. Beaucoup d'entre elles ont travaillé comme aides-soignantes ou auxiliaires de vie en France, en Espagne ou dans les pays du Golfe ; d'autres s'occupent ici, sans contrat, de personnes âgées chez des particuliers, parfois aux côtés de femmes venues du Mali ou du Niger.

Nous proposons également trois intervenantes : Mmes Fatima Zohra Benali, présidente, Khadidja Ouali, trésorière, et Nadia Rahmouni, animatrice du groupe de parole des aides-soignantes, pour la table ronde n° 4 (à défaut, la n° 2).

Nous restons à votre disposition.

Cordialement,

Amel Kaddour
Secrétaire générale
%s
Oran – Algérie
""" % (HANANE, HANANE)
    doc = make_docx(["Association El Hanane des aides-soignantes et auxiliaires de vie d'Oran",
                     "Rapport volontaire - Examen régional du Pacte mondial sur les migrations",
                     "1. Parcours migratoires des adhérentes", "2. Le travail de soin sans contrat à Oran",
                     "3. Reconnaissance des qualifications acquises à l'étranger", "4. Recommandations"])
    text_part = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    body = multi("mixed", [text_part, attach(DOCX, doc, M18_FILE)], "------------5C81E4A2B7D09F36A1E4C7B2")
    m = mk(when, sent_at(when, 1, 9), "smtp.hanane-oran.example.dz", "41.111.140.22", "4F0Dm35RkvZ3",
           "Amel Kaddour <amel.kaddour@hanane-oran.example.dz>", hdr(subj, enc="Q"),
           "<b4e8a1c7-2f63-4d90-8e15-c3a7f9d02b61@hanane-oran.example.dz>", body,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Fatima Zohra Benali", "présidente", HANANE, ["roundtable"], 4),
        sp("Khadidja Ouali", "trésorière", HANANE, ["roundtable"], 4),
        sp("Nadia Rahmouni", "animatrice du groupe de parole des aides-soignantes", HANANE, ["roundtable"], 4)],
        report_attachments=[M18_FILE],
        notes="'both' on 10 February: the report (DOCX, name with an en dash, RFC 2231 + RFC 2047) is on time but "
              "the speaker part is late and the sender does not say so, so on_time false. Three women with their "
              "posts in one sentence after a plural honorific ('Mmes'); 'table ronde n° 4 (à défaut, la n° 2)' = "
              "first choice 4. The signer (general secretary) is not a speaker. Thunderbird, format=flowed, 8bit."))


# ================================================================ 19  EN  other  Amman women's shelter: no speaker, report to follow
M19_ID = "<AM6PR02MB4431D7B2E9C5A081@AM6PR02MB4431.eurprd02.prod.outlook.example.com>"
M19_SUBJ = "GCM Regional Review - Sanabel Women's Protection Centre"
M19_QID = "4F0Lt72WcxZ9"


def m19():
    when = at("2021-02-10 17:30:11")
    text = """Dear colleagues,

Thank you for the invitation to the Regional Review of the Global Compact for Migration, which reached us through the Jordanian Women's Coalition.

Our director, Ms. Randa Haddadin, has asked me to let you know that she will unfortunately not be able to take part in the consultation or the conference, as she will be travelling on those dates, and that we will not put forward another speaker this time.

We are, however, finalising a voluntary report on the migrant and refugee women our shelter has received since 2018, many of them domestic workers who left abusive employers, and we hope to send it to you before the 16 February deadline once our board has approved it.

Kind regards,

Ola Khasawneh
Programme Manager
Sanabel Women's Protection Centre
Amman - Jordan
"""
    body = alt(text, "_000_AM6PR02MB4431D7B2E9C5A081_", html=outlook_html(text, lang="EN-US"))
    m = mk(when, sent_at(when, 2, 7), "mail-am6eur02on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", M19_QID, "Ola Khasawneh <o.khasawneh@sanabel-centre.example.jo>", M19_SUBJ, M19_ID,
           body, extra=outlook(M19_SUBJ, "AQHW/7Xp2Nq5Rt8Vb1Km4Lz7Cx0Sd3Fg==", lang="en-US"))
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="a shelter declines: its director (named with 'Ms.' and her post) cannot attend and 'we will not put "
              "forward another speaker this time'; the voluntary report is only announced ('we hope to send it "
              "before the 16 February deadline'), not attached. Nothing requested or submitted, so 'other'; the "
              "report follows, dictated, as a reply on the last evening (h287-22). Outlook, Date in UTC+2."))


# ================================================================ 20  FR  other  a francophone network's newsletter that mentions the review
def m20():
    when = at("2021-02-11 09:00:24")
    subj = "La Lettre du Réseau Femmes, Migrations et Care – n° 14 – février 2021"
    text = """LA LETTRE DU RÉSEAU FEMMES, MIGRATIONS ET CARE
N° 14 – février 2021

AU SOMMAIRE
1. Examen régional du Pacte mondial : derniers jours pour les rapports volontaires
2. Portrait : Awa Diallo, présidente de l'Association des femmes de ménage migrantes de Tunis
3. Agenda du 8 mars

1. EXAMEN RÉGIONAL DU PACTE MONDIAL
Les organisations membres du réseau peuvent encore adresser leur rapport volontaire au secrétariat de l'examen régional (gcmrrarabstates@iom.int) jusqu'au mardi 16 février. Les demandes d'intervention devaient parvenir avant le 5 février. Plusieurs de nos membres interviendront lors des tables rondes : nous publierons leurs messages clés dans la prochaine Lettre.

2. PORTRAIT
Arrivée de Côte d'Ivoire en 2014, Awa Diallo a travaillé six ans comme employée de maison avant de fonder son association, qui compte aujourd'hui 180 adhérentes.

3. AGENDA
Lundi 8 mars : journée « Le care est un travail », en ligne, de 10 h à 13 h.

Vous recevez cette lettre car votre adresse est inscrite à la liste du Réseau Femmes, Migrations et Care.
Se désinscrire : https://r.reseau-fmc.example.org/unsubscribe/7f3a91c2
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="margin:0;background:#f6eef3"><table role="presentation" width="600" align="center" cellpadding="0" '
            'cellspacing="0" style="background:#ffffff;font-family:Arial,sans-serif;color:#3b2340"><tr><td '
            'style="padding:24px">%s</td></tr></table></body></html>\n'
            % "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in text.strip().split("\n\n")))
    body = alt(text, "----=_Part_sib_8812_4471033.1613026824", html=html)
    extra = [("List-Id", "Lettre du Réseau FMC <lettre.reseau-fmc.example.org>"),
             ("List-Unsubscribe", "<https://r.reseau-fmc.example.org/unsubscribe/7f3a91c2>, "
                                  "<mailto:unsubscribe@reseau-fmc.example.org>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
             ("X-Mailer", "Sendinblue"), ("Feedback-ID", "8812:4471033:campaign:sendinblue")]
    m = mk(when, sent_at(when, 1, 22), "mta-119.sendinblue.example.com", "203.0.113.119", "4F1Ns28HbqZ2",
           addr("Réseau Femmes, Migrations et Care", "lettre@reseau-fmc.example.org", enc="Q"), hdr(subj, enc="Q"),
           "<202102110800.88124471033@smtp-relay.sendinblue.example.com>", body, extra=extra,
           ret="bounces-8812-4471033@sendinblue.example.com")
    add(20, when, m, dict(category="other", language="fr", acknowledge=False, on_time=None,
        notes="list mail (List-Id, List-Unsubscribe, Precedence: bulk, Sendinblue) from a women, migration and care "
              "network: it quotes the review address, the report deadline and speaker requests, and portrays a "
              "president with her post, but it is a newsletter, so other and never acknowledged. HTML table "
              "layout."))


# ================================================================ 21  AR  both  dictated Arabic: Zarqa domestic workers' association, two women (speaker part late)
M21_FILE = "تقرير جمعية سند.pdf"
SANAD = "جمعية سند للعاملات في المنازل"


def m21():
    when = at("2021-02-14 21:16:33")
    subj = "تقرير جمعية سند"
    text = """السلام عليكم ورحمة الله وبركاته انا ام خالد رئيسة %s في الزرقاء بحكي معكم بالصوت من التلفون لانه ما بعرف اكتب منيح على الكمبيوتر سامحونا على الاغلاط
بعتنالكم تقرير الجمعيه مرفق مع هاد الايميل كتبناه مع البنات عن العاملات الاردنيات والمصريات والسيرلانكيات اللي بيشتغلوا بالبيوت وبرعاية كبار السن بدون عقود وبدون ضمان وعن اللي صار معهم بالكورونا
وكمان بدنا نرشح الاخت سميرة الزعبي نائبة الرئيسة والاخت جوزفين تاديسي منسقة العاملات الاثيوبيات انهم يحكوا بالمائده المستديره التانيه عنجد هاي فرصه كبيره الهم
والله يعطيكم العافيه
ام خالد
""" % SANAD
    pdf = make_pdf(["Sanad Association for Domestic Workers - Zarqa", "Report (scanned pages)",
                    "Jordanian, Egyptian and Sri Lankan women in homes and elderly care",
                    "No contracts, no social security", "What happened during Corona", "Our demands"])
    a = alt(text, "000000000000f2c61e05bb5d8a37", html=android_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M21_FILE)], "000000000000f2c62005bb5d8a39")
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f66.google.example.com", "192.0.2.166", "4F3Hq61VmdZ5",
           addr("فاطمة العمري", "sanad.zarqa@gmail.example.com"), hdr(subj),
           "<CAPz3Lw6Tn9xQ2mK+e5Rb8Hc1sJ4dFy7gV0@mail.gmail.example.com>", body)
    add(21, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False, speakers=[
        sp("سميرة الزعبي", "نائبة الرئيسة", SANAD, ["roundtable"], 2),
        sp("جوزفين تاديسي", "منسقة العاملات الاثيوبيات", SANAD, ["roundtable"], 2)],
        report_attachments=[M21_FILE],
        notes="Jordanian Arabic dictated to a phone ('بحكي معكم بالصوت من التلفون'): no punctuation, taa marbuta "
              "written as haa ('الجمعيه', 'المائده المستديره'), joined words ('بعتنالكم'), colloquial 'التانيه' for "
              "'الثانية' (roundtable 2). A report (PDF, Arabic name) and two women with their posts in one sentence "
              "after 'الاخت' (dropped); the subject mentions only the report. Received 14 February: report on "
              "time, speaker part late, so on_time false. The sender signs with her kunya only ('ام خالد'; From "
              "name differs). Gmail, base64."))


# ================================================================ 22  EN  report  dictated reply: the shelter of 19 sends its report at 22:10 on the deadline
M22_FILE = "Sanabel GCM voluntary report Feb 2021.pdf"


def m22():
    when = at("2021-02-16 22:10:57")
    ack = ack_mid(M19_QID)
    quoted = ack_text("en", M19_SUBJ, "your message")
    text = """Hi again as promised please find attached are voluntary report the board approved it this evening so sorry it is so last minute please confirm you received it thanks a lot Ola

Get Outlook for iOS
________________________________
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, February 10, 2021 5:30:14 PM
To: Ola Khasawneh <o.khasawneh@sanabel-centre.example.jo>
Subject: Acknowledgement of receipt - %s

%s
""" % (M19_SUBJ, quoted)
    pdf = rep_pdf("Voluntary GCM review report", "Sanabel Women's Protection Centre, Amman",
                  ["Women received by the shelter since 2018", "Domestic workers who left abusive employers",
                   "Residence, fines and exit", "Recommendations"])
    a = alt(text, "_000_AM6PR02MB44315E1C8A3D7F92_", html=owa_ios_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M22_FILE)], "_004_AM6PR02MB44315E1C8A3D7F92_")
    subj = "Re: Acknowledgement of receipt - " + M19_SUBJ
    m = mk(when, sent_at(when, 2, 6), "mail-am6eur02on0605.outbound.protection.outlook.example.com",
           "198.51.100.105", "4F5Wb84KrtZ1", "Ola Khasawneh <o.khasawneh@sanabel-centre.example.jo>", subj,
           "<AM6PR02MB44315E1C8A3D7F92@AM6PR02MB4431.eurprd02.prod.outlook.example.com>", body,
           extra=[("In-Reply-To", ack), ("References", M19_ID + " " + ack)]
           + outlook(subj, "AQHW/7Xp2Nq5Rt8Vb1Km4Lz7Cx0Sd3FgAJ4kWrc=", lang="en-US", has_attach="yes"))
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 19, report_attachments=[M22_FILE],
        notes="the report announced in h287-19, dictated in Outlook for iOS as a one-sentence reply to our "
              "acknowledgement (References name h287-19) at 22:10 on the report deadline: on time. Speech-to-text "
              "wrote 'are voluntary report' for 'our voluntary report'; no punctuation; the quoted acknowledgement "
              "below the Outlook mobile separator. thread_of the announcement."))


# ================================================================ 23  AR  report  Sudanese care workers' initiative at 23:57:40 on the report deadline
M23_FILE = "تقرير مبادرة عاملات الرعاية السودانيات.pdf"


def m23():
    when = at("2021-02-16 23:57:40")
    subj = "التقرير الطوعي - مبادرة عاملات الرعاية السودانيات"
    text = """السلام عليكم

مرفق التقرير الطوعي لمبادرة عاملات الرعاية السودانيات، وهي مبادرة نسوية صغيرة بتجمع سودانيات اشتغلن أو بيشتغلن في رعاية الأطفال وكبار السن والمرضى في السعودية والإمارات ومصر، ومعاهن عاملات من إريتريا وإثيوبيا في الخرطوم.

التقرير بيتكلم عن الأجور والسكن مع الأسر وحق الإجازة، وعن البنات اللي رجعن بعد الحرب الأخيرة وما لقن شغل.

sorry ya jama3a على التأخير للآخر لحظة، الكهرباء والنت عندنا ما مستقرين.

مع التحية
آمنة عثمان
منسقة المبادرة - الخرطوم
"""
    pdf = rep_pdf("Voluntary GCM review report", "Sudanese Care Workers' Initiative, Khartoum",
                  ["Care work in Saudi Arabia, the UAE and Egypt", "Wages, live-in housing and leave",
                   "Eritrean and Ethiopian care workers in Khartoum", "Returnees without work", "Recommendations"])
    a = alt(text, "0000000000007a3e9c05bb7f1d62", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, M23_FILE)], "0000000000007a3e9e05bb7f1d64")
    m = mk(when, sent_at(when, 2, 9), "mail-wm1-f48.google.example.com", "192.0.2.48", "4F5Yc20PnwZ7",
           addr("Amna Osman", "amna.osman.scwi@gmail.example.com"), hdr(subj),
           "<CAF7Qm2Xr5Lk8Vn1+d4Tz9Wb6sH3cGe0jP2@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M23_FILE],
        notes="received at 23:57:40 on 16 February (Khartoum = Beirut time, Date header 23:57:31 +0200): on time "
              "by 2 minutes 19 seconds although the sender apologises for the lateness in Arabizi mixed with "
              "Sudanese Arabic ('sorry ya jama3a على التأخير'). PDF with an Arabic name (RFC 2231 + RFC 2047); "
              "Latin-script From name; Gmail, base64."))


# ================================================================ 24  FR  report  dictated on an iPhone: Casablanca collective of migrant women, two days late
M24_FILE = "rapport CFMC.pdf"


def m24():
    when = at("2021-02-18 08:20:14")
    subj = "rapport CFMC"
    text = """Bonjour ci-joint le rapport du collectif des femmes migrantes de Casablanca désolée pour le retard nous avons eu des problèmes avec l'ordi nateur et plusieurs de nos membres étaient malades je l'envoie depuis mon téléphone j'espère qu'il pourra quand même être prix en compte merci beaucoup

Grâce Kouassi
Collectif des Femmes Migrantes de Casablanca (CFMC)

Envoyé de mon iPhone
"""
    pdf = rep_pdf("Rapport volontaire", "Collectif des Femmes Migrantes de Casablanca (CFMC)",
                  ["Qui sommes-nous", "Travail domestique et garde d'enfants a Casablanca",
                   "Acces aux soins et a la regularisation", "Recommandations"])
    part1 = leaf("text/plain", text.split("\n\nGrâce")[0] + "\n")
    part2 = leaf("text/plain", "\nGrâce" + text.split("\n\nGrâce")[1])
    pdfp = attach("application/pdf", pdf, M24_FILE)
    body = multi("mixed", [part1, pdfp, part2], "Apple-Mail-E6B2D91F-08C4-4A7E-93D5-1F8A2C6B0E47")
    m = mk(when, sent_at(when, 1, 8), "mr85p00im-ztdg06021803.me.example.com", "198.51.100.188", "4F6Qh39ZmbZ3",
           addr("Grâce Kouassi", "grace.kouassi.cfmc@icloud.example.com", enc="Q"), subj,
           "<3A9E5C21-B7D4-4F86-A013-6C2E8B9F1D74@icloud.example.com>", body, extra=[("X-Mailer", IPHONE)])
    add(24, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=False,
        report_attachments=[M24_FILE],
        notes="report sent on 18 February, two days after the deadline, dictated on an iPhone in one unpunctuated "
              "sentence with speech-to-text errors ('l'ordi nateur', 'prix en compte' for 'pris en compte'); late, "
              "still acknowledged. iPhone layout: text, PDF, then the rest of the text as a second text/plain part; "
              "Date in UTC+1."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
