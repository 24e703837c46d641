#!/usr/bin/env python3
"""Write the blind evaluation set holdout72 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  /tmp/venv/bin/python tests/data/make_eval_sets72.py
Theme: research/advocacy organisations on climate mobility, trafficking, statelessness and detention
(Iraq, Syria, Lebanon, Jordan, Egypt, Sudan, Morocco, Mauritania).
"""
import base64
import datetime as dt
import json
import os
from email.message import Message
from mailgen import (HERE, BOX, POL, rfcdate, at, tz, hdr, re_hdr, addr, leaf, multi,
                     html_wrap, esc, text2html, flowed, make_pdf, make_docx, make_png, DOCX,
                     rfc2231, rfc2231_cont, b_word, top, serialize, sp, std_rows)
from mailgen import POSTFIX_NOTICE

OUT = os.path.join(HERE, "holdout72")


# ---------------------------------------------------------------- message assembly


MESSAGES = []


def add(num, when, msg, label):
    fname = "h72-%02d.eml" % num
    lab = {"file": fname, "received_at": when.isoformat()}
    lab.update(label)
    full = {k: lab.get(k) for k in ["file", "received_at", "category", "language", "acknowledge", "on_time",
                                    "speakers", "report_attachments", "thread_of", "notes"]}
    for k, default in (("speakers", []), ("report_attachments", []), ("thread_of", None)):
        if full[k] is None and default is not None:
            full[k] = default
    MESSAGES.append((fname, serialize(msg), full))


# ================================================================ the 24 messages
def m01():
    when = at("2021-01-28 11:14:05")
    sent = when - dt.timedelta(seconds=3)
    text = """Dear colleagues,

Further to the invitation letter for the Regional Review of the Global Compact for Migration in the Arab region, the Levant Climate Mobility Lab (LCML) would like to nominate the following speakers:

  * Dr. Rania Khoury (Senior Researcher on Climate Displacement) - floor intervention in a plenary session
  * Omar Haddadin (Policy and Advocacy Officer) - thematic roundtable 2, if possible

Both are based at our Amman office and are copied on this email for ease of follow-up. Short bios can be shared on request.

Kind regards,
Tareq Obeidat
Partnerships Officer
Levant Climate Mobility Lab (LCML)
Amman, Jordan
"""
    html = """<div dir="ltr"><div>Dear colleagues,</div><div><br></div><div>Further to the invitation letter for the Regional Review of the Global Compact for Migration in the Arab region, the Levant Climate Mobility Lab (LCML) would like to nominate the following speakers:</div><div><ul><li>Dr. Rania Khoury (Senior Researcher on Climate Displacement) - floor intervention in a plenary session</li><li>Omar Haddadin (Policy and Advocacy Officer) - thematic roundtable 2, if possible</li></ul></div><div>Both are based at our Amman office and are copied on this email for ease of follow-up. Short bios can be shared on request.</div><div><br></div><div>Kind regards,</div><div>Tareq Obeidat<br>Partnerships Officer<br>Levant Climate Mobility Lab (LCML)<br>Amman, Jordan</div></div>
"""
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000009a1c2e05b9f2e1a4")
    rows = std_rows(when, "mail-wr1-f54.google.example.com", "209.85.221.54", "4DRJ2x0c7Hz1",
                    "Tareq Obeidat <t.obeidat@lcml-jo.example.org>",
                    "Speaker nominations - GCM Regional Review (LCML)", rfcdate(sent),
                    "<CAO8rT1q-Zk3vYp2mLq0xW7cN5bA9eF4hJ6sD1gK8uR2tVwXy@mail.gmail.example.com>",
                    ret="t.obeidat@lcml-jo.example.org")
    rows.insert(5, ("Cc", "Rania Khoury <r.khoury@lcml-jo.example.org>, Omar Haddadin <o.haddadin@lcml-jo.example.org>"))
    m = top(body, rows)
    aff = "Levant Climate Mobility Lab (LCML)"
    add(1, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Rania Khoury", "Senior Researcher on Climate Displacement", aff, ["plenary"]),
        sp("Omar Haddadin", "Policy and Advocacy Officer", aff, ["roundtable"], 2)],
        notes="nominator (Partnerships Officer, signs the mail) is not a speaker; two speakers in a bulleted list "
              "(HTML <ul>), title in parentheses after the name, honorific 'Dr.' not part of the name; "
              "affiliation only stated once in the intro ('the ... (LCML) would like to nominate'); "
              "speakers are in Cc, not From; 'roundtable 2, if possible' is still roundtable 2."))


def m02():
    when = at("2021-01-31 10:05:40")
    sent = when - dt.timedelta(seconds=21)
    text = """السادة الأفاضل في أمانة الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،
تحية طيبة وبعد،

إشارةً إلى دعوتكم الكريمة للمشاركة في المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية في المنطقة العربية، يسرّنا أن نرشّح الدكتورة سهى عبد الأمير الجبوري، أستاذة الجغرافيا البشرية في مركز البحوث حول النزوح البيئي التابع لجامعة البصرة للعلوم التطبيقية، للمداخلة في المائدة المستديرة المواضيعية الأولى، وذلك لخبرتها في دراسة نزوح سكان الأهوار بسبب الجفاف وملوحة المياه.

نرجو التفضل بإعلامنا بأي متطلبات إضافية.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. ياسر الخفاجي
باحث مساعد
مركز البحوث حول النزوح البيئي
البصرة – العراق
"""
    html = html_wrap('<div dir="rtl" style="font-family:Arial">' + text2html(text) + "</div>", "rtl", "windows-1256")
    body = multi("alternative", [leaf("text/plain", text, "windows-1256"),
                                 leaf("text/html", html, "windows-1256")],
                 "----=_NextPart_000_0019_01D6F7A1.3C2B5E40")
    rows = std_rows(when, "mail.basra-uas.example.edu.iq", "185.96.40.17", "4DT9mQ1x2Lz7",
                    addr("ياسر الخفاجي", "y.alkhafaji@basra-uas.example.edu.iq", "windows-1256"),
                    hdr("ترشيح متحدثة – المراجعة الإقليمية للاتفاق العالمي للهجرة", "windows-1256"),
                    rfcdate(tz(sent, 3)), "<000c01d6f7a1$3c2b5e40$b481bac0$@basra-uas.example.edu.iq>",
                    ret="y.alkhafaji@basra-uas.example.edu.iq",
                    extra=[("X-Mailer", None)])
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdbvoTwrXkDq3m1uQ0uZsl9yq8Kfnw=="),
             ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("سهى عبد الأمير الجبوري", "أستاذة الجغرافيا البشرية",
           "مركز البحوث حول النزوح البيئي التابع لجامعة البصرة للعلوم التطبيقية", ["roundtable"], 1)],
        notes="Outlook, windows-1256 text+HTML, RFC 2047 windows-1256 subject and display name; the sender "
              "(research assistant, honorific 'م.') nominates someone else; speaker introduced in one formal sentence "
              "with the honorific 'الدكتورة'; affiliation is a centre within a university written "
              "'مركز ... التابع لجامعة ...' (the whole phrase is the affiliation; the signature gives only the "
              "centre); roundtable as the ordinal 'الأولى'; Date header in UTC+3."))


def m03_parts():
    pdf = make_pdf(["Observatoire maghrebin de la detention administrative des migrants (OMDAM)",
                    "Rapport volontaire - Examen regional du Pacte mondial sur les migrations 2021",
                    "1. Contexte: detention administrative au Maroc, en Algerie, en Tunisie et en Mauritanie",
                    "2. Objectif 13 du PMM: recours a la detention en dernier ressort",
                    "3. Recommandations"])
    return pdf


M03_ID = "<7c1e4b2a-5d0f-3a9e-b61c-2f8d4e9a0c31@omdam.example.ma>"
M03_NAME = "Rapport_volontaire_OMDAM_détention_2021.pdf"


