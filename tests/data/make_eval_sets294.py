#!/usr/bin/env python3
"""Write the blind evaluation set holdout294 (24 raw .eml messages + labels.json).

Deterministic, standard library only:  python3 tests/data/make_eval_sets294.py
Theme: trade unions and labour federations (26 January - 18 February 2021).  A regional building and wood workers'
federation in Amman asking whether its affiliates may send one joint report and name alternates (it later sends the
joint report with its annex in a reply, and says it will not propose a speaker), a Beirut migrant domestic workers'
union whose secretary-general writes in Levantine Arabic to nominate its president with her deputy as alternate (the
union's shared mailbox autoresponds to our acknowledgement), a Moroccan construction federation designating a
plenary speaker and a 'suppléante' in the body and in an attached designation letter (a week later the alternate
replaces him and a new alternate is named, with an amended letter), four Jordanian unions sending a joint report
whose last paragraph but one proposes a speaker, an Algerian union that declines to speak and only wants to observe,
a Moroccan domestic workers' union writing in Darija to propose its secretary-general as rapporteur (then a Darija
thank-you), a Bahraini federation sending its report, its nomination letter and its president with an alternate
(the president's out-of-office answers), a Tunisian migrant and seasonal workers' union proposing two speakers (and
later co-signing a joint report), a Lebanese construction union's secretary-general writing at 23:55 on the speaker
deadline (the old union address in Cc bounces our acknowledgement), Nouakchott dockers whose rapporteur arrives
three minutes late, a joint report of Lebanese unions on kafala reform replaced by a PDF after a fourth union
joins, an Algerian confederation's report with a late speaker, a global union's regional office asking about late
endorsements, an Iraqi federation's report at 23:58 on the report deadline (its speaker request was sent earlier),
two Tunisian regional unions writing in Tunisian Arabic one day late and giving up on a speaker, and a Souss
agricultural union registering three observers by name.  Union idiom: 'In solidarity', 'salutations syndicales',
'تحية نضالية', 'camarade', 'Brother/Sister', 'الأخت', 'الرفيقة'; confidentiality disclaimers.  Helpers from
mailgen.py.
"""
import datetime as dt

from mailgen import (EvalSet, DOCX, POSTFIX_NOTICE, addr, alt, at, attach, dsn_report, esc, flowed, gmail_html, hdr,
                     html_only, leaf, make_docx, make_pdf, mk, multi, re_hdr, rep_pdf, rfcdate, sent_at, sp,
                     std_rows, top, exchange_ooo_rows)
from mailgen import outlook_html, outlook_rows as outlook
from mailgen import quote_block as gt, ack_id as ack_mid, logo

SET = EvalSet(294)
add = SET.add
H = "h294-%02d.eml"

TB = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:78.0) Gecko/20100101 Thunderbird/78.7.0"
IPHONE = "iPhone Mail (18D52)"
APPLE = "Apple Mail (2.3654.60.0.2.21)"
YAHOO = "WebService/1.1.17648 YMailNorrin"
ROUNDCUBE = "Roundcube Webmail/1.4.9"


def yahoo_html(text, rtl=False):
    d = "rtl" if rtl else "ltr"
    lines = "".join('<div dir="%s" data-setdir="false">%s</div>' % (d, esc(x) if x else "<br>")
                    for x in text.rstrip("\n").split("\n"))
    return ('<html><head></head><body><div class="ydp5c1e8a40yahoo-style-wrap" style="font-family:Helvetica Neue, '
            'Helvetica, Arial, sans-serif;font-size:16px;">%s</div></body></html>\n' % lines)


def apple_html(text):
    inner = "".join("<div>%s</div>" % (esc(x) if x else "<br class=\"\">") for x in text.rstrip("\n").split("\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body '
            'style="word-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" class="">'
            '%s</body></html>\n' % inner)


def ack_text(lang, subject, what):
    if lang == "ar":
        return ("حضرات السادة المحترمين،\n\nتؤكد أمانة الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة "
                "والمنظمة والنظامية في المنطقة العربية استلام رسالتكم «%s» و%s، وستتواصل معكم الأمانة لاحقاً "
                "بشأن البرنامج.\n\nالاستعراض الإقليمي للاتفاق العالمي للهجرة - المنطقة العربية" % (subject, what))
    if lang == "fr":
        return ("Madame, Monsieur,\n\nLe secrétariat de l'examen régional du Pacte mondial pour des migrations sûres, "
                "ordonnées et régulières dans la région arabe accuse réception de votre message « %s » et de %s. Le "
                "secrétariat reviendra vers vous au sujet du programme.\n\nExamen régional du PMM - États arabes"
                % (subject, what))
    return ("Dear colleague,\n\nThe secretariat of the Regional Review of the Global Compact for Migration in the Arab "
            "region acknowledges receipt of your message \"%s\" and of %s. The secretariat will come back to you "
            "about the programme.\n\nGCM Regional Review - Arab States" % (subject, what))


def outlook_body(text, lang, bnd, lcid=None, rgb=(0, 0, 0), files=(), rtl=False, b64=False):
    """Outlook layout: mixed > related > alternative (plain + HTML) with the signature logo, then the files."""
    cte = "base64" if b64 else "quoted-printable"
    html = outlook_html(text, lang=lang, img_cid=lcid, rtl=rtl)
    a = multi("alternative", [leaf("text/plain", text, cte=cte), leaf("text/html", html, cte=cte)], "_000_" + bnd)
    if lcid:
        a = multi("related", [a, logo(lcid, rgb)], "_004_" + bnd, params=[("type", '"multipart/alternative"')])
    if files:
        return multi("mixed", [a] + list(files), "_005_" + bnd)
    return a


DISCLAIMER_EN = """DISCLAIMER: This e-mail and any attachments are confidential and intended solely for the addressee(s). If you have received it in error, please notify the sender and delete it. Views expressed are those of the sender and not necessarily of the Federation."""

DISCLAIMER_FR = """AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en informer l'expéditeur et de le détruire. Toute diffusion non autorisée est interdite."""


# ================================================================ 01  EN  other  regional federation: one joint report for five affiliates? alternates?
M01_ID = "<DB7PR02MB4410A2C9E61F5B38@DB7PR02MB4410.eurprd02.prod.outlook.example.com>"
M01_SUBJ = "Queries - joint voluntary report by ARFBWU affiliates and speaker alternates"
M01_QID = "4DQ1kT7vRmZ2"
M01_TEXT = """Dear colleagues,

Greetings from the Arab Regional Federation of Building and Wood Workers' Unions (ARFBWU).

We received the invitation to the Regional Review of the Global Compact for Migration through our global union federation and shared it with our affiliates. Several of them want to take part, and before anyone sends anything we would like to clarify three points, so that your mailbox is not flooded with duplicate submissions:

1. Five of our affiliates (in Jordan, Lebanon, Iraq, Egypt and Tunisia) are drafting a joint report on wage theft, passport confiscation and the kafala system in the construction sector. Can the Federation submit it once, on behalf of all five unions, with each union listed as co-author? Or does each union have to send it separately for it to count?

2. Our Executive Bureau meets on 4 February and will decide whether the Federation proposes a speaker, most likely our President. If we do, may we also name a deputy as an alternate, in case the President cannot connect on the day?

3. Is there a template or a maximum length for the voluntary report? Our affiliates' drafts currently run to about 40 pages with the annexes.

We would be grateful for an answer before the end of the week so that the affiliates can plan their work.

In solidarity,

Samir Nasrallah
General Secretary
Arab Regional Federation of Building and Wood Workers' Unions (ARFBWU)
Jabal Al-Hussein, Amman - Jordan
Tel: +962 6 000 0000 | Fax: +962 6 000 0001
www.arfbwu.example.org

""" + DISCLAIMER_EN + "\n"
M01_LOGO = "image001.png@01D6F3C2.7A1B4E60"


def m01():
    when = at("2021-01-26 10:12:37")
    body = outlook_body(M01_TEXT, "EN-GB", "DB7PR02MB4410A2C9E61F5B38_", lcid=M01_LOGO, rgb=(200, 30, 30))
    m = mk(when, sent_at(when, 2, 7), "mail-db7eur02on0612.outbound.protection.outlook.example.com",
           "198.51.100.12", M01_QID, "Samir Nasrallah <s.nasrallah@arfbwu.example.org>", M01_SUBJ, M01_ID, body,
           extra=outlook(M01_SUBJ, "AdbzwnQ1Lx8Pk3Vr6Tm9Zc2Nb5Hq==", lang="en-GB", has_attach="no"))
    add(1, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a regional union federation before anything is sent: may five affiliates submit one "
              "joint report through the Federation, may a speaker have an alternate, is there a template/length "
              "limit. It announces a possible speaker ('most likely our President', unnamed, not yet decided) and a "
              "report still being drafted, but submits and requests nothing. Numbered questions; Outlook with a "
              "signature logo (X-MS-Has-Attach: no) and a confidentiality disclaimer. The joint report follows in a "
              "reply (h294-16)."))


# ================================================================ 02  AR  speaker  Beirut migrant domestic workers' union (Levantine): president + deputy as alternate
M02_ID = "<CAJx7Rm2Lp9Vw4Tz+k8Qn3Hb6sD1fGy5cE0@mail.gmail.example.com>"
M02_SUBJ = "ترشيح للمشاركة بالطاولة المستديرة - نقابة عاملات المنازل المهاجرات"
M02_QID = "4DR3pW8xKsZ6"
M02_INFO = "info@mdwu-lebanon.example.org"