def m03():
    when = at("2021-02-01 16:40:12")
    sent = when - dt.timedelta(seconds=40)
    text = flowed("""Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Observatoire maghrébin de la détention administrative des migrants (OMDAM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur l'objectif 13 (recours à la détention administrative uniquement en dernier ressort) et couvre la période 2019-2020.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,

-- 
Hind Ait Lahcen
Chargée de suivi et d'analyse
Observatoire maghrébin de la détention administrative des migrants (OMDAM)
Rabat, Maroc
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    att = Message(policy=POL)
    att["Content-Type"] = 'application/pdf;\r\n name="=?UTF-8?Q?Rapport=5Fvolontaire=5FOMDAM=5Fd=C3=A9tention=5F2021=2Epdf?="'
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n filename*=" + rfc2231(M03_NAME)
    att.set_payload(base64.encodebytes(m03_parts()).decode("ascii"))
    body = multi("mixed", [t, att], "------------8C1F0B3D6A2E9F7C4B5D1E20")
    rows = std_rows(when, "smtp.omdam.example.ma", "196.200.131.22", "4DTw5s2N8Qz9",
                    addr("Hind Ait Lahcen", "h.aitlahcen@omdam.example.ma"),
                    hdr("Rapport volontaire – Examen régional du PMM – OMDAM", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), M03_ID, ret="h.aitlahcen@omdam.example.ma")
    rows += [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(3, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M03_NAME],
        notes="Thunderbird: text/plain format=flowed 8bit UTF-8 with soft line breaks, '-- ' signature; PDF name "
              "with 'é' given twice in different encodings: RFC 2231 filename* in Content-Disposition and a "
              "whole RFC 2047 Q word inside the quoted Content-Type name; Q-encoded subject; Date header in UTC+1. "
              "A later message (h72-07) adds that the report is collective."))


def m04():
    when = at("2021-02-02 08:12:33")
    sent = when - dt.timedelta(seconds=9)
    text = """Hi,

Quick question before we send anything: will there be Arabic and French interpretation in the thematic roundtables and in the plenary? A couple of our colleagues from Darfur would rather speak in Arabic if they get a speaking slot.

Also, is there a page limit or template for the voluntary GCM review reports?

Thanks a lot,
Mohammed

Sent from my iPhone
"""
    body = leaf("text/plain", text, "utf-8", "quoted-printable")
    rows = std_rows(when, "smtp.sudan-cdn.example.org", "41.67.20.93", "4DVD8k3Wc4z2",
                    "Mohammed Elfadil <m.elfadil@sudan-cdn.example.org>",
                    "Interpretation + report format?", rfcdate(sent),
                    "<5F2A0C7E-3B91-4D8E-9A6F-1C2D3E4F5A6B@sudan-cdn.example.org>",
                    ret="m.elfadil@sudan-cdn.example.org")
    rows += [("X-Mailer", "iPhone Mail (18C66)")]
    m = top(body, rows)
    m.replace_header("Content-Type", "text/plain; charset=utf-8")
    add(4, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="question (interpretation, report template) from an iPhone: mentions roundtables, plenary, "
              "'speaking slot' and voluntary reports but proposes no speaker and submits nothing; no organisation "
              "name in the text (only the sender's domain); very short, no signature beyond the first name."))


def m05():
    when = at("2021-02-03 09:30:02")
    sent = when - dt.timedelta(minutes=1, seconds=2)
    text = """Madame, Monsieur,

Suite à la lettre d'invitation relative à l'examen régional du Pacte mondial sur les migrations dans la région arabe, l'Association mauritanienne de recherche sur la traite des personnes (AMRTP) souhaite proposer deux intervenants :

- le Pr Ahmedou Ould Sidi Mohamed, Directeur de recherche et vice-président de l'AMRTP, pour une intervention en séance plénière ;
- Dr Mariem Mint Bah, chargée de plaidoyer à l'AMRTP, pour la table ronde thématique n° 3.

Le Pr Ould Sidi Mohamed coordonne depuis 2015 nos travaux sur la traite le long de la route atlantique ; Dr Mint Bah suit les questions d'identification des victimes à Nouadhibou.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Mariem Mint Bah
Chargée de plaidoyer
AMRTP – Nouakchott, Mauritanie
"""
    html = html_wrap('<div style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                     + text2html(text) + "</div>")
    body = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                 "Apple-Mail=_3E8F1A2B-7C4D-4E5F-9A0B-1C2D3E4F5A60")
    rows = std_rows(when, "mail.amrtp.example.mr", "41.188.64.30", "4DVp1c6Rk7z3",
                    addr("Mariem Mint Bah", "mariem.mintbah@amrtp.example.mr"),
                    "Proposition d'intervenants - AMRTP", rfcdate(tz(sent, 0)),
                    "<A1B2C3D4-E5F6-4789-8ABC-DEF012345678@amrtp.example.mr>",
                    ret="mariem.mintbah@amrtp.example.mr")
    rows += [("X-Mailer", "Apple Mail (2.3654.40.0.2.32)")]
    m = top(body, rows)
    aff = "Association mauritanienne de recherche sur la traite des personnes (AMRTP)"
    add(5, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Ahmedou Ould Sidi Mohamed", "Directeur de recherche et vice-président", aff, ["plenary"]),
        sp("Mariem Mint Bah", "chargée de plaidoyer", aff, ["roundtable"], 3)],
        notes="Apple Mail; two speakers in a dashed list; honorifics 'Pr' and 'Dr' without a dot are not part "
              "of the names (the later prose uses 'Ould Sidi Mohamed' / 'Mint Bah' as surnames); the first "
              "speaker holds two titles joined by 'et' ('Directeur de recherche et vice-président de l'AMRTP': "
              "the title is both, the organisation is the AMRTP); the sender is also the second speaker; "
              "affiliation in full with acronym only in the intro, 'AMRTP' elsewhere; 'table ronde thématique "
              "n° 3'."))


M06_ID = "<CAH7v9nQk2Lr5xP0sT3mW8yZ1bC4dE6fG9hJ2kL5nM8pQ1rS@mail.gmail.example.com>"
M06_NAME = "تقرير المراجعة الطوعية - مرصد انعدام الجنسية.pdf"
M06_ACK = "<ack-20210203-0114@gcmrr.iom.int>"


def m06():
    when = at("2021-02-03 13:47:19")
    sent = when - dt.timedelta(seconds=4)
    text = """السلام عليكم ورحمة الله،

مرفق تقرير المراجعة الطوعية للاتفاق العالمي للهجرة من مرصد انعدام الجنسية في السودان. التقرير مكتوب بالإنجليزي، ولو احتجتوا نسخة عربية ممكن نرسلها الأسبوع الجاي إن شاء الله.

التقرير بيركز على الأشخاص المعرضين لخطر انعدام الجنسية بعد انفصال جنوب السودان، وعلى صعوبة استخراج الأوراق الثبوتية.

مع الشكر،
آمنة عثمان
مرصد انعدام الجنسية في السودان
الخرطوم
"""
    html = '<div dir="rtl">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"), leaf("text/html", html, "UTF-8", "base64")],
                "000000000000c4e1a805ba6f7d21")
    pdf = make_pdf(["Sudan Statelessness Observatory", "Voluntary GCM Review Report, February 2021",
                    "Populations at risk of statelessness after the secession of South Sudan",
                    "GCM Objective 4: proof of legal identity and adequate documentation"])
    w = b_word(M06_NAME)
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % w)],
               disp='attachment; filename="%s"' % w,
               extra=[("Content-ID", "<f_kkp3xq7m0>"), ("X-Attachment-Id", "f_kkp3xq7m0")])
    body = multi("mixed", [alt, att], "000000000000c4e1a905ba6f7d23")
    rows = std_rows(when, "mail-ej1-f47.google.example.com", "209.85.218.47", "4DW0cP5Yt1z8",
                    addr("آمنة عثمان", "amna.osman.sso@gmail.example.com"),
                    hdr("تقرير المراجعة الطوعية - مرصد انعدام الجنسية في السودان"),
                    rfcdate(sent), M06_ID, ret="amna.osman.sso@gmail.example.com")
    m = top(body, rows)
    add(6, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M06_NAME],
        notes="Gmail: colloquial Sudanese Arabic in base64 text+HTML; Arabic PDF name RFC 2047-encoded inside "
              "the quoted name/filename parameters (not RFC 2231); the report itself is in English; sender uses a "
              "personal address, organisation only in the body; RFC 2047 B subject and display name."))


def m07():
    when = at("2021-02-04 10:20:44")
    sent = when - dt.timedelta(seconds=30)
    quoted = "\n".join("> " + x if x else ">" for x in """Bonjour,

Veuillez trouver ci-joint le rapport volontaire de l'Observatoire maghrébin de la détention administrative des migrants (OMDAM) dans le cadre de l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières.

Le rapport porte principalement sur l'objectif 13 (recours à la détention administrative uniquement en dernier ressort) et couvre la période 2019-2020.

Nous restons à votre disposition pour toute information complémentaire.

Bien cordialement,""".split("\n"))
    text = flowed("""Bonjour,

Une précision que j'ai oublié d'ajouter à mon message du 1er février : il s'agit d'un rapport collectif. Il a été préparé par l'OMDAM avec trois organisations partenaires, qui souhaitent être mentionnées :
- Association Tiwizi pour les droits des migrants (Oujda)
- Ligue nouakchottoise des droits humains
- Collectif Frontières et Dignité (Tunis)

Merci de bien vouloir en tenir compte dans l'enregistrement du rapport.

Le 01/02/2021 à 15:39, Hind Ait Lahcen a écrit :
""" + quoted + """

-- 
Hind Ait Lahcen
Chargée de suivi et d'analyse
Observatoire maghrébin de la détention administrative des migrants (OMDAM)
Rabat, Maroc
""")
    body = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    rows = std_rows(when, "smtp.omdam.example.ma", "196.200.131.22", "4DWHq26kLpz1",
                    addr("Hind Ait Lahcen", "h.aitlahcen@omdam.example.ma"),
                    hdr("Re: Rapport volontaire – Examen régional du PMM – OMDAM", "utf-8", "Q"),
                    rfcdate(tz(sent, 1)), "<3f9a2d71-0b6e-4c85-a1d2-9e7b5c3f0a48@omdam.example.ma>",
                    ret="h.aitlahcen@omdam.example.ma")
    rows += [("In-Reply-To", M03_ID), ("References", M03_ID),
             ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"),
             ("Content-Language", "fr")]
    m = top(body, rows)
    add(7, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None, thread_of="h72-03.eml",
        notes="reply to the sender's own earlier report mail (In-Reply-To h72-03) that adds a missing detail: "
              "the report is collective, with three partner organisations; nothing re-attached, so it is not a "
              "new submission (no report_attachments) but it adds information, so it is acknowledged; the quoted "
              "original mentions 'ci-joint le rapport volontaire'."))


M08_ID = "<CAJ4mN8pR2sT6vX0zB3dF7hK1lP5qW9eY2uI4oA6sD8fG0hJ@mail.gmail.example.com>"
M08_TEXT = """تحية طيبة،

أودّ أن أعبّر عن رغبتي في المشاركة كمتحدث في المائدة المستديرة الثانية خلال مؤتمر المراجعة الإقليمية (24-25 شباط/فبراير 2021).

الاسم: كريم فضل الله
الصفة: منسق البرامج
المؤسسة: المرصد اللبناني للتنقل المناخي (LCMO)

يعمل المرصد منذ 2018 على توثيق انتقال العائلات من عكار والبقاع نتيجة شح المياه وتراجع الزراعة.

مع الشكر والتقدير،
كريم
"""


def m08():
    when = at("2021-02-04 15:05:08")
    sent = when - dt.timedelta(seconds=5)
    html = '<div dir="rtl">' + text2html(M08_TEXT) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", M08_TEXT, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")], "000000000000f1b2c305ba7e11aa")
    rows = std_rows(when, "mail-wm1-f41.google.example.com", "209.85.128.41", "4DWQ7n1hX9z5",
                    addr("كريم فضل الله", "karim.fadlallah@lcmo-lb.example.org"),
                    hdr("طلب مشاركة كمتحدث - المائدة المستديرة"), rfcdate(sent), M08_ID,
                    ret="karim.fadlallah@lcmo-lb.example.org")
    m = top(body, rows)
    add(8, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("كريم فضل الله", "منسق البرامج", "المرصد اللبناني للتنقل المناخي (LCMO)", ["roundtable"], 2)],
        notes="labelled lines (الاسم / الصفة / المؤسسة) with a Latin acronym inside the Arabic affiliation; "
              "roundtable as the ordinal 'الثانية'; Levantine month name 'شباط/فبراير'; signed with the first name "
              "only. The roundtable is changed to 4 by the follow-up h72-10."))


def m09():
    when = at("2021-02-04 17:30:51")
    sent = when - dt.timedelta(seconds=14)
    text = """Dear Secretariat,

Please find attached the voluntary GCM review report of the Coalition for Detainees' Rights in Syria (CDRS). It covers immigration detention, deportation and forced returns of Syrians from neighbouring countries in 2019-2020.

I work as head of research at CDRS and led the drafting of the report. I would also like to take part in the open discussion of the multi-stakeholder consultation on 23 February, if there is still space.

Best,
Nadia

--
Nadia Alhamwi
Head of Research
Coalition for Detainees' Rights in Syria (CDRS)
Gaziantep | Beirut
www.cdrs.example.org

CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee(s) and may contain confidential or privileged information, including information about detained persons. If you have received it in error, please notify the sender and delete it. CDRS does not accept liability for any loss caused by viruses.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace(
        "<p>CONFIDENTIALITY", '<p style="font-size:7.5pt;color:gray">CONFIDENTIALITY') + "</div>", None, "us-ascii")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "----=_NextPart_001_00A4_01D6FB12.7E3C9A10")
    name = "CDRS_GCM_Voluntary_Review_2021.docx"
    docx = make_docx(["Coalition for Detainees' Rights in Syria (CDRS)", "Voluntary GCM Review Report 2021",
                      "GCM Objective 13: use immigration detention only as a measure of last resort",
                      "GCM Objective 21: safe and dignified return"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)], disp='attachment; filename="%s"' % name)
    body = multi("mixed", [alt, att], "----=_NextPart_000_00A3_01D6FB12.7E3C9A10")
    rows = std_rows(when, "EUR05-AM6-obe.outbound.protection.outlook.example.com", "40.107.22.95", "4DWV2s8Tg3z6",
                    addr("Nadia Alhamwi", "n.alhamwi@cdrs.example.org"),
                    "CDRS voluntary GCM review report + participation in the consultation", rfcdate(tz(sent, 3)),
                    "<AM6PR0502MB3815A1B2C3D4E5F6@AM6PR0502MB3815.eurprd05.prod.outlook.example.com>",
                    ret="n.alhamwi@cdrs.example.org")
    rows += [("Thread-Topic", "CDRS voluntary GCM review report + participation in the consultation"),
             ("Thread-Index", "AQHW+xJ+PJoQ8rN2kU6x1m4Yc0o0bg=="), ("Content-Language", "en-GB"),
             ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(9, when, m, dict(category="both", language="en", acknowledge=True, on_time=True,
        speakers=[sp("Nadia Alhamwi", "Head of Research", "Coalition for Detainees' Rights in Syria (CDRS)",
                     ["open_discussion"])],
        report_attachments=["CDRS_GCM_Voluntary_Review_2021.docx"],
        notes="both, on time (4 Feb): DOCX report plus a speaking request by the sender herself; the speaker's "
              "name is only in the signature (body signed 'Nadia'); title given in a sentence ('I work as head "
              "of research at CDRS') and again in the signature; open discussion of the consultation; long "
              "confidentiality disclaimer; Outlook with Date in UTC+3 (Gaziantep)."))


def m10():
    when = at("2021-02-05 09:03:27")
    sent = when - dt.timedelta(seconds=6)
    quoted = "\n".join("> " + x if x else ">" for x in M08_TEXT.rstrip("\n").split("\n"))
    text = """عفواً، تصحيح بسيط على رسالتي السابقة: بدي شارك بالمائدة المستديرة الرابعة مش الثانية، لأن موضوعها أقرب لشغلنا. باقي المعلومات متل ما هي.

شكراً كتير
كريم

On Thu, 4 Feb 2021 at 15:05, كريم فضل الله <karim.fadlallah@lcmo-lb.example.org> wrote:
""" + quoted + "\n"
    html = ('<div dir="rtl">' + text2html(text.split("On Thu")[0].rstrip("\n")) + '</div><br><div class="gmail_quote">'
            '<div dir="ltr" class="gmail_attr">On Thu, 4 Feb 2021 at 15:05, كريم فضل الله &lt;karim.fadlallah@lcmo-lb.example.org&gt; wrote:<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="rtl">'
            + text2html(M08_TEXT) + "</div></blockquote></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")], "000000000000a7c3d405ba8b02ef")
    rows = std_rows(when, "mail-wm1-f44.google.example.com", "209.85.128.44", "4DWq0b3Fs5z4",
                    addr("كريم فضل الله", "karim.fadlallah@lcmo-lb.example.org"),
                    re_hdr("Re:", "طلب مشاركة كمتحدث - المائدة المستديرة"), rfcdate(sent),
                    "<CAJ4mN8pT5uV9wY3aC6eG0iL4mQ8rX2fZ5vJ7pB9tE1gH3kL@mail.gmail.example.com>",
                    ret="karim.fadlallah@lcmo-lb.example.org")
    rows += [("In-Reply-To", M08_ID), ("References", M08_ID)]
    m = top(body, rows)
    add(10, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True,
        thread_of="h72-08.eml", speakers=[
            sp("كريم فضل الله", "منسق البرامج", "المرصد اللبناني للتنقل المناخي (LCMO)", ["roundtable"], 4)],
        notes="follow-up that changes only the roundtable (second -> fourth, 'الرابعة مش الثانية'), in colloquial "
              "Lebanese Arabic; name, title and affiliation are only in the quoted original ('باقي المعلومات متل "
              "ما هي'); the quoted text still says 'الثانية', which must not win; reply to h72-08, still on time "
              "(5 Feb morning)."))


def m11():
    when = at("2021-02-05 16:25:00")
    sent = when - dt.timedelta(seconds=2)
    rows_html = [
        ("Mme Salma Benjelloun", "Chargée d'études", "REMARC", "Table ronde 3"),
        ("M. Brahim Ouchen", "Président", "Association Oasis Vivantes de Figuig", "Discussion ouverte (23 février)"),
        ("Dr Karim Tazi", "Enseignant-chercheur", "Centre d'études sahariennes sur la mobilité (CESM)",
         "Rapporteur (messages clés)"),
    ]
    tr = "".join("<tr>" + "".join('<td style="border:1px solid #999;padding:4px">%s</td>' % esc(c) for c in r)
                 + "</tr>\n" for r in rows_html)
    html = html_wrap(
        "<p>Bonjour,</p>\n"
        "<p>Le R&eacute;seau marocain de recherche sur les migrations climatiques (REMARC) a le plaisir de vous "
        "proposer les intervenants suivants pour l'examen r&eacute;gional du Pacte mondial sur les migrations "
        "(consultation du 23 f&eacute;vrier et conf&eacute;rence des 24-25 f&eacute;vrier) :</p>\n"
        '<table style="border-collapse:collapse">\n<tr><th>Nom</th><th>Fonction</th><th>Organisation</th>'
        "<th>R&ocirc;le souhait&eacute;</th></tr>\n" + tr + "</table>\n"
        "<p>M. Ouchen et Dr Tazi interviendraient au titre de nos organisations membres.</p>\n"
        "<p>Cordialement,<br>\nLe bureau ex&eacute;cutif du REMARC<br>\nF&egrave;s, Maroc</p>\n")
    body = leaf("text/html", html, "UTF-8", "quoted-printable")
    rows = std_rows(when, "webmail.remarc.example.ma", "105.155.12.40", "4DX0jR7pM2z1",
                    addr("Réseau REMARC",
                         "contact@remarc.example.ma", "UTF-8", "Q"),
                    hdr("Propositions d'intervenants – examen régional PMM", "UTF-8", "Q"),
                    rfcdate(tz(sent, 1)), "<e3b1c2d4a5f60718293a4b5c6d7e8f90@remarc.example.ma>",
                    ret="contact@remarc.example.ma")
    rows += [("User-Agent", "Roundcube Webmail/1.4.10"), ("X-Sender", "contact@remarc.example.ma")]
    m = top(body, rows)
    add(11, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Salma Benjelloun", "Chargée d'études",
           "Réseau marocain de recherche sur les migrations climatiques (REMARC)", ["roundtable"], 3),
        sp("Brahim Ouchen", "Président", "Association Oasis Vivantes de Figuig", ["open_discussion"]),
        sp("Karim Tazi", "Enseignant-chercheur", "Centre d'études sahariennes sur la mobilité (CESM)",
           ["rapporteur"])],
        notes="HTML-only organisational webmail (no text/plain part), accents as HTML entities in the prose but "
              "UTF-8 in the table; three speakers in a table (Nom / Fonction / Organisation / Rôle souhaité) with "
              "honorifics Mme / M. / Dr inside the name cell; the table says only 'REMARC' for the first "
              "speaker: fullest form is in the intro; two speakers belong to member organisations, not to the "
              "sender; roles in words ('Discussion ouverte', 'Rapporteur (messages clés)'); no personal sender."))