def m02():
    when = at("2021-01-28 13:40:12")
    text = """مرحبا،

نحنا نقابة عاملات المنازل المهاجرات في لبنان، تأسّسنا سنة 2019 وصار عنّا أكتر من 400 عضوة من إثيوبيا والفيليبين وسريلانكا وبنغلادش ومدغشقر. وصلتنا الدعوة من رفقاتنا بالاتحاد وحبّينا نشارك.

بدنا نرشّح رئيسة النقابة، ألماز تسفاي، لمداخلة بالطاولة المستديرة التالتة. ألماز اشتغلت 11 سنة بالبيوت تحت نظام الكفالة، وهلّق عم تتابع قضايا الأجور المسروقة للعاملات يلّي انطردوا من البيوت بعد الأزمة وانفجار المرفأ. هي بتحكي عربي منيح وإنكليزي.

وإذا ما قدرت تحضر لأي سبب (مرّات ما بتقدر تاخد إذن من الشغل)، نائبتها ماري جوي سانتوس، نائبة الرئيسة، بتحلّ محلّها بنفس الطاولة.

نحنا ما عنّا تقرير خاص فينا، بس عم نشارك بالتقرير المشترك يلّي عم تحضّره النقابات عن الكفالة، وبيوصلكم من جهتهم.

حاطّة إيميل النقابة بالنسخة.

شكراً كتير،
رنا مطر
الأمينة العامة
نقابة عاملات المنازل المهاجرات في لبنان
"""
    body = alt(text, "000000000000a4c71e05b9f3d8e2", html=gmail_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 2, 6), "mail-ed1-f52.google.example.com", "192.0.2.52", M02_QID,
           addr("Rana Matar", "rana.matar.mdwu@gmail.example.com"), hdr(M02_SUBJ), M02_ID, body,
           cc="MDWU Lebanon <%s>" % M02_INFO)
    add(2, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("ألماز تسفاي", "رئيسة النقابة", "نقابة عاملات المنازل المهاجرات في لبنان", ["roundtable"], 3),
        sp("ماري جوي سانتوس", "نائبة الرئيسة", "نقابة عاملات المنازل المهاجرات في لبنان", ["roundtable"], 3)],
        notes="Levantine Arabic from a union's secretary-general (Gmail, Latin From name): she nominates the "
              "union's president for 'الطاولة المستديرة التالتة' (dialect spelling of the third) and her deputy as "
              "alternate ('نائبتها ... بتحلّ محلّها بنفس الطاولة'): both recorded, the alternate with the same "
              "roundtable. Titles as written ('رئيسة النقابة', 'نائبة الرئيسة'); the union's name only in the "
              "body's first line and the signature. 'ما عنّا تقرير' + a joint report coming from others: no report "
              "here. The sender is not a speaker. The union's shared mailbox in Cc autoresponds (h294-03)."))


# ================================================================ 03  AR  auto_reply  the union's shared mailbox answers our acknowledgement of 02
def m03():
    when = at("2021-01-28 13:40:51")
    ack = ack_mid(M02_QID)
    text = """شكراً لتواصلكم مع نقابة عاملات المنازل المهاجرات في لبنان.

وصلتنا رسالتكم وسنردّ عليها في أقرب وقت ممكن. مكتب النقابة مفتوح يوم الأحد من الساعة 10 صباحاً حتى 4 بعد الظهر.

في حالات الطوارئ (احتجاز، طرد من المنزل، عدم دفع الأجر) اتصلوا بالخط الساخن: 00961 1 000 000 أو راسلونا على واتساب.

Thank you for contacting the Migrant Domestic Workers' Union in Lebanon. We have received your message and will reply as soon as possible. In an emergency, call our hotline: +961 1 000 000.

هذه رسالة آلية، يرجى عدم الرد عليها.
"""
    body = leaf("text/plain", text, "utf-8", "base64")
    subj = hdr("رد تلقائي: تأكيد استلام - " + M02_SUBJ)
    rows = std_rows(when, "server12.hostingbox.example.net", "203.0.113.212", "4DR3qB1yLtZ9",
                    addr("نقابة عاملات المنازل المهاجرات", M02_INFO), subj, rfcdate(sent_at(when, 2, 2)),
                    "<autoreply.1611834049.38211@server12.hostingbox.example.net>",
                    extra=[("X-Autorespond", "yes"), ("Precedence", "auto_reply")], ret=M02_INFO)
    rows += [("In-Reply-To", ack), ("References", M02_ID + " " + ack)]
    add(3, when, top(body, rows), dict(category="auto_reply", language="ar", acknowledge=False, on_time=None,
        notes="cPanel-style autoresponder of the union's shared mailbox (Cc of h294-02) answering our "
              "acknowledgement 39 seconds later: 'X-Autorespond' and 'Precedence: auto_reply' but no "
              "Auto-Submitted, a normal Return-Path, 'رد تلقائي:' subject prefix; Arabic then an English paragraph, "
              "office hours and a hotline. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 04  FR  speaker  Moroccan construction federation: designation letter + body, plenary + suppléante
M04_ID = "<PR3P191MB1032B7E4D29A0C61@PR3P191MB1032.EURP191.PROD.OUTLOOK.example.com>"
M04_SUBJ = "Désignation des représentants de la FNTBTP – Examen régional du PMM"
M04_QID = "4DS5mK2wPqZ1"
M04_FROM = "Abdelkrim Ouazzani <a.ouazzani@fntbtp.example.ma>"
M04_LETTER = "Lettre de désignation FNTBTP - PMM 2021.pdf"
M04_TEXT = """Madame, Monsieur,

Suite à votre invitation à l'examen régional du Pacte mondial pour des migrations sûres, ordonnées et régulières dans la région arabe, j'ai l'honneur de vous transmettre ci-joint la lettre de désignation signée par le Bureau fédéral de la Fédération Nationale des Travailleurs du Bâtiment et des Travaux Publics (FNTBTP).

Conformément à cette lettre, la FNTBTP désigne le camarade Hamid Benchekroun, Secrétaire général adjoint chargé des travailleurs migrants, pour une intervention en séance plénière de la conférence des 24 et 25 février.

En cas d'empêchement, il sera remplacé par sa suppléante, la camarade Fatima Zahra Alaoui, Responsable de la commission des travailleuses et des jeunes.

Notre fédération organise depuis 2016 les ouvriers subsahariens des chantiers de Casablanca, Tanger et Rabat, souvent employés sans contrat par des sous-traitants qui disparaissent avant la paie. Nous souhaitons que leur voix soit entendue.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations syndicales.

Abdelkrim Ouazzani
Secrétaire général
Fédération Nationale des Travailleurs du Bâtiment et des Travaux Publics (FNTBTP)
Bd Mohammed VI, Casablanca – Maroc
Tél. : +212 5 22 00 00 00

""" + DISCLAIMER_FR + "\n"


def m04():
    when = at("2021-01-29 11:05:44")
    letter = make_pdf(["FEDERATION NATIONALE DES TRAVAILLEURS DU BATIMENT ET DES TRAVAUX PUBLICS (FNTBTP)",
                       "Casablanca, le 28 janvier 2021", "Ref. : FNTBTP/BF/2021-07", "",
                       "Objet : Designation des representants - Examen regional du PMM (region arabe)", "",
                       "Le Bureau federal de la FNTBTP, reuni le 27 janvier 2021, designe :",
                       "- Titulaire : M. Hamid Benchekroun, Secretaire general adjoint charge des travailleurs migrants",
                       "- Suppleante : Mme Fatima Zahra Alaoui, Responsable de la commission des travailleuses",
                       "  et des jeunes", "pour une intervention en seance pleniere (24-25 fevrier 2021).", "",
                       "Le Secretaire general, Abdelkrim Ouazzani", "[signature et cachet]"])
    lcid = "image001.png@01D6F63A.1E2C5B90"
    body = outlook_body(M04_TEXT, "FR", "PR3P191MB1032B7E4D29A0C61_", lcid=lcid, rgb=(230, 120, 0),
                        files=[attach("application/pdf", letter, M04_LETTER)])
    m = mk(when, sent_at(when, 1, 9), "mail-pr3p191.outbound.protection.outlook.example.com", "198.51.100.191",
           M04_QID, M04_FROM, hdr(M04_SUBJ, enc="Q"), M04_ID, body,
           extra=outlook(hdr(M04_SUBJ, enc="Q"), "AQHW9kY4Hc2Lm7Xr1Pb8Tz5Qn0Vd3w==", lang="fr-FR", has_attach="yes"))
    add(4, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Hamid Benchekroun", "Secrétaire général adjoint chargé des travailleurs migrants",
           "Fédération Nationale des Travailleurs du Bâtiment et des Travaux Publics (FNTBTP)", ["plenary"]),
        sp("Fatima Zahra Alaoui", "Responsable de la commission des travailleuses et des jeunes",
           "Fédération Nationale des Travailleurs du Bâtiment et des Travaux Publics (FNTBTP)", ["plenary"])],
        notes="a federation's secretary-general designates a plenary speaker and a 'suppléante' both in the body and "
              "in an attached signed designation letter (PDF, not a report: no report_attachments). 'camarade' is "
              "the union form of address, dropped like M./Mme; the alternate's role is implied ('il sera remplacé "
              "par sa suppléante'). The sender is not a speaker. Outlook with logo and disclaimer; Date UTC+1. "
              "Replaced by the follow-up h294-12."))


# ================================================================ 05  EN  both  four Jordanian unions: joint report; a speaker in one sentence
M05_FILE = "Unpaid and Unprotected - Joint report of four unions in Jordan.pdf"