M12_ID = "<CAK2pQ7rS1tU5vW9xY3zA6bC0dE4fG8hI2jK6lM0nO4pQ8rS@mail.gmail.example.com>"


def m12():
    when = at("2021-02-05 23:50:12")
    sent = when - dt.timedelta(seconds=31)
    text = """Dear GCM team,

Forwarding below the request of Prof. Haider, who is travelling and asked me to send it on his behalf before the deadline. Apologies for the late hour.

Best regards,
Zainab Kadhim
MCMN Secretariat

---------- Forwarded message ---------
From: Haider Al-Saadi <h.alsaadi@mcmn-iq.example.org>
Date: Thu, Feb 4, 2021 at 9:12 PM
Subject: speaker request for GCM regional review
To: Zainab Kadhim <z.kadhim@mcmn-iq.example.org>


Zainab, please send this to the GCM review address tomorrow (the deadline is Friday):

----
I would like to be considered as rapporteur, to deliver the key messages of the stakeholders at the Regional Review conference. Our network has been coordinating civil society input on climate-induced displacement in southern Iraq since 2019.

Prof. Haider Al-Saadi
Chair, Mesopotamia Climate Migration Network (MCMN)
Baghdad, Iraq
----
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    body = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                 "0000000000003d8e4f05baa1c7b9")
    rows = std_rows(when, "mail-lf1-f52.google.example.com", "209.85.167.52", "4DX8zK0qV6z3",
                    "Zainab Kadhim <z.kadhim@mcmn-iq.example.org>",
                    "Fwd: speaker request for GCM regional review", rfcdate(tz(sent, 3)), M12_ID,
                    ret="z.kadhim@mcmn-iq.example.org")
    rows += [("Reply-To", "Zainab Kadhim <z.khadim@mcmn-iq.example.org>")]
    m = top(body, rows)
    add(12, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Haider Al-Saadi", "Chair", "Mesopotamia Climate Migration Network (MCMN)", ["rapporteur"])],
        notes="deadline edge: received 23:50:12 Beirut on Friday 5 Feb (on time) but the Date header is "
              "'Sat, 6 Feb 2021 00:49:41 +0300' (Baghdad); Gmail-style forwarded block: the speaker is the "
              "forwarded author, the sender is a colleague; 'Prof.' not part of the name; title and organisation "
              "on one line ('Chair, Mesopotamia ...'); Reply-To has a typo (z.khadim): the acknowledgement to it "
              "bounces (h72-13)."))


def m13():
    when = at("2021-02-05 23:51:03")
    qid = "9C41B2E07F"
    text = POSTFIX_NOTICE + """