def m05():
    when = at("2021-02-01 16:20:09")
    subj = "Joint voluntary report - \"Unpaid and Unprotected\" - four unions in Jordan"
    text = """Dear GCM Regional Review team,

On behalf of four unions in Jordan, I am pleased to submit our joint voluntary report for the Regional Review of the Global Compact for Migration: "Unpaid and Unprotected: Wage Theft against Migrant Workers in Jordan's Construction, Domestic Work and Agriculture Sectors" (attached, PDF).

The report was written jointly by:
- the Independent Union of Construction Workers in Jordan (IUCWJ)
- the Domestic Workers' Solidarity Union - Jordan (DWSU)
- the Jordan Valley Agricultural Workers' Committee
- the Union of Workers in Stone and Marble Quarries

It documents 1,146 cases of unpaid or partly paid wages brought to our four unions between March and December 2020, most of them Egyptian, Syrian and Bangladeshi workers whose employers used the lockdown to stop paying, and proposes concrete reforms: a wage protection system covering all sectors, an end to the employer's power to cancel residence permits, and access to the labour courts without a sponsor's consent.

The four unions would also like DWSU's President, Liza Mae Dizon, to speak in Roundtable 4. Liza has been a domestic worker in Amman for fourteen years and co-founded DWSU in 2018.

Please confirm receipt. If you need the report in Word format, just let me know.

Solidarity,

Dana Obeidat
Research and Campaigns Officer
Independent Union of Construction Workers in Jordan (IUCWJ)
Amman
+962 79 000 0000
"""
    pdf = rep_pdf("Unpaid and Unprotected: Wage Theft against Migrant Workers in Jordan",
                  "IUCWJ, DWSU, Jordan Valley Agricultural Workers' Committee, Stone and Marble Quarries Union",
                  ["1,146 wage claims, March-December 2020", "Construction", "Domestic work", "Agriculture",
                   "Kafala and the cancellation of residence permits", "Recommendations"])
    a = alt(text, "0000000000008e2b4c05ba4f71a3", html=gmail_html(text))
    body = multi("mixed", [a, attach("application/pdf", pdf, M05_FILE)], "0000000000008e2b4e05ba4f71a5")
    m = mk(when, sent_at(when, 2, 8), "mail-wm1-f47.google.example.com", "192.0.2.47", "4DT8nR5yHwZ3",
           "Dana Obeidat <dana.obeidat.iucwj@gmail.example.com>", subj,
           "<CAOb3Nq8Tz1vK6Wm+p4Rx9Hc2sL7dFy0gJ5@mail.gmail.example.com>", body)
    add(5, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Liza Mae Dizon", "President", "Domestic Workers' Solidarity Union - Jordan (DWSU)", ["roundtable"], 4)],
        report_attachments=[M05_FILE],
        notes="joint report of four unions (listed as co-authors), and one sentence near the end that makes it "
              "'both': 'The four unions would also like DWSU's President, Liza Mae Dizon, to speak in Roundtable "
              "4'. The subject speaks only of the report. The speaker is not the sender and belongs to another "
              "co-author union: affiliation is DWSU's full name as written in the list (with its acronym), not the "
              "sender's union. '1,146 cases' and 'fourteen years' are noise. Gmail, Feb 1: both parts on time."))


# ================================================================ 06  FR  other  Algerian union declines to speak, wants to observe
def m06():
    when = at("2021-02-02 09:31:26")
    subj = "Re: Invitation – Examen régional du Pacte mondial sur les migrations (région arabe)"
    inv_id = "<invitation.fr.20210120@gcmrrarabstates.iom.int>"
    quoted = """Madame, Monsieur,

Nous avons le plaisir de vous inviter à la consultation multipartite du 23 février 2021 et à la Conférence d'examen régional des 24 et 25 février 2021.

Les parties prenantes souhaitant prendre la parole sont invitées à communiquer le nom, le titre et l'affiliation de l'intervenant(e) au plus tard le vendredi 5 février 2021. Les rapports volontaires d'examen peuvent être adressés jusqu'au mardi 16 février 2021 à gcmrrarabstates@iom.int."""
    text = """Bonjour,

Nous accusons réception de votre invitation, transmise par notre confédération, et vous en remercions.

Après consultation du bureau national, le SNATC a décidé de ne pas solliciter de prise de parole, ni lors de la consultation ni lors de la conférence : notre position sera portée par notre confédération, la CSAB, qui prépare de son côté un rapport volontaire auquel nous contribuons (chapitre sur les chantiers du Sud et les travailleurs subsahariens sans contrat).

Nous souhaiterions en revanche suivre les travaux en tant qu'observateurs, notre secrétaire général et moi-même. Pouvez-vous nous indiquer si une inscription est nécessaire et comment recevoir les liens de connexion ?

Salutations syndicales,

Kamel Hadjadj
Secrétaire à l'organique et aux relations extérieures
Syndicat National Autonome des Travailleurs de la Construction (SNATC)
Oran – Algérie

Le 20/01/2021 à 14:02, GCM Regional Review Arab States a écrit :
""" + gt(quoted) + "\n"
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed")])
    m = mk(when, sent_at(when, 1, 6), "mail.snatc-dz.example.org", "203.0.113.61", "4DV2wQ9cLrZ8",
           "Kamel Hadjadj <k.hadjadj@snatc-dz.example.org>", hdr(subj, enc="Q"),
           "<7e3b2a91-5c48-4f0d-b6e2-91a0d4c8f372@snatc-dz.example.org>", tp,
           extra=[("In-Reply-To", inv_id), ("References", inv_id), ("User-Agent", TB), ("Content-Language", "fr")])
    add(6, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="a reply to the (French) invitation in which an Algerian union declines: 'a décidé de ne pas "
              "solliciter de prise de parole' and its confederation's report is only announced, so neither a "
              "speaker request nor a report; it asks how to register two observers (registration question, "
              "acknowledged). The quoted invitation repeats both deadlines and 'nom, titre et affiliation'. "
              "Thunderbird, 8bit format=flowed; In-Reply-To names the invitation (not in this set). The "
              "confederation's report arrives in h294-18."))


# ================================================================ 07  AR  speaker  Moroccan domestic workers' union (Darija): secretary-general as rapporteur
M07_ID = "<1398245017.4410286.1612350933118@mail.yahoo.example.com>"
M07_SUBJ = "ترشيح مقررة - النقابة الوطنية لعاملات وعمال المنازل"
M07_QID = "4DW6tN3zXpZ4"


def m07():
    when = at("2021-02-03 12:15:33")
    text = """السلام عليكم،

تحية نضالية،

أنا رئيسة النقابة الوطنية لعاملات وعمال المنازل بالمغرب. توصلنا بالدعوة ديال الاستعراض الإقليمي عن طريق الاتحاد، وبغينا نشاركو حيت العاملات ديالنا، المغربيات اللي خدامين فالخليج والأجنبيات اللي خدامين هنا فالدار البيضاء والرباط، عندهم بزاف ما يقولو.

كنقترحو الكاتبة العامة ديال النقابة، الأخت نزهة الإدريسي، باش تكون مقررة وتقدم الرسائل الرئيسية ديال أصحاب المصلحة فالمؤتمر. نزهة خدمت 9 سنين فالسعودية قبل ما ترجع، وكتعرف مزيان شنو هو نظام الكفالة وشنو معنى الأجر اللي ما كيتخلصش.

إلا كانت شي معلومة ناقصة، عيطو ليا ولا كتبو ليا هنا.

الله يعاونكم،

رقية بنعيسى
رئيسة النقابة الوطنية لعاملات وعمال المنازل بالمغرب
الهاتف: 00212 6 00 00 00 00
"""
    body = alt(text, "----=_Part_4410285_1086543217.1612350933116", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 5), "sonic309-24.consmr.mail.ir2.yahoo.example.com", "198.51.100.224", M07_QID,
           addr("رقية بنعيسى", "snatm.casa@yahoo.example.fr"), hdr(M07_SUBJ), M07_ID, body,
           extra=[("X-Mailer", YAHOO)])
    add(7, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("نزهة الإدريسي", "الكاتبة العامة", "النقابة الوطنية لعاملات وعمال المنازل بالمغرب", ["rapporteur"])],
        notes="Moroccan Darija ('بغينا نشاركو', 'كنقترحو', 'باش تكون مقررة', 'ديال'): the union's president "
              "proposes its secretary-general (Moroccan 'الكاتبة العامة') as rapporteur ('مقررة وتقدم الرسائل "
              "الرئيسية ديال أصحاب المصلحة'). 'الأخت' is the union form of address, dropped. Affiliation from the "
              "body/signature with 'بالمغرب' (the subject's shorter form is not the fullest). '9 سنين' is noise. "
              "Yahoo webmail, base64, Date UTC+1. Thanked in h294-11."))


# ================================================================ 08  EN  both  Bahraini federation: report + nomination letter, president + alternate
M08_ID = "<AM6PR03MB5170E9C1A4B8D263@AM6PR03MB5170.eurprd03.prod.outlook.example.com>"
M08_SUBJ = "NFWTU - Voluntary GCM Review Report and nomination of speakers"
M08_QID = "4DW9bF6kTmZ7"
M08_REPORT = "NFWTU_Voluntary_GCM_Review_Report_2021.pdf"
M08_LETTER = "NFWTU_Nomination_Letter_GCM_RR_2021.pdf"
M08_PRES = "ebrahim.almahmood@nfwtu.example.bh"