<z.khadim@mcmn-iq.example.org>: host mx.mcmn-iq.example.org[185.84.236.11]
    said: 550 5.1.1 <z.khadim@mcmn-iq.example.org>: Recipient address
    rejected: User unknown in local recipient table (in reply to RCPT TO
    command)
"""
    arr = when - dt.timedelta(seconds=11)
    dsn = """Reporting-MTA: dns; mx1.iom.int
X-Postfix-Queue-ID: %s
X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int
Arrival-Date: %s

Final-Recipient: rfc822; z.khadim@mcmn-iq.example.org
Original-Recipient: rfc822;z.khadim@mcmn-iq.example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mcmn-iq.example.org
Diagnostic-Code: smtp; 550 5.1.1 <z.khadim@mcmn-iq.example.org>: Recipient
    address rejected: User unknown in local recipient table
""" % (qid, rfcdate(arr, "EET"))
    hdrs = """Received: from gcmrr-ack.iom.int (gcmrr-ack.iom.int [10.20.1.15])
	by mx1.iom.int (Postfix) with ESMTPS id %s
	for <z.khadim@mcmn-iq.example.org>; %s
From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
To: Zainab Kadhim <z.khadim@mcmn-iq.example.org>
Subject: Re: Fwd: speaker request for GCM regional review
Date: %s
Message-ID: <ack-20210205-0388@gcmrr.iom.int>
In-Reply-To: %s
References: %s
Auto-Submitted: auto-replied
""" % (qid, rfcdate(arr, "EET"), rfcdate(arr), M12_ID, M12_ID)
    p1 = leaf("text/plain", text, "us-ascii", "7bit", extra=[("Content-Description", "Notification")])
    p2 = Message(policy=POL)
    p2["Content-Description"] = "Delivery report"
    p2["Content-Type"] = "message/delivery-status"
    from email.parser import Parser
    for block in dsn.strip("\n").split("\n\n"):
        p2.attach(Parser(policy=POL).parsestr(block + "\n", headersonly=True))
    p3 = leaf("text/rfc822-headers", hdrs, "us-ascii", "7bit",
              extra=[("Content-Description", "Undelivered Message Headers")])
    body = multi("report", [p1, p2, p3], "%s.1612561863/mx1.iom.int" % qid,
                 params=[("report-type", "delivery-status")])
    body.preamble = "This is a MIME-encapsulated message."
    m = Message(policy=POL)
    m["Return-Path"] = "<>"
    m["Delivered-To"] = BOX
    m["Received"] = "by mx1.iom.int (Postfix)\r\n\tid %s; %s" % (qid, rfcdate(when, "EET"))
    m["Date"] = rfcdate(when, "EET")
    m["From"] = "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"
    m["Subject"] = "Undelivered Mail Returned to Sender"
    m["To"] = BOX
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m["Message-Id"] = "<20210205215103.%s@mx1.iom.int>" % qid
    for k, v in body.items():
        m[k] = v
    m.set_payload(body.get_payload())
    m.preamble = body.preamble
    add(13, when, m, dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (multipart/report) for the acknowledgement of h72-12, sent to its mistyped Reply-To "
              "address (z.khadim instead of z.kadhim): 550 5.1.1 user unknown; the returned headers quote the "
              "speaker-request subject and In-Reply-To of h72-12 but this is not a follow-up of a submission; "
              "never acknowledge."))


def m14():
    when = at("2021-02-06 00:10:30")
    sent = when - dt.timedelta(seconds=12)
    text = """Bonsoir,

Je suis coordinateur de projet a l'Association Draa Climat et Mobilite (ADCM) a Ouarzazate et je souhaiterais intervenir dans la table ronde 1 lors de la conference regionale, pour parler des departs des jeunes des oasis du Draa a cause de la secheresse.

J'espere qu'il n'est pas trop tard, j'ai eu des problemes de connexion toute la soiree.

Cordialement
Youssef Amrani
"""
    html = ('<html><head></head><body><div class="ydp4f1c2a9byahoo-style-wrap" style="font-family:Helvetica '
            'Neue, Helvetica, Arial, sans-serif;font-size:13px;">' + text2html(text) + "</div></body></html>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "7bit"), leaf("text/html", html, "UTF-8", "7bit")],
                 "----=_Part_1184305_512290746.1612563018112")
    rows = std_rows(when, "sonic310-21.consmr.mail.ir2.yahoo.example.com", "77.238.176.98", "4DXBMt4cJ8z2",
                    "youssef amrani <y_amrani_ouarzazate@yahoo.example.fr>", "demande d'intervention",
                    rfcdate(tz(sent, 1)), "<1270449913.1184306.1612563018115@mail.yahoo.example.com>",
                    ret="y_amrani_ouarzazate@yahoo.example.fr")
    rows += [("X-Mailer", "WebService/1.1.17648 YMailNorrin")]
    m = top(body, rows)
    add(14, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Youssef Amrani", "coordinateur de projet", "Association Draa Climat et Mobilite (ADCM)",
           ["roundtable"], 1)],
        notes="late by ten minutes: received 00:10:30 Beirut on Saturday 6 Feb (Date header 23:10 +0100 on the "
              "5th, still 'Friday' for the sender); French typed without any accents ('a', 'Mobilite', "
              "'conference'); title and organisation in a sentence ('Je suis coordinateur de projet a ...'); "
              "Yahoo Mail, lower-case display name and subject."))


M15_ID = "<DB7PR10MB2154C3F0A1E2B4D5@DB7PR10MB2154.EURPRD10.PROD.OUTLOOK.example.com>"


def m15():
    when = at("2021-02-08 10:15:42")
    sent = when - dt.timedelta(seconds=20)
    text = """Bonjour,

Nous sommes une ONG basée à Nouadhibou qui documente la situation des personnes migrantes retenues au centre de rétention de la ville. Avant d'envoyer notre contribution, nous avons deux questions :

1) Les intervenants doivent-ils prévoir un visa pour le Liban, ou la conférence des 24 et 25 février se tiendra-t-elle entièrement en ligne ?
2) Le rapport volontaire peut-il être rédigé en français et existe-t-il un modèle à suivre (nombre de pages, structure par objectif du Pacte) ?

Merci d'avance pour votre retour.

Aminetou Sy
Secrétaire générale
Collectif de veille sur la détention des migrants à Nouadhibou (CVDMN)
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", None, "iso-8859-1")
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"), leaf("text/html", html, "iso-8859-1")],
                 "_000_DB7PR10MB2154C3F0A1E2B4D5DB7PR10MB2154EURP_")
    rows = std_rows(when, "EUR03-DB5-obe.outbound.protection.outlook.example.com", "40.107.4.81", "4DZ3hL9wC2z7",
                    "Aminetou Sy <a.sy@cvdmn.example.mr>", "Questions - visa et format du rapport",
                    rfcdate(tz(sent, 0)), M15_ID, ret="a.sy@cvdmn.example.mr")
    rows += [("Thread-Topic", "Questions - visa et format du rapport"),
             ("Thread-Index", "Adb9+Qw1uN3kTzq8R0KkqVb3dP7h4A=="), ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(15, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="logistics questions (visa for Lebanon, report language and template) in Outlook ISO-8859-1 "
              "quoted-printable; mentions 'intervenants', the conference and 'rapport volontaire' but proposes "
              "nobody and attaches nothing; full signature with title and organisation is not a speaker. The "
              "sender's out-of-office answers the acknowledgement (h72-16)."))