def m08():
    when = at("2021-02-03 15:02:18")
    text = """Dear Sir/Madam,

On behalf of the National Federation of Workers' Trade Unions (NFWTU) in the Kingdom of Bahrain, I am pleased to submit the following:

1. Our voluntary GCM review report, "Migrant Workers in the Private Sector: Flexible Permits, Wage Protection and the Right to Organise" (attached, PDF).

2. The Federation's nomination letter, signed by the President (attached, PDF). As stated in the letter, the Federation nominates:
   - Brother Ebrahim Hasan Al-Mahmood, President of the NFWTU, for a floor intervention in the plenary session;
   - Sister Maryam Jaffar Al-Sayegh, Assistant General Secretary for Migrant Workers' Affairs, as his alternate.

The President is copied on this message.

We remain at your disposal for any further information.

Best regards,

Jassim Al-Aradi
Executive Secretary
National Federation of Workers' Trade Unions (NFWTU)
Manama, Kingdom of Bahrain
Tel: +973 1700 0000

""" + DISCLAIMER_EN + "\n"
    report = rep_pdf("Migrant Workers in the Private Sector: Flexible Permits, Wage Protection and the Right to "
                     "Organise", "National Federation of Workers' Trade Unions (NFWTU), Manama",
                     ["Migrant workers in the private sector", "Flexible work permits", "Wage protection system",
                      "Freedom of association", "Recommendations"])
    letter = make_pdf(["NATIONAL FEDERATION OF WORKERS' TRADE UNIONS (NFWTU)", "Ref: NFWTU/P/2021/019",
                       "Date: 2 February 2021", "", "To: Secretariat, GCM Regional Review - Arab States", "",
                       "Subject: Nomination of speakers", "",
                       "The NFWTU nominates Mr. Ebrahim Hasan Al-Mahmood, President, for a floor intervention",
                       "in the plenary session, and Ms. Maryam Jaffar Al-Sayegh, Assistant General Secretary",
                       "for Migrant Workers' Affairs, as alternate.", "",
                       "Ebrahim Hasan Al-Mahmood, President", "[signature and stamp]"])
    lcid = "image001.png@01D6FA2B.4C8E1D30"
    body = outlook_body(text, "EN-US", "AM6PR03MB5170E9C1A4B8D263_", lcid=lcid, rgb=(0, 100, 60),
                        files=[attach("application/pdf", report, M08_REPORT),
                               attach("application/pdf", letter, M08_LETTER)])
    m = mk(when, sent_at(when, 3, 10), "mail-am6eur03on0658.outbound.protection.outlook.example.com",
           "198.51.100.158", M08_QID, "Jassim Al-Aradi <j.alaradi@nfwtu.example.bh>", M08_SUBJ, M08_ID, body,
           cc="Ebrahim Al-Mahmood <%s>" % M08_PRES,
           extra=outlook(M08_SUBJ, "AQHW+iR7Nb4Kc1Xm8Tz2Lq5Pv9Hd6w==", lang="en-US", has_attach="yes"))
    add(8, when, m, dict(category="both", language="en", acknowledge=True, on_time=True, speakers=[
        sp("Ebrahim Hasan Al-Mahmood", "President", "National Federation of Workers' Trade Unions (NFWTU)",
           ["plenary"]),
        sp("Maryam Jaffar Al-Sayegh", "Assistant General Secretary for Migrant Workers' Affairs",
           "National Federation of Workers' Trade Unions (NFWTU)", ["plenary"])],
        report_attachments=[M08_REPORT],
        notes="both, on time (3 February): two PDFs, the report and a signed nomination letter (not part of the "
              "report); the speakers are named in the body and in the letter. 'Brother'/'Sister' are union forms "
              "of address, dropped; 'President of the NFWTU' gives the title 'President'; the alternate takes the "
              "same plenary role. The sender (Executive Secretary) is not a speaker; the President in Cc answers "
              "our acknowledgement with an out-of-office (h294-09). Outlook with logo and disclaimer, Date UTC+3."))


# ================================================================ 09  EN  auto_reply  the president's Exchange out-of-office on our acknowledgement of 08
def m09():
    when = at("2021-02-03 15:03:07")
    text = """Thank you for your email.

I am travelling on Federation business with limited access to email until Wednesday 10 February 2021. For urgent matters, please contact the Executive Secretary, Mr. Jassim Al-Aradi (j.alaradi@nfwtu.example.bh, +973 1700 0000).

Ebrahim Hasan Al-Mahmood
President
National Federation of Workers' Trade Unions (NFWTU)
"""
    body = alt(text, "_000_AM6PR03MB5170F1D2B3C4A5E6_", html=outlook_html(text, lang="EN-US"))
    rows = exchange_ooo_rows(when, "mail-am6eur03on0660.outbound.protection.outlook.example.com", "198.51.100.160",
                             "4DWbC8mQvTz2", "Ebrahim Al-Mahmood <%s>" % M08_PRES,
                             "<AM6PR03MB5170F1D2B3C4A5E6@AM6PR03MB5170.eurprd03.prod.outlook.example.com>",
                             M08_SUBJ, M08_ID, ack_mid(M08_QID), "en-US", (3, 2))
    add(9, when, top(body, rows), dict(category="auto_reply", language="en", acknowledge=False, on_time=None,
        notes="Exchange out-of-office of the federation president nominated in h294-08 (in Cc), 49 seconds after our "
              "acknowledgement: 'Automatic reply:' subject carrying 'nomination of speakers', his full name, title "
              "and federation in the signature - not a new request. Auto-Submitted, X-Auto-Response-Suppress, null "
              "Return-Path. Never acknowledge; thread_of null as for dev auto-replies."))


# ================================================================ 10  FR  speaker  Tunisian migrant and seasonal workers' union: two speakers, two roles
def m10():
    when = at("2021-02-04 10:40:55")
    subj = "Demande de prise de parole – STMST (deux intervenants)"
    text = """Bonjour,

Yaatik saha pour l'organisation de cet examen régional, et merci d'avoir pensé aux syndicats.

Le Syndicat des Travailleurs Migrants et Saisonniers de Tunisie (STMST) souhaite proposer deux intervenants :

- notre secrétaire général, Mohamed Ali Jendoubi, pour une prise de parole dans la deuxième table ronde thématique (24-25 février). Il y parlera des ouvriers agricoles subsahariens du Cap Bon, payés à la journée, et souvent pas payés du tout à la fin de la saison ;

- notre camarade Awa Traoré, chargée des travailleuses domestiques au bureau exécutif, pour la discussion ouverte de la consultation multipartite du 23 février. Awa est ivoirienne, arrivée à Tunis en 2016 comme employée de maison ; son passeport lui a été confisqué pendant deux ans.

Mohamed Ali peut intervenir en arabe ou en français, Awa en français seulement.

Cordialement,

Hela Mabrouk
Chargée de communication – STMST
Tunis, Tunisie
"""
    tp = leaf("text/plain", flowed(text), "utf-8", "8bit", params=[("format", "flowed"), ("delsp", "no")])
    m = mk(when, sent_at(when, 1, 7), "smtp.topnet.example.tn", "203.0.113.104", "4DX4rM7vWcZ5",
           "Hela Mabrouk <hela.mabrouk@stmst.example.tn>", hdr(subj, enc="Q"),
           "<c2a94f17-8e3b-4d61-a0f5-6b7e2c9d1a48@stmst.example.tn>", tp,
           extra=[("User-Agent", TB), ("Content-Language", "fr")])
    add(10, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True, speakers=[
        sp("Mohamed Ali Jendoubi", "secrétaire général",
           "Syndicat des Travailleurs Migrants et Saisonniers de Tunisie (STMST)", ["roundtable"], 2),
        sp("Awa Traoré", "chargée des travailleuses domestiques au bureau exécutif",
           "Syndicat des Travailleurs Migrants et Saisonniers de Tunisie (STMST)", ["open_discussion"])],
        notes="two speakers in a dashed list with different roles: 'la deuxième table ronde thématique' = "
              "roundtable 2, 'la discussion ouverte de la consultation multipartite du 23 février' = "
              "open_discussion. Titles written before the names in lower case ('notre secrétaire général, ...'), "
              "'camarade' dropped. Tunisian greeting 'Yaatik saha'; 'pendant deux ans', '2016' are noise; the "
              "sender (communication officer) is not a speaker. Thunderbird, 8bit format=flowed, Date UTC+1."))


# ================================================================ 11  AR  other  Darija thank-you answering our acknowledgement of 07
def m11():
    when = at("2021-02-04 18:22:47")
    ack = ack_mid(M07_QID)
    quoted = ack_text("ar", M07_SUBJ, "طلب المشاركة بمداخلة")
    text = """شكرا بزاف على الرد ديالكم، توصلنا بالتأكيد وبلغنا الأخت نزهة، فرحانة بزاف.
كنتمناو ليكم التوفيق فالتنظيم، والله يعاونكم.

رقية


في الأربعاء، 3 فبراير 2021، 11:16:04 ص غرينتش+1، كتب GCM Regional Review Arab States <gcmrrarabstates@iom.int>:

""" + gt(quoted) + "\n"
    body = alt(text, "----=_Part_4822917_305118742.1612455763450", html=yahoo_html(text, rtl=True), b64=True)
    m = mk(when, sent_at(when, 1, 4), "sonic310-27.consmr.mail.ir2.yahoo.example.com", "198.51.100.227",
           "4DXm2Hq8RbZ0", addr("رقية بنعيسى", "snatm.casa@yahoo.example.fr"),
           re_hdr("Re: ", "تأكيد استلام - " + M07_SUBJ),
           "<1655023874.4822918.1612455763452@mail.yahoo.example.com>", body,
           extra=[("X-Mailer", YAHOO), ("In-Reply-To", ack), ("References", M07_ID + " " + ack)])
    add(11, when, m, dict(category="other", language="ar", acknowledge=False, on_time=None, thread_of=H % 7,
        notes="Darija thank-you ('شكرا بزاف', 'توصلنا بالتأكيد', 'فرحانة بزاف') replying to our acknowledgement of "
              "h294-07 (References name it): it adds nothing new, so no acknowledgement. It names the speaker by "
              "first name only ('الأخت نزهة'); the quoted acknowledgement repeats the subject with 'ترشيح مقررة'. "
              "Yahoo, Arabic-localised quote header."))