def m16():
    when = at("2021-02-08 10:16:05")
    sent = when - dt.timedelta(seconds=2)
    text = """Bonjour,

Je suis absente du bureau jusqu'au lundi 15 février inclus, avec un accès limité à mes courriels.
Pour toute urgence concernant le suivi des personnes retenues, merci de contacter le 00 222 45 00 00 00.

Cordialement,
Aminetou Sy
CVDMN
"""
    body = multi("alternative", [leaf("text/plain", text, "iso-8859-1"),
                                 leaf("text/html", html_wrap(text2html(text), None, "iso-8859-1"), "iso-8859-1")],
                 "_000_DB7PR10MB21548D2E4F6A0B1CDB7PR10MB2154EURP_")
    rows = std_rows(when, "EUR03-DB5-obe.outbound.protection.outlook.example.com", "40.107.4.83", "4DZ3hq0xM5z1",
                    "Aminetou Sy <a.sy@cvdmn.example.mr>",
                    hdr("Réponse automatique : Re: Questions - visa et format du rapport", "iso-8859-1", "Q"),
                    rfcdate(tz(sent, 0)),
                    "<DB7PR10MB21548D2E4F6A0B1C@DB7PR10MB2154.EURPRD10.PROD.OUTLOOK.example.com>",
                    to="GCM Regional Review Arab States <gcmrrarabstates@iom.int>", ret="a.sy@cvdmn.example.mr")
    rows += [("In-Reply-To", "<ack-20210208-0512@gcmrr.iom.int>"), ("Auto-Submitted", "auto-replied"),
             ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "a.sy@cvdmn.example.mr"),
             ("Content-Language", "fr-FR")]
    m = top(body, rows)
    add(16, when, m, dict(category="auto_reply", language="fr", acknowledge=False, on_time=None,
        notes="Exchange out-of-office in French answering the acknowledgement of h72-15 (Auto-Submitted: "
              "auto-replied, X-Auto-Response-Suppress); same sender and subject thread as a real question, "
              "so loop risk; mentions 'Re: ... format du rapport'. Not a follow-up of the submission: no "
              "thread_of, never acknowledge."))


def m17():
    when = at("2021-02-08 12:40:10")
    sent = when - dt.timedelta(seconds=7)
    ack = """شكراً لكم. تم استلام رسالتكم بعنوان «تقرير المراجعة الطوعية - مرصد انعدام الجنسية في السودان» بتاريخ 3 شباط/فبراير 2021، وتم تسجيل التقرير المرفق.
الأمانة – المراجعة الإقليمية للاتفاق العالمي من أجل الهجرة في المنطقة العربية"""
    quoted = "\n".join("> " + x for x in ack.split("\n"))
    text = """تسلموا، شكراً على التأكيد 🙏

On Wed, 3 Feb 2021 at 14:02, GCM Regional Review Arab States <gcmrrarabstates@iom.int> wrote:
""" + quoted + "\n"
    html = ('<div dir="rtl">تسلموا، شكراً على التأكيد 🙏</div><br><div class="gmail_quote"><div dir="ltr" '
            'class="gmail_attr">On Wed, 3 Feb 2021 at 14:02, GCM Regional Review Arab States &lt;gcmrrarabstates@iom.int&gt; '
            'wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex"><div dir="rtl">' + text2html(ack) + "</div></blockquote></div>\n")
    body = multi("alternative", [leaf("text/plain", text, "UTF-8", "base64"),
                                 leaf("text/html", html, "UTF-8", "base64")], "000000000000e9a8b705bad3f410")
    rows = std_rows(when, "mail-ed1-f66.google.example.com", "209.85.208.66", "4DZ6wG2bR8z4",
                    addr("آمنة عثمان", "amna.osman.sso@gmail.example.com"),
                    re_hdr("Re:", "تم الاستلام: تقرير المراجعة الطوعية - مرصد انعدام الجنسية في السودان"),
                    rfcdate(sent), "<CAH7v9nQx4Mt8zQ2uV6oY1bD5fH9jL3nP7rT0vX4zB8dF2hK@mail.gmail.example.com>",
                    ret="amna.osman.sso@gmail.example.com")
    rows += [("In-Reply-To", M06_ACK), ("References", M06_ID + " " + M06_ACK)]
    m = top(body, rows)
    add(17, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of="h72-06.eml",
        notes="thank-you reply to our acknowledgement of h72-06 (In-Reply-To = our ack, References include "
              "h72-06): colloquial 'تسلموا' plus an emoji, nothing new, so no acknowledgement; the quoted ack "
              "text mentions the report and its registration; English Gmail quote header."))


def m18():
    when = at("2021-02-09 12:30:00")
    sent = when - dt.timedelta(seconds=25)
    text = """السادة في الشبكة الإقليمية للأمم المتحدة المعنية بالهجرة المحترمين،
تحية طيبة،

نرفق لكم تقرير المراجعة الطوعية للاتفاق العالمي للهجرة الخاص بشبكتنا (باللغة الإنجليزية)، ويتناول أوضاع عديمي الجنسية والأطفال غير المسجلين في العراق، ولا سيما في محافظات نينوى والأنبار وصلاح الدين.

كما نود ترشيح متحدثة للجلسة العامة للمؤتمر:
الاسم: الدكتورة هالة يونس
المسمى الوظيفي: مديرة المناصرة
الجهة: Iraqi Network on Statelessness (INS)

نعتذر عن التأخر في إرسال طلب المشاركة بسبب انقطاع الإنترنت.

مع التقدير،
علي حسن
منسق البرامج – الشبكة العراقية لانعدام الجنسية
"""
    html = html_wrap('<div class="WordSection1" dir="rtl">' + text2html(text) + "</div>", "rtl", "utf-8")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8", "base64"), leaf("text/html", html, "utf-8", "base64")],
                "----=_NextPart_001_0042_01D6FED7.A1B2C3D0")
    name = "INS_GCM_Voluntary_Review_2021.docx"
    docx = make_docx(["Iraqi Network on Statelessness (INS)", "Voluntary GCM Review Report - February 2021",
                      "Statelessness and unregistered children in Ninewa, Anbar and Salah al-Din",
                      "GCM Objective 4 - legal identity and documentation"])
    att = leaf(DOCX, docx, cte="base64", params=[("name", '"%s"' % name)], disp='attachment; filename="%s"' % name)
    body = multi("mixed", [alt, att], "----=_NextPart_000_0041_01D6FED7.A1B2C3D0")
    rows = std_rows(when, "mail.ins-iraq.example.org", "37.236.12.201", "4DZw3Jk5H1z9",
                    addr("علي حسن", "ali.hassan@ins-iraq.example.org"),
                    hdr("تقرير المراجعة الطوعية + ترشيح متحدثة – الشبكة العراقية لانعدام الجنسية"),
                    rfcdate(tz(sent, 3)), "<004101d6fed7$a1b2c3d0$e5f6a7b8$@ins-iraq.example.org>",
                    ret="ali.hassan@ins-iraq.example.org")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "Adb+16Gyw9Dl9qe4QkuH7e9y3c1Z2w=="),
             ("Content-Language", "ar-iq")]
    m = top(body, rows)
    add(18, when, m, dict(category="both", language="ar", acknowledge=True, on_time=False,
        speakers=[sp("هالة يونس", "مديرة المناصرة", "Iraqi Network on Statelessness (INS)", ["plenary"])],
        report_attachments=[name],
        notes="both, received 9 Feb: report on time but the speaker part is late, so on_time false; Arabic body "
              "with the speaker's affiliation written in English on the labelled line (the Arabic name "
              "'الشبكة العراقية لانعدام الجنسية' appears only in the sender's signature; label keeps the form "
              "written for the speaker, with acronym); honorific 'الدكتورة' inside the name line; 'الجلسة العامة' "
              "= plenary; sender is not the speaker; Outlook base64 UTF-8, Date in UTC+3."))