# ================================================================ 12  FR  speaker  FNTBTP: the alternate replaces the speaker, a new alternate, amended letter (thread of 04)
def m12():
    when = at("2021-02-05 12:10:31")
    ack = ack_mid(M04_QID)
    quoted_ack = ack_text("fr", M04_SUBJ, "votre demande de prise de parole")
    letter_name = "Lettre de désignation modifiée FNTBTP - PMM 2021.pdf"
    text = """Madame, Monsieur,

Suite à notre courrier du 29 janvier, dont vous avez bien voulu accuser réception, nous vous informons que le camarade Hamid Benchekroun ne pourra pas participer à la conférence, pour raisons de santé.

Le Bureau fédéral a donc décidé que la camarade Fatima Zahra Alaoui, Responsable de la commission des travailleuses et des jeunes, désignée initialement comme suppléante, interviendra en séance plénière à sa place. Sa suppléante sera désormais la camarade Siham Berrada, Chargée des relations internationales.

Vous trouverez ci-joint la lettre de désignation modifiée, qui annule et remplace celle du 28 janvier.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations syndicales.

Abdelkrim Ouazzani
Secrétaire général
Fédération Nationale des Travailleurs du Bâtiment et des Travaux Publics (FNTBTP)
Bd Mohammed VI, Casablanca – Maroc
Tél. : +212 5 22 00 00 00

""" + DISCLAIMER_FR + """

________________________________
De : GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Envoyé : vendredi 29 janvier 2021 10:06
À : Abdelkrim Ouazzani <a.ouazzani@fntbtp.example.ma>
Objet : Accusé de réception - """ + M04_SUBJ + "\n\n" + quoted_ack + "\n"
    letter = make_pdf(["FEDERATION NATIONALE DES TRAVAILLEURS DU BATIMENT ET DES TRAVAUX PUBLICS (FNTBTP)",
                       "Casablanca, le 4 fevrier 2021", "Ref. : FNTBTP/BF/2021-11", "",
                       "Objet : Designation modifiee - Examen regional du PMM (region arabe)",
                       "Annule et remplace la lettre Ref. FNTBTP/BF/2021-07 du 28 janvier 2021", "",
                       "- Titulaire : Mme Fatima Zahra Alaoui, Responsable de la commission des travailleuses",
                       "  et des jeunes", "- Suppleante : Mme Siham Berrada, Chargee des relations internationales",
                       "pour une intervention en seance pleniere (24-25 fevrier 2021).", "",
                       "Le Secretaire general, Abdelkrim Ouazzani", "[signature et cachet]"])
    lcid = "image001.png@01D6FBA1.5D3E7C20"
    body = outlook_body(text, "FR", "PR3P191MB1032C8F5E3AB1D72_", lcid=lcid, rgb=(230, 120, 0),
                        files=[attach("application/pdf", letter, letter_name)])
    subj = hdr("RE: Accusé de réception - " + M04_SUBJ, enc="Q")
    m = mk(when, sent_at(when, 1, 8), "mail-pr3p191.outbound.protection.outlook.example.com", "198.51.100.192",
           "4DY7kL3nQwZ9", M04_FROM, subj,
           "<PR3P191MB1032C8F5E3AB1D72@PR3P191MB1032.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr("Accusé de réception - " + M04_SUBJ, enc="Q"), "AQHW9kY4Hc2Lm7Xr1Pb8Tz5Qn0Vd3wAKx7mQ",
                         lang="fr-FR", has_attach="yes")
           + [("In-Reply-To", ack), ("References", M04_ID + " " + ack)])
    add(12, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=True,
        thread_of=H % 4, speakers=[
            sp("Fatima Zahra Alaoui", "Responsable de la commission des travailleuses et des jeunes",
               "Fédération Nationale des Travailleurs du Bâtiment et des Travaux Publics (FNTBTP)", ["plenary"]),
            sp("Siham Berrada", "Chargée des relations internationales",
               "Fédération Nationale des Travailleurs du Bâtiment et des Travaux Publics (FNTBTP)", ["plenary"])],
        notes="follow-up replacing the nomination of h294-04 (Outlook 'RE:' to our acknowledgement, References "
              "name h294-04), on the deadline day before noon: the withdrawn speaker is named but no longer "
              "proposed; the former alternate becomes the speaker and a new alternate is named, both plenary "
              "('interviendra en séance plénière', alternate implied). The new alternate's affiliation is only the "
              "federation of the signature. Amended designation letter attached (not a report); the quoted French "
              "acknowledgement is noise."))


# ================================================================ 13  AR  speaker  Lebanese construction union SG (Levantine) at 23:55 on the speaker deadline
M13_ID = "<VI1PR08MB3390D4A7E2C5B169@VI1PR08MB3390.eurprd08.prod.outlook.example.com>"
M13_SUBJ = "طلب مداخلة - الاتحاد العام لنقابات عمال البناء والأخشاب في لبنان"
M13_QID = "4DYz5Wn1KtZ3"
M13_OLD = "ittihad.binaa@cyberia-mail.example.net.lb"


def m13():
    when = at("2021-02-05 23:55:40")
    text = """حضرة الأمانة المحترمة،

مسا الخير، وبعتذر عالتأخير، كنّا عم نستنّى قرار المجلس التنفيذي يلّي اجتمع اليوم المسا.

باسم الاتحاد العام لنقابات عمال البناء والأخشاب في لبنان، بدّي اطلب مداخلة بالطاولة المستديرة الأولى، وبكون أنا المتحدث عن الاتحاد. عمّال الورش عنّا لبنانيين وسوريين ومصريين، وأكتر شي بيعانوا منه هلّق إنّو المقاول بيختفي قبل القبض، ويلّي إقامته على اسم كفيل ما بيقدر يشتكي.

معلوماتي:
الاسم: خليل يوسف حداد
الصفة: الأمين العام
الجهة: الاتحاد العام لنقابات عمال البناء والأخشاب في لبنان

حاطط عنوان الاتحاد القديم بالنسخة لأنّو الزملاء لسّا بيفتحوه.

مع التحية النقابية،
خليل حداد
الأمين العام
الاتحاد العام لنقابات عمال البناء والأخشاب في لبنان
بيروت - كورنيش النهر
"""
    lcid = "image001.png@01D6FBF2.3A9C4E10"
    body = outlook_body(text, "AR-LB", "VI1PR08MB3390D4A7E2C5B169_", lcid=lcid, rgb=(20, 60, 140), rtl=True,
                        b64=True)
    m = mk(when, sent_at(when, 2, 9), "mail-vi1eur08on0623.outbound.protection.outlook.example.com",
           "198.51.100.123", M13_QID, addr("خليل حداد", "k.haddad@fgbwul.example.org.lb"), hdr(M13_SUBJ), M13_ID,
           body, cc=addr("الاتحاد العام لنقابات عمال البناء", M13_OLD),
           extra=outlook(hdr(M13_SUBJ), "Adb8H2Kq7Lx4Nm1Pv9Tz3Rc6Wb5Y0A==", lang="ar-LB", has_attach="no"))
    add(13, when, m, dict(category="speaker_request", language="ar", acknowledge=True, on_time=True, speakers=[
        sp("خليل يوسف حداد", "الأمين العام", "الاتحاد العام لنقابات عمال البناء والأخشاب في لبنان",
           ["roundtable"], 1)],
        notes="deadline edge: received 23:55:40 Beirut time on Friday 5 February, on time although the sender "
              "apologises. Self-nomination in Levantine Arabic ('بدّي اطلب مداخلة بالطاولة المستديرة الأولى، وبكون "
              "أنا المتحدث'), then labelled lines (الاسم/الصفة/الجهة) with the full three-part name; the signature "
              "shortens it to 'خليل حداد'. Outlook, base64, signature logo (X-MS-Has-Attach: no). The old union "
              "address in Cc bounces our acknowledgement (h294-14)."))


# ================================================================ 14  EN  bounce  the Cc copy of our acknowledgement of 13: mailbox full
def m14():
    when = at("2021-02-05 23:56:09")
    rcpt = M13_OLD
    text = POSTFIX_NOTICE + """
<%s>: host mx1.cyberia-mail.example.net.lb[203.0.113.19] said:
    552 5.2.2 <%s>: Mailbox full - quota exceeded (in reply to RCPT TO
    command)
""" % (rcpt, rcpt)
    dsn = ("Reporting-MTA: dns; mx1.iom.int\n"
           "X-Postfix-Queue-ID: 4DYz6Bq2LvZ5\n"
           "X-Postfix-Sender: rfc822; gcmrrarabstates@iom.int\n"
           "Arrival-Date: %s\n\n"
           "Final-Recipient: rfc822; %s\n"
           "Original-Recipient: rfc822;%s\n"
           "Action: failed\n"
           "Status: 5.2.2\n"
           "Remote-MTA: dns; mx1.cyberia-mail.example.net.lb\n"
           "Diagnostic-Code: smtp; 552 5.2.2 <%s>: Mailbox full - quota exceeded\n"
           % (rfcdate(when - dt.timedelta(seconds=7), "EET"), rcpt, rcpt, rcpt))
    ack_subj = str(hdr("تأكيد استلام - " + M13_SUBJ).encode())
    hdrs = ("Return-Path: <gcmrrarabstates@iom.int>\n"
            "From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>\n"
            "To: %s <k.haddad@fgbwul.example.org.lb>\n"
            "Cc: %s <%s>\n"
            "Subject: %s\n"
            "Date: %s\n"
            "Message-ID: %s\n"
            "In-Reply-To: %s\n"
            "References: %s\n"
            % (str(hdr("خليل حداد").encode()), str(hdr("الاتحاد العام لنقابات عمال البناء").encode()), rcpt,
               ack_subj, rfcdate(when - dt.timedelta(seconds=10)), ack_mid(M13_QID), M13_ID, M13_ID))
    body = dsn_report(text, dsn, hdrs, "4DYz6Jr4NwZ7.1612562169/mx1.iom.int")
    rows = [("Return-Path", "<>"), ("Delivered-To", "gcmrrarabstates@iom.int"),
            ("Received", "by mx1.iom.int (Postfix)\r\n\tid 4DYz6Jr4NwZ7; %s" % rfcdate(when, "EET")),
            ("Date", rfcdate(when, "EET")),
            ("From", "MAILER-DAEMON@mx1.iom.int (Mail Delivery System)"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("To", "gcmrrarabstates@iom.int"),
            ("Auto-Submitted", "auto-replied"),
            ("Message-Id", "<20210205215609.4DYz6Jr4NwZ7@mx1.iom.int>")]
    add(14, when, top(body, rows), dict(category="bounce", language="en", acknowledge=False, on_time=None,
        notes="Postfix DSN (552 5.2.2 mailbox full) for the copy of our acknowledgement of h294-13 sent to the old "
              "union address in Cc, 29 seconds after the request and still before the speaker deadline; the "
              "returned headers carry the request's Arabic subject (RFC 2047) and In-Reply-To h294-13. Never "
              "acknowledge; thread_of null as for dev bounces."))


# ================================================================ 15  FR  speaker  Nouakchott dockers' union: rapporteur, three minutes late
def m15():
    when = at("2021-02-06 00:02:51")
    subj = "Proposition de rapporteur – Syndicat Libre des Dockers de Nouakchott"
    text = """Bonsoir,

Nous espérons que ce message vous parviendra dans les délais : nous avons eu une coupure d'électricité au siège toute la soirée et nous venons seulement de retrouver la connexion.

Le Syndicat Libre des Dockers et Travailleurs Portuaires de Nouakchott (SLDTPN) propose son secrétaire chargé des travailleurs migrants, Sidi Mohamed Ould Ahmedou, comme rapporteur, pour présenter les messages clés des parties prenantes. Plus de la moitié des journaliers du port sont sénégalais, maliens ou guinéens, recrutés chaque matin à la porte sans contrat ni assurance ; Sidi Mohamed les représente depuis 2017.

Bien à vous,

Mariem Mint Ely
Secrétaire administrative – SLDTPN
Nouakchott – Mauritanie
"""
    body = alt(text, "000000000000c3f18a05baa2e7d4", html=gmail_html(text))
    m = mk(when, sent_at(when, 0, 7), "mail-wr1-f66.google.example.com", "192.0.2.166", "4DZ0bT5mHxZ8",
           "Mariem Mint Ely <sldtpn.nkc@gmail.example.com>", hdr(subj, enc="Q"),
           "<CAM5xPq7Kv2nW9tR+b3Lz8Hc1sQ6dFy4jE7@mail.gmail.example.com>", body)
    add(15, when, m, dict(category="speaker_request", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Sidi Mohamed Ould Ahmedou", "secrétaire chargé des travailleurs migrants",
           "Syndicat Libre des Dockers et Travailleurs Portuaires de Nouakchott (SLDTPN)", ["rapporteur"])],
        notes="deadline edge, late: the Date header says Fri 5 Feb 22:02 +0000 (Mauritania, UTC+0), but the server "
              "received it at 00:02:51 on 6 February Beirut time: late by under three minutes; the sender hopes it "
              "arrives in time. 'comme rapporteur, pour présenter les messages clés des parties prenantes' = "
              "rapporteur; title before the name; the subject's short union name is not the fullest form. The "
              "sender (administrative secretary) is not the speaker. Gmail."))


# ================================================================ 16  EN  report  ARFBWU joint report + annex, in a reply to the secretariat's answer (thread of 01)
M16_FILES = ["ARFBWU Joint Report - Wages Built on Sand.pdf",
             "Annex 1 - Case log of unpaid wage complaints 2019-2020.pdf"]


def m16():
    when = at("2021-02-08 11:31:05")
    answer_id = "<AM0PR09MB2946B1E7C3D4F580@AM0PR09MB2946.eurprd09.prod.outlook.example.com>"
    answer = """Dear Mr Nasrallah,

Thank you for your message.

1. A joint report may be submitted once, by the Federation, on behalf of all co-authoring unions; please list them in the report.
2. Speaker requests may indicate an alternate, with name, title and organisational affiliation, by Friday 5 February 2021.
3. There is no template; a concise report (ideally under 15 pages, with annexes as separate files) is recommended. The deadline for voluntary reports has been extended to Tuesday 16 February 2021.

Kind regards,
GCM Regional Review - Arab States"""
    text = """Dear colleagues,

Thank you again for your clear answer of 27 January, which we shared with all our affiliates.

As agreed, please find attached the joint voluntary GCM review report "Wages Built on Sand: Wage Theft, Passport Confiscation and Kafala in the Construction Sector", submitted by the Federation on behalf of five co-authoring unions:
- General Union of Construction and Wood Workers - Jordan
- General Federation of Building and Wood Workers' Unions in Lebanon
- Iraqi Union of Construction and Cement Workers
- Egyptian Independent Union of Building Workers
- Regional Union of Construction Workers of Sfax (Tunisia)

The report (14 pages) comes with a separate annex, the case log of 312 unpaid-wage complaints handled by the affiliates in 2019-2020, which is part of the submission.

On your second point: our Executive Bureau met on 4 February and decided that the Federation will not propose a speaker of its own. Two of our affiliates have sent their own requests to you, and we preferred to leave the floor to workers from the sites rather than to the regional office.

In solidarity,

Samir Nasrallah
General Secretary
Arab Regional Federation of Building and Wood Workers' Unions (ARFBWU)
Jabal Al-Hussein, Amman - Jordan
Tel: +962 6 000 0000 | Fax: +962 6 000 0001
www.arfbwu.example.org

""" + DISCLAIMER_EN + """

From: GCM Regional Review Arab States <gcmrrarabstates@iom.int>
Sent: Wednesday, January 27, 2021 2:15 PM
To: Samir Nasrallah <s.nasrallah@arfbwu.example.org>
Subject: RE: """ + M01_SUBJ + "\n\n" + answer + """

From: Samir Nasrallah
Sent: Tuesday, January 26, 2021 10:12 AM
To: gcmrrarabstates@iom.int
Subject: """ + M01_SUBJ + "\n\n" + M01_TEXT.split("In solidarity,")[0].rstrip("\n") + "\n"
    rep = rep_pdf("Wages Built on Sand: Wage Theft, Passport Confiscation and Kafala in the Construction Sector",
                  "Arab Regional Federation of Building and Wood Workers' Unions (ARFBWU) and five affiliates",
                  ["Who built the region's cities", "Wage theft on construction sites", "Passport confiscation",
                   "Kafala and subcontracting chains", "Recommendations to governments and employers"])
    annex = make_pdf(["Annex 1 - Case log of unpaid wage complaints 2019-2020", "ARFBWU affiliates", "",
                      "No. | Country | Nationality | Months unpaid | Amount (USD) | Outcome",
                      "001 | Jordan | Egyptian | 4 | 1,180 | pending", "002 | Lebanon | Syrian | 6 | 2,050 | settled",
                      "003 | Iraq | Bangladeshi | 3 | 960 | employer absconded", "...",
                      "312 | Tunisia | Ivorian | 2 | 540 | pending"])
    body = outlook_body(text, "EN-GB", "DB7PR02MB4410E5F8A3C71D24_", lcid="image001.png@01D6FE0B.2C7A5D90",
                        rgb=(200, 30, 30), files=[attach("application/pdf", rep, M16_FILES[0]),
                                                  attach("application/pdf", annex, M16_FILES[1])])
    subj = "RE: " + M01_SUBJ
    m = mk(when, sent_at(when, 2, 9), "mail-db7eur02on0614.outbound.protection.outlook.example.com",
           "198.51.100.14", "4F0Kc4Tr8WzZ", "Samir Nasrallah <s.nasrallah@arfbwu.example.org>", subj,
           "<DB7PR02MB4410E5F8A3C71D24@DB7PR02MB4410.eurprd02.prod.outlook.example.com>", body,
           extra=outlook(subj, "AdbzwnQ1Lx8Pk3Vr6Tm9Zc2Nb5HqAG4kR2s", lang="en-GB", has_attach="yes")
           + [("In-Reply-To", answer_id), ("References", M01_ID + " " + answer_id)])
    add(16, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        thread_of=H % 1, report_attachments=M16_FILES,
        notes="the joint report announced in h294-01, sent as an Outlook 'RE:' to the secretariat's answer "
              "(References name h294-01): thread_of points to the question that opened the exchange. Two PDFs, "
              "the report and its annex (case log), both part of the submission; the signature logo is not. "
              "'decided that the Federation will not propose a speaker' keeps it a report only; the quoted answer "
              "and quoted first mail repeat 'alternate', 'speaker' and both deadlines."))


# ================================================================ 17  AR  report  joint report of three Lebanese unions on kafala reform (DOCX)
M17_ID = "<CAF8pLx3Qz6nV1wK+m9Tb4Rc7sH2dGy5eN0@mail.gmail.example.com>"
M17_SUBJ = "تقرير طوعي مشترك - تحالف النقابات من أجل إلغاء نظام الكفالة في لبنان"
M17_FILE = "تقرير نقابي مشترك - إصلاح نظام الكفالة.docx"
M17_TEXT = """حضرات السادة في أمانة الاستعراض الإقليمي المحترمين،

تحية نقابية وبعد،

يسرّنا أن نرسل إليكم مرفقاً التقرير الطوعي المشترك الذي أعدّته ثلاث نقابات لبنانية في إطار الاستعراض الإقليمي للاتفاق العالمي من أجل الهجرة الآمنة والمنظمة والنظامية، بعنوان «العمل بلا كفيل: مقترحات نقابية لإصلاح نظام الكفالة في لبنان».

النقابات المشاركة في إعداد التقرير:
1. نقابة عاملات المنازل المهاجرات في لبنان
2. الاتحاد العام لنقابات عمال البناء والأخشاب في لبنان
3. نقابة العاملين في محطات الوقود والمرائب

يتناول التقرير عقد العمل الموحّد الذي أُوقف العمل به، وحجز جوازات السفر، والأجور غير المدفوعة منذ الأزمة الاقتصادية وانفجار مرفأ بيروت، واستثناء العاملات في المنازل من قانون العمل (المادة 7)، ويقترح آلية لنقل الكفالة دون موافقة صاحب العمل.

مع التقدير،
جنى الأشقر
المستشارة القانونية لتحالف النقابات
بيروت - لبنان
"""