def m19():
    when = at("2021-02-10 09:00:14")
    sent = when - dt.timedelta(seconds=10)
    text = """Dear colleagues,

Please see below. Sorry this comes after the deadline - we only received the invitation through our partners last week. Grateful if you can still consider it.

Regards,
Mahmoud Ezzat
Programme Assistant, NCATP

-----Original Message-----
From: Dalia Fawzy <d.fawzy@ncatp-eg.example.org>
Sent: Tuesday, February 9, 2021 6:40 PM
To: Mahmoud Ezzat <m.ezzat@ncatp-eg.example.org>
Subject: GCM regional review - our participation

Mahmoud,

Can you please write to the organisers of the GCM regional review: I would like to speak in a plenary session on trafficking along the Egypt-Libya route, and our legal researcher Ahmed Samir would like to intervene in the second roundtable. Please mention that I am Executive Director of the Nile Coalition Against Trafficking in Persons (NCATP).

Thanks,
Dalia

This message and its attachments are confidential. NCATP - Cairo, Egypt.
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", None, "us-ascii")
    body = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                 leaf("text/html", html, "us-ascii", "quoted-printable")],
                 "_000_VI1PR0702MB3327B1C2D3E4F5A6VI1PR0702MB3327eurp_")
    rows = std_rows(when, "EUR02-VE1-obe.outbound.protection.outlook.example.com", "40.107.2.56", "4Dbf6Tq2W0z3",
                    "Mahmoud Ezzat <m.ezzat@ncatp-eg.example.org>",
                    "FW: GCM regional review - our participation", rfcdate(sent),
                    "<VI1PR0702MB3327B1C2D3E4F5A6@VI1PR0702MB3327.eurprd07.prod.outlook.example.com>",
                    ret="m.ezzat@ncatp-eg.example.org")
    rows += [("Thread-Topic", "GCM regional review - our participation"),
             ("Thread-Index", "AQHW/wJ3u8x2k1c9d0e5f4g3h2i1jA=="), ("Content-Language", "en-US")]
    m = top(body, rows)
    aff = "Nile Coalition Against Trafficking in Persons (NCATP)"
    add(19, when, m, dict(category="speaker_request", language="en", acknowledge=True, on_time=False, speakers=[
        sp("Dalia Fawzy", "Executive Director", aff, ["plenary"]),
        sp("Ahmed Samir", "legal researcher", aff, ["roundtable"], 2)],
        notes="late (10 Feb); Outlook 'FW:' with an '-----Original Message-----' block: both speakers are only in "
              "the forwarded internal mail, the sender (Programme Assistant) is not a speaker; speakers in prose: "
              "the first speaker's name is only in the From line of the forwarded header / sign-off 'Dalia', her "
              "title in 'I am Executive Director of ...'; the second speaker's title is lower-case prose ('our "
              "legal researcher'), his affiliation only by 'our'; 'the second roundtable' = 2."))


def m20():
    when = at("2021-02-11 14:20:09")
    sent = when - dt.timedelta(seconds=15)
    text = """Dear Regional UN Network on Migration Secretariat,

On behalf of the Cairo Anti-Trafficking Research Initiative (CATRI), I am pleased to submit our voluntary GCM review report for the Regional Review in the Arab region (attached, PDF).

The report draws on 140 interviews with survivors of trafficking and smuggling in Greater Cairo and Aswan and focuses on GCM objectives 9 and 10.

With best regards,

Dr. Yasmine Abdelrahman
Director of Research | CATRI
Cairo, Egypt
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text).replace(
        "Cairo, Egypt</p>", 'Cairo, Egypt<br><img width="96" height="32" src="cid:image001.png@01D70070.3A5B6C70" '
        'alt="CATRI logo"></p>') + "</div>", None, "us-ascii")
    alt = multi("alternative", [leaf("text/plain", text, "us-ascii", "7bit"),
                                leaf("text/html", html, "us-ascii", "quoted-printable")],
                "_000_HE1PR0301MB2244D1E2F3A4B5C6HE1PR0301MB2244eurp_")
    img = leaf("image/png", make_png(), cte="base64", params=[("name", '"image001.png"')],
               disp='inline; filename="image001.png"', extra=[("Content-ID", "<image001.png@01D70070.3A5B6C70>")])
    rel = multi("related", [alt, img], "_004_HE1PR0301MB2244D1E2F3A4B5C6HE1PR0301MB2244eurp_",
                params=[("type", '"multipart/alternative"')])
    name = "CATRI_Voluntary_GCM_Report_Feb2021.pdf"
    pdf = make_pdf(["Cairo Anti-Trafficking Research Initiative (CATRI)", "Voluntary GCM Review Report - February 2021",
                    "Objective 9: smuggling of migrants; Objective 10: trafficking in persons"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"; size=%d' % (name, len(pdf)))
    body = multi("mixed", [rel, att], "_005_HE1PR0301MB2244D1E2F3A4B5C6HE1PR0301MB2244eurp_")
    rows = std_rows(when, "EUR01-HE1-obe.outbound.protection.outlook.example.com", "40.107.13.71", "4DcN1fW8y5z2",
                    "Yasmine Abdelrahman <y.abdelrahman@catri-eg.example.org>",
                    "Voluntary GCM Review Report - CATRI (Egypt)", rfcdate(sent),
                    "<HE1PR0301MB2244D1E2F3A4B5C6@HE1PR0301MB2244.eurprd03.prod.outlook.example.com>",
                    ret="y.abdelrahman@catri-eg.example.org")
    rows += [("Content-Language", "en-US"), ("X-MS-Has-Attach", "yes")]
    m = top(body, rows)
    add(20, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Outlook multipart/mixed[related[alternative, inline logo image001.png], PDF]: the inline PNG logo "
              "is a decoy, only the PDF is the report; signature with 'Dr.' and 'Director of Research' but no "
              "speaker is proposed."))


def m21():
    when = at("2021-02-13 11:00:37")
    sent = when - dt.timedelta(seconds=33)
    name = "Rapport_GREMES_révision_PMM.pdf"
    text = """Madame, Monsieur,

Le Groupe de recherche sur les migrations et l'environnement au Sahel (GREMES) a l'honneur de vous transmettre ci-joint son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations. Il porte sur les déplacements liés à la dégradation des terres dans le sud mauritanien.

Par ailleurs, notre directeur exécutif souhaiterait prendre la parole lors de la conférence régionale :

Cheikh Ould Baba
Directeur exécutif
GREMES, Nouakchott

Nous vous remercions de l'attention portée à notre demande.

Khadijetou Mint Ely
Assistante de direction, GREMES
"""
    html = html_wrap('<div class="WordSection1">' + text2html(text) + "</div>", None, "utf-8")
    alt = multi("alternative", [leaf("text/plain", text, "utf-8"), leaf("text/html", html, "utf-8")],
                "----=_NextPart_001_0077_01D701F3.5C6D7E80")
    pdf = make_pdf(["Groupe de recherche sur les migrations et l'environnement au Sahel (GREMES)",
                    "Rapport volontaire - Pacte mondial sur les migrations - fevrier 2021",
                    "Deplacements lies a la degradation des terres (Gorgol, Guidimakha, Brakna)"])
    w = "=?utf-8?Q?Rapport=5FGREMES=5Fr=C3=A9vision=5FPMM=2Epdf?="
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % w)],
               disp='attachment; filename="%s"' % w)
    body = multi("mixed", [alt, att], "----=_NextPart_000_0076_01D701F3.5C6D7E80")
    rows = std_rows(when, "mail.gremes.example.mr", "41.188.99.14", "4DdW5gT1k3z6",
                    addr("Khadijetou Mint Ely", "k.mintely@gremes.example.mr"),
                    "Rapport volontaire et demande d'intervention - GREMES", rfcdate(tz(sent, 0)),
                    "<007601d701f3$5c6d7e80$15484780$@gremes.example.mr>", ret="k.mintely@gremes.example.mr")
    rows += [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "fr")]
    m = top(body, rows)
    add(21, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False,
        speakers=[sp("Cheikh Ould Baba", "Directeur exécutif",
                     "Groupe de recherche sur les migrations et l'environnement au Sahel (GREMES)", [])],
        report_attachments=[name],
        notes="both, received 13 Feb: report on time, speaker part late, so on_time false; speaker on separate "
              "lines (name / title / 'GREMES, Nouakchott'), fullest affiliation in the first paragraph; no role "
              "stated ('prendre la parole lors de la conférence'): roles empty; the sender (assistant) is not the "
              "speaker; PDF name with 'é' as an RFC 2047 Q word inside quoted name/filename."))