def m17():
    when = at("2021-02-09 14:45:20")
    doc = make_docx(["Al-Amal bila kafil: trade union proposals to reform the kafala system in Lebanon",
                     "Joint voluntary report - three unions (draft for submission)",
                     "1. The unified contract", "2. Passport confiscation", "3. Unpaid wages since 2019",
                     "4. Article 7 of the Labour Code", "5. Recommendations"])
    a = alt(M17_TEXT, "0000000000005d2e8f05bae71c39", html=gmail_html(M17_TEXT, rtl=True), b64=True)
    body = multi("mixed", [a, attach(DOCX, doc, M17_FILE)], "0000000000005d2e9105bae71c3b")
    m = mk(when, sent_at(when, 2, 10), "mail-ej1-f48.google.example.com", "192.0.2.48", "4F1Pq7Vs2NzZ",
           addr("Jana Al Ashkar", "jana.ashkar.law@gmail.example.com"), hdr(M17_SUBJ), M17_ID, body)
    add(17, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        report_attachments=[M17_FILE],
        notes="joint report of three Lebanese unions (listed, among them the unions of h294-02 and h294-13) sent by "
              "their coalition's legal adviser; DOCX with a long Arabic name (RFC 2231 + RFC 2047). 'المادة 7' is "
              "an article of the labour code, not a roundtable; the union names are co-authors, not speakers. "
              "Gmail, base64, Latin From name. Replaced by a PDF in h294-20."))


# ================================================================ 18  FR  both  Algerian confederation: report on time, speaker late
M18_FILE = "Rapport volontaire CSAB – PMM 2021.pdf"


def m18():
    when = at("2021-02-10 17:12:40")
    subj = "Rapport volontaire de la CSAB – examen régional PMM"
    text = """Madame, Monsieur,

La Confédération des Syndicats Autonomes du Bâtiment (CSAB) a le plaisir de vous transmettre son rapport volontaire dans le cadre de l'examen régional du Pacte mondial sur les migrations (fichier PDF ci-joint). Le rapport a été rédigé avec nos syndicats membres, dont le SNATC d'Oran, auteur du chapitre consacré aux chantiers du Sud.

Il porte sur les travailleurs migrants subsahariens employés sans contrat sur les chantiers d'Alger, d'Oran et de Tamanrasset : salaires retenus, expulsions sans paiement des arriérés, absence de toute voie de recours.

Par ailleurs, et si cela est encore possible malgré la date, nous souhaiterions que notre président, Rachid Belkacemi, puisse intervenir dans la troisième table ronde thématique.

Salutations syndicales,

Nadia Ferhat
Secrétaire nationale chargée de la communication
Confédération des Syndicats Autonomes du Bâtiment (CSAB)
Alger – Algérie
"""
    pdf = rep_pdf("Rapport volontaire - Confederation des Syndicats Autonomes du Batiment (CSAB)",
                  "Alger, fevrier 2021", ["Les chantiers et leurs travailleurs migrants", "Salaires retenus",
                                          "Expulsions et arrieres", "Les chantiers du Sud (SNATC)",
                                          "Recommandations"])
    a = alt(text, "_000_MRXP264MB0621A9D3C5E7F148_", html=outlook_html(text, lang="FR"))
    body = multi("mixed", [a, attach("application/pdf", pdf, M18_FILE)], "_005_MRXP264MB0621A9D3C5E7F148_")
    m = mk(when, sent_at(when, 1, 8), "mail-mr2fra01on0612.outbound.protection.outlook.example.com",
           "198.51.100.212", "4F2Wx8Lc3RzZ", addr("Nadia Ferhat", "n.ferhat@csab-dz.example.org"),
           hdr(subj, enc="Q"), "<MRXP264MB0621A9D3C5E7F148@MRXP264MB0621.FRAP264.PROD.OUTLOOK.example.com>", body,
           extra=outlook(hdr(subj, enc="Q"), "AQHW/7Zk3Rm8Vx1Nc4Pb9Lq2Tz5Hd6w==", lang="fr-FR", has_attach="yes"))
    add(18, when, m, dict(category="both", language="fr", acknowledge=True, on_time=False, speakers=[
        sp("Rachid Belkacemi", "président", "Confédération des Syndicats Autonomes du Bâtiment (CSAB)",
           ["roundtable"], 3)],
        report_attachments=[M18_FILE],
        notes="'both' on 10 February: the report is on time but the speaker part is late ('si cela est encore "
              "possible malgré la date'), so on_time false. Speaker in one sentence ('notre président, Rachid "
              "Belkacemi'), 'la troisième table ronde thématique' = 3. The confederation is the one the SNATC "
              "(h294-06) said would speak for it; the member union SNATC is a co-author, not a speaker. PDF name "
              "with an en dash (RFC 2231 + RFC 2047). Outlook, Date UTC+1."))


# ================================================================ 19  EN  other  global union regional office: late endorsements, where is our speaker?
def m19():
    when = at("2021-02-11 09:48:27")
    subj = "Joint report by three affiliates - endorsement after 16 February?"
    text = """Dear colleagues,

I am writing from the Middle East and North Africa office of the International Federation of Construction and Allied Workers (IFCAW).

Three of our affiliates in the Gulf and in Iraq have finished a joint report on heat stress, wage theft and the kafala system on construction sites. Under their statutes, the report must be endorsed by each union's executive committee before it can be submitted, and the last of these committees only meets on 20 February.

Would a report received after 16 February still be considered for the regional review, even only as background for the summary? If not, could the affiliates send the unendorsed draft now and the endorsed version later?

Separately: the request for our General Secretary to speak in Roundtable 2, which we sent on 2 February, was acknowledged, but we have not heard whether he has a slot. Could you tell us when the programme and the list of speakers will be shared?

Many thanks, and best regards,

Nour Chahine
Regional Coordinator, Middle East and North Africa
International Federation of Construction and Allied Workers (IFCAW)
Beirut, Lebanon
"""
    body = alt(text, "Apple-Mail=_3E9A1C27-5B4D-4F80-9C61-D2A8E7B30F15", html=apple_html(text))
    m = mk(when, sent_at(when, 2, 6), "mail.ifcaw-mena.example.org", "203.0.113.88", "4F3Bv6Kq1TzZ",
           "Nour Chahine <n.chahine@ifcaw-mena.example.org>", subj,
           "<9B1E4C72-3A58-4D07-8F2C-61E0D5B9A3F4@ifcaw-mena.example.org>", body, extra=[("X-Mailer", APPLE)])
    add(19, when, m, dict(category="other", language="en", acknowledge=True, on_time=None,
        notes="questions from a global union's regional office: can a joint report endorsed after the deadline "
              "still count, may a draft be sent first; and where is the speaker it requested on 2 February (a "
              "request not in this set). It submits no report (not yet endorsed) and proposes no new speaker; "
              "'Roundtable 2', 'General Secretary' and both dates are decoys. Apple Mail."))


# ================================================================ 20  AR  report  the kafala report replaced by a PDF after a fourth union joins (thread of 17)
def m20():
    when = at("2021-02-12 16:05:12")
    fname = "تقرير نقابي مشترك - إصلاح نظام الكفالة - النسخة المعدلة.pdf"
    text = """حضرات السادة المحترمين،

إلحاقاً برسالتنا المؤرخة في 9 شباط، نرسل إليكم النسخة المعدّلة من التقرير النقابي المشترك، بعد أن انضمّت إليه نقابة رابعة هي نقابة عمال التنظيفات والخدمات في لبنان، وأُضيف إليه فصل عن عمال النظافة المهاجرين في البلديات.

نرجو اعتماد هذه النسخة (بصيغة PDF) بدلاً من ملف الوورد السابق، وعذراً على الإزعاج.

مع التقدير،
جنى الأشقر
المستشارة القانونية لتحالف النقابات

في الثلاثاء، 9 فبراير 2021 في 2:45 م، كتب Jana Al Ashkar <jana.ashkar.law@gmail.example.com>:

""" + gt(M17_TEXT) + "\n"
    pdf = rep_pdf("Al-Amal bila kafil - joint trade union report (revised, four unions)", "Beirut, February 2021",
                  ["The unified contract", "Passport confiscation", "Unpaid wages since 2019",
                   "Article 7 of the Labour Code", "Migrant cleaners in municipalities (new)", "Recommendations"])
    a = alt(text, "000000000000e9a14705bb1c5d26", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000e9a14905bb1c5d28")
    m = mk(when, sent_at(when, 2, 7), "mail-ej1-f48.google.example.com", "192.0.2.48", "4F4Ht2Xw9MzZ",
           addr("Jana Al Ashkar", "jana.ashkar.law@gmail.example.com"), re_hdr("Re: ", M17_SUBJ),
           "<CAF8pLx5Wv2kR7nM+q1Hc6Tz3sB9dGe4jK8@mail.gmail.example.com>", body,
           extra=[("In-Reply-To", M17_ID), ("References", M17_ID)])
    add(20, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=True,
        thread_of=H % 17, report_attachments=[fname],
        notes="revised report replacing h294-17 ('نرجو اعتماد هذه النسخة ... بدلاً من ملف الوورد السابق') after a "
              "fourth union joined: Gmail reply to the sender's own message (In-Reply-To h294-17), PDF with an "
              "Arabic name (RFC 2231 + RFC 2047); only the new file is attached and listed. The quoted original "
              "still says 'ثلاث نقابات' and 'يسرّنا أن نرسل إليكم مرفقاً'."))


# ================================================================ 21  FR  report  joint report of three Tunisian unions (DOCX, Roundcube); speakers 'unchanged'
M21_FILE = "Rapport conjoint STMST – Travailler sans être payé.docx"