def m22():
    when = at("2021-02-15 17:02:11")
    sent = when - dt.timedelta(seconds=44)
    name = "تقرير_جماعي_الجفاف_والنزوح_شمال_شرق_سوريا.docx"
    text = flowed("""السادة الكرام في أمانة المراجعة الإقليمية،

تحية طيبة،

يسعدنا أن نرسل إليكم التقرير الطوعي الجماعي حول تنفيذ الاتفاق العالمي من أجل الهجرة، والذي أعدّته شبكة الجزيرة لدراسات الجفاف والنزوح بالشراكة مع ثلاث منظمات محلية في الحسكة ودير الزور والرقة. يركّز التقرير على النزوح الداخلي والهجرة نحو العراق وتركيا الناتجين عن انخفاض منسوب نهر الفرات وموجات الجفاف المتتالية.

نرجو تأكيد الاستلام.

مع خالص التحية،
رهف الأحمد
منسقة الأبحاث
شبكة الجزيرة لدراسات الجفاف والنزوح
""")
    t = leaf("text/plain", text, "UTF-8", "8bit", params=[("format", "flowed")])
    docx = make_docx(["Jazira Network for Drought and Displacement Studies",
                      "Collective voluntary GCM review report - North-East Syria",
                      "Drought, the falling level of the Euphrates and internal displacement",
                      "شبكة الجزيرة لدراسات الجفاف والنزوح"])
    att = Message(policy=POL)
    att["Content-Type"] = DOCX + ";\r\n " + ";\r\n ".join(rfc2231_cont("name", name))
    att["Content-Transfer-Encoding"] = "base64"
    att["Content-Disposition"] = "attachment;\r\n " + ";\r\n ".join(rfc2231_cont("filename", name))
    att.set_payload(base64.encodebytes(docx).decode("ascii"))
    body = multi("mixed", [t, att], "------------5A0E7C2B9D4F1E3A6C8B0D2F")
    rows = std_rows(when, "smtp.jazira-dds.example.org", "5.0.41.77", "4DfK9rP4n6z0",
                    addr("رهف الأحمد", "rahaf.alahmad@jazira-dds.example.org"),
                    hdr("التقرير الطوعي الجماعي – شبكة الجزيرة لدراسات الجفاف والنزوح"),
                    rfcdate(sent), "<b4e2a9c1-7d3f-4a60-8e15-2c9b0f6d3a71@jazira-dds.example.org>",
                    ret="rahaf.alahmad@jazira-dds.example.org")
    rows += [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:78.0) Gecko/20100101 Thunderbird/78.7.1"),
             ("Content-Language", "ar")]
    m = top(body, rows)
    add(22, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="Thunderbird, format=flowed 8bit UTF-8 Arabic; collective report (with three local organisations); "
              "long Arabic DOCX name split into RFC 2231 continuations (name*0*/name*1*..., filename*0*/...); the "
              "DOCX content is mostly English; 'نرجو تأكيد الاستلام' asks for the acknowledgement."))


def m23():
    when = at("2021-02-16 23:50:30")
    sent = when - dt.timedelta(seconds=28)
    name = "Detention_Monitor_Jordan_GCM.pdf"
    t1 = leaf("text/plain", "مرفق التقرير الطوعي للمرصد، آسفين على التأخير\n\nمرصد الاحتجاز الإداري للمهاجرين - عمّان\n\nأُرسلت من الـ iPhone\n",
              "utf-8", "base64")
    pdf = make_pdf(["Administrative Detention Monitor for Migrants - Jordan", "Voluntary GCM Review Report 2021",
                    "Administrative detention of migrant workers and asylum seekers in Jordan (2019-2020)"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", name), ("x-unix-mode", "0644")],
               disp="inline;\r\n\tfilename=%s" % name)
    t2 = leaf("text/plain", "\n\n", "us-ascii", "7bit")
    body = multi("mixed", [t1, att, t2], "Apple-Mail-7F3A2C1E-4B5D-4E6F-8A9B-0C1D2E3F4A5B")
    rows = std_rows(when, "mail.admonitor-jo.example.org", "94.249.61.8", "4DfpXc0Lw2z5",
                    addr("ليلى الزعبي", "l.zoubi@admonitor-jo.example.org"),
                    hdr("التقرير الطوعي"), rfcdate(sent), "<9B2C4D6E-8F0A-4B1C-9D3E-5F7A9B1C3D5E@admonitor-jo.example.org>",
                    ret="l.zoubi@admonitor-jo.example.org")
    rows += [("X-Mailer", "iPhone Mail (18D52)")]
    m = top(body, rows)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[name],
        notes="deadline edge: received 23:50:30 Beirut on Tue 16 Feb, on time although the sender apologises for "
              "being late ('آسفين على التأخير'); iPhone layout multipart/mixed[text, PDF inline, text] with an "
              "unquoted filename and Content-Disposition inline; Arabic 'أُرسلت من الـ iPhone'; two-word subject."))


def m24():
    when = at("2021-02-17 00:10:05")
    sent = when - dt.timedelta(seconds=19)
    name = "SCCMS_GCM_Review_Report.pdf"
    text = """Dear GCM Regional Review team,

I am submitting today, 16 February, within the extended deadline, the voluntary GCM review report of the Sudanese Centre for Climate and Mobility Studies (SCCMS). The report looks at seasonal and permanent movement from North Darfur and Kordofan linked to desertification, and at the risks of trafficking along the routes to Libya and Egypt.

Please let me know if anything else is needed.

Best wishes,
Elham Mirghani
Senior Research Fellow, SCCMS
(currently in London)
"""
    html = '<div dir="ltr">' + text2html(text) + "</div>\n"
    alt = multi("alternative", [leaf("text/plain", text, "UTF-8"), leaf("text/html", html, "UTF-8")],
                "000000000000d2f3a405bb6e8c71")
    pdf = make_pdf(["Sudanese Centre for Climate and Mobility Studies (SCCMS)", "Voluntary GCM Review Report, 2021",
                    "Desertification, mobility and trafficking risks: North Darfur and Kordofan"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % name)],
               disp='attachment; filename="%s"' % name, extra=[("X-Attachment-Id", "f_kl8q2z3d0")])
    body = multi("mixed", [alt, att], "000000000000d2f3a505bb6e8c73")
    rows = std_rows(when, "mail-wr1-f49.google.example.com", "209.85.221.49", "4Dg0Ks7Ht4z8",
                    "Elham Mirghani <e.mirghani@sccms-sd.example.org>",
                    "SCCMS voluntary GCM review report (submitted 16 Feb)", rfcdate(tz(sent, 0)),
                    "<CAF3kR9sU2vX6zA0cE4gI8kM2oQ6sU0wY4aC8eG2iK6mO0qS@mail.gmail.example.com>",
                    ret="e.mirghani@sccms-sd.example.org")
    m = top(body, rows)
    add(24, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=False,
        report_attachments=[name],
        notes="late by ten minutes: received 00:10:05 Beirut on Wed 17 Feb; the Date header is 'Tue, 16 Feb 2021 "
              "22:09:46 +0000' (sender in London) and subject/body insist it was submitted on 16 February "
              "'within the extended deadline'."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    os.makedirs(OUT, exist_ok=True)
    for n in os.listdir(OUT):
        if n.endswith(".eml") or n == "labels.json":
            os.remove(os.path.join(OUT, n))
    labels = []
    prev = None
    for fname, data, lab in MESSAGES:
        with open(os.path.join(OUT, fname), "wb") as fh:
            fh.write(data)
        r = dt.datetime.fromisoformat(lab["received_at"])
        assert prev is None or r > prev, fname
        prev = r
        labels.append(lab)
    with open(os.path.join(OUT, "labels.json"), "w", encoding="utf-8", newline="\n") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    print("wrote %d messages to %s" % (len(MESSAGES), OUT))


if __name__ == "__main__":
    main()