def m21():
    when = at("2021-02-15 19:40:03")
    subj = "Rapport conjoint – vol de salaires et travailleurs migrants en Tunisie"
    text = """Bonjour,

Veuillez trouver ci-joint le rapport volontaire conjoint de trois syndicats tunisiens :
– le Syndicat des Travailleurs Migrants et Saisonniers de Tunisie (STMST),
– le Syndicat régional des ouvriers agricoles de Nabeul,
– le Syndicat des employés de maison et assimilés de Sfax.

Intitulé « Travailler sans être payé », il rassemble 214 témoignages de travailleuses et travailleurs migrants privés de tout ou partie de leur salaire en 2020, et formule nos recommandations : ratification de la convention n° 189 de l'OIT, suppression des pénalités de dépassement de séjour qui empêchent les victimes de porter plainte, et inspection du travail dans les exploitations agricoles.

Nos deux intervenants proposés le 4 février (discussion ouverte et deuxième table ronde) restent inchangés.

Cordialement,

Hela Mabrouk
Chargée de communication – STMST
Tunis, Tunisie
"""
    doc = make_docx(["Travailler sans etre paye - Rapport volontaire conjoint",
                     "STMST, Syndicat regional des ouvriers agricoles de Nabeul, Syndicat des employes de maison "
                     "de Sfax", "1. 214 temoignages", "2. Agriculture", "3. Travail domestique",
                     "4. Penalites de depassement de sejour", "5. Recommandations"])
    tp = leaf("text/plain", text, "utf-8", "quoted-printable")
    body = multi("mixed", [tp, attach(DOCX, doc, M21_FILE)], "=_b71c4e29a0f35d86e12c7a94b3f6d051")
    m = mk(when, sent_at(when, 1, 5), "webmail.stmst.example.tn", "203.0.113.105", "4F6Cn3Rq7WzZ",
           "Hela Mabrouk <hela.mabrouk@stmst.example.tn>", hdr(subj, enc="Q"),
           "<3f9d1b7e62a54c08b1e7a2c94d6f8051@stmst.example.tn>", body, extra=[("User-Agent", ROUNDCUBE)])
    add(21, when, m, dict(category="voluntary_report", language="fr", acknowledge=True, on_time=True,
        report_attachments=[M21_FILE],
        notes="joint report of three Tunisian unions (DOCX, en dash and accents in the name, RFC 2231 + RFC 2047), "
              "sent by the union of h294-10: 'Nos deux intervenants proposés le 4 février ... restent inchangés' "
              "only confirms the earlier request, so report only, and a new submission (thread_of null, no "
              "reference to h294-10). 'convention n° 189' and '214 témoignages' are noise. Roundcube, QP plain "
              "text."))


# ================================================================ 22  EN  report  Iraqi federation from an iPhone at 23:58 on the report deadline
def m22():
    when = at("2021-02-16 23:58:30")
    subj = "Voluntary report - GFICWU (Iraq)"
    fname = "GFICWU voluntary report GCM 2021.pdf"
    part1 = """Dear Secretariat,

Please find attached the voluntary GCM review report of the General Federation of Iraqi Construction Workers' Unions (GFICWU), on foreign workers on reconstruction sites in Baghdad, Basra and Erbil: workers brought in by subcontractors without registration, confiscated passports, and wages withheld for months.

Our President already wrote to you on 4 February about the speaking role, so this message is only for the report.

Apologies for sending so late, we were waiting for the President's final sign-off.

Regards,
Ali Kadhim Al-Jubouri
International Relations Officer, GFICWU
Baghdad
"""
    part2 = """

Sent from my iPhone
"""
    pdf = rep_pdf("Voluntary GCM review report - General Federation of Iraqi Construction Workers' Unions",
                  "Baghdad, February 2021", ["Foreign workers on reconstruction sites", "Subcontracting chains",
                                             "Passport confiscation", "Withheld wages", "Recommendations"])
    att = leaf("application/pdf", pdf, cte="base64", params=[("name", '"%s"' % fname), ("x-unix-mode", "0644")],
               disp='inline; filename="%s"' % fname)
    body = multi("mixed", [leaf("text/plain", part1), att, leaf("text/plain", part2)],
                 "Apple-Mail-2B7E91C4-6D30-4A85-B1F2-E4C9A07D5368")
    m = mk(when, sent_at(when, 3, 11), "mail.gficwu.example.iq", "203.0.113.203", "4F7Rz9Lm4KzZ",
           "Ali Al-Jubouri <ali.aljubouri@gficwu.example.iq>", subj,
           "<D4A7C2E9-81F3-4B56-9E0A-3C6B2F1D8E47@gficwu.example.iq>", body, extra=[("X-Mailer", IPHONE)])
    add(22, when, m, dict(category="voluntary_report", language="en", acknowledge=True, on_time=True,
        report_attachments=[fname],
        notes="deadline edge: received 23:58:30 Beirut time on 16 February, while the Date header already says "
              "Wed 17 Feb 00:58 +0300 (Baghdad): on time. iPhone layout, text / inline PDF / text: the inline PDF "
              "is the report. 'Our President already wrote to you on 4 February about the speaking role, so this "
              "message is only for the report': no speaker here."))


# ================================================================ 23  AR  report  two Tunisian regional unions (Tunisian Arabic), one day late, give up the speaker
def m23():
    when = at("2021-02-17 10:26:44")
    subj = "تقرير مشترك - نقابات عملة البناء بصفاقس وقابس"
    fname = "التقرير المشترك - نقابات البناء صفاقس وقابس.pdf"
    text = """السلام عليكم،

نعتذروا برشا على التأخير، التقرير كان حاضر من الجمعة اللي فاتت أما استنينا إمضاء النقابة الثانية وما وصلناش كان البارح في الليل.

تلقاو في المرفق التقرير الطوعي المشترك متاع النقابة الجهوية لعملة البناء بصفاقس والنقابة الجهوية لعملة البناء بقابس، على العملة الأفارقة من جنوب الصحراء اللي يخدموا في الحضائر بلا عقود وبلا تغطية اجتماعية، وعلى الشهريات اللي تتسرق منهم كل آخر شهر.

كنا حابين زادة نقترحوا واحد منا يحكي في المائدة المستديرة، أما فهمنا اللي الآجال فاتت، ماعادش نطلبوا.

إن شاء الله يتقبل التقرير رغم التأخير، وشكرا.

منير الجلاصي
الكاتب العام للنقابة الجهوية لعملة البناء بصفاقس
"""
    pdf = rep_pdf("Rapport conjoint - Syndicats regionaux des ouvriers du batiment de Sfax et Gabes",
                  "Sfax, fevrier 2021", ["Les chantiers de Sfax et Gabes", "Travail sans contrat",
                                         "Salaires voles", "Recommandations"])
    a = alt(text, "000000000000f3b82c05bb7d9e41", html=gmail_html(text, rtl=True), b64=True)
    body = multi("mixed", [a, attach("application/pdf", pdf, fname)], "000000000000f3b82e05bb7d9e43")
    m = mk(when, sent_at(when, 1, 9), "mail-wm1-f53.google.example.com", "192.0.2.53", "4F8Dk5Ws1PzZ",
           addr("Mounir Jlassi", "mounir.jlassi.ugbs@gmail.example.com"), hdr(subj),
           "<CAK9nQw4Lz7pX2vT+c5Rm8Hb1sF6dGy3kP0@mail.gmail.example.com>", body)
    add(23, when, m, dict(category="voluntary_report", language="ar", acknowledge=True, on_time=False,
        report_attachments=[fname],
        notes="late joint report (17 February) of two Tunisian regional unions, in Tunisian Arabic ('نعتذروا "
              "برشا', 'تلقاو في المرفق', 'متاع', 'زادة', 'ماعادش نطلبوا'): the speaker they wanted is explicitly "
              "given up, so report only, no speaker. Arabic PDF name (RFC 2231 + RFC 2047); Gmail, base64, Latin "
              "From name, Date UTC+1."))


# ================================================================ 24  FR  other  Souss agricultural union registers three observers by name
def m24():
    when = at("2021-02-18 09:14:52")
    subj = "Inscription de trois observateurs – SNOAS"
    text = """Bonjour,

Nous souhaitons inscrire trois membres de notre syndicat pour suivre en ligne la conférence des 24 et 25 février, en simples auditeurs. Nous ne demandons pas de temps de parole.

- Brahim Aït Ouahmane, secrétaire général
- Khadija Oubella, responsable des ouvrières agricoles
- Lahcen Idbelkacem, trésorier

Pourriez-vous nous envoyer les liens de connexion et nous dire si une interprétation en arabe est prévue ? Deux d'entre eux ne parlent ni anglais ni français.

Merci d'avance,

Brahim Aït Ouahmane
Secrétaire général
Syndicat National des Ouvriers Agricoles du Souss (SNOAS)
Agadir – Maroc
"""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family: Calibri, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
            + "".join("<div>%s</div>" % (esc(x) if x else "<br>") for x in text.rstrip("\n").split("\n"))
            + "</div></body></html>\n")
    body = alt(text, "_000_DB8P191MB0714C2E5A9F3B760_", html=html)
    m = mk(when, sent_at(when, 1, 6), "mail-db8eur05olkn2061.outbound.protection.outlook.example.com",
           "198.51.100.61", "4F9Tm1Bx6HzZ", addr("Brahim Aït Ouahmane", "snoas.agadir@hotmail.example.com", enc="Q"),
           hdr(subj, enc="Q"), "<DB8P191MB0714C2E5A9F3B760@DB8P191MB0714.EURP191.PROD.OUTLOOK.example.com>", body,
           extra=[("Content-Language", "fr-FR")])
    add(24, when, m, dict(category="other", language="fr", acknowledge=True, on_time=None,
        notes="registration of three observers by name and title ('en simples auditeurs. Nous ne demandons pas de "
              "temps de parole'): names, titles and the union are given but nobody is proposed as a speaker; asks "
              "for links and Arabic interpretation. Outlook.com webmail, Q-encoded display name."))


def main():
    for f in (m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19,
              m20, m21, m22, m23, m24):
        f()
    SET.write()


if __name__ == "__main__":
    main()
