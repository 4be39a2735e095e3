"""`casebank new`: a small, complete bank to start from, in English, German or Persian.

The starter validates as it is, and shows every part of the format once: a manifest, a case with a
table, a question with a rubric whose cues use inflection, phrases, prefixes and co-occurrence, and
a sample answer that tests the rubric. Other languages get the English text with their language
tag, ready to be translated.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

from casebank.errors import UserError
from casebank.language import base_language
from casebank.loader import LANGUAGE

_EN = {
    "bank.toml": '''format = 1
id = "{bank_id}"
title = "My case bank"
version = "0.1.0"
language = "{language}"
authors = ["Your Name"]
license = "CC-BY-4.0"
description = """
Say what the bank covers and for which course. Edit the case in cases/, then run
'casebank validate' until it reports no problems.
"""
''',
    "cases/corner-bakery/case.toml": """title = "The corner bakery goes online"
summary = "A small bakery chooses how to reach customers online."
sources = ["Invented for the Casewise starter bank."]
""",
    "cases/corner-bakery/case.md": """# The corner bakery goes online

Mara runs a bakery on a busy corner. Her bread sells out by noon, but her cakes,
which take the most work, often go unsold. A student who helps on Saturdays suggests
going online, and two ideas come up.

## Two options

| Option | Cost per month | Time per week | Reaches |
| --- | --- | --- | --- |
| Photo posts on Instagram | free | about 3 hours | people nearby who do not know the shop yet |
| A weekly email newsletter | 15 euros | about 1 hour | the 400 regulars who left their address |

> "Our cakes look wonderful, but nobody sees them before they walk in," Mara says.

Mara has little time. Whatever she chooses has to fit around baking.
""",
    "cases/corner-bakery/questions/channel.toml": '''prompt = """
Should Mara put her effort into Instagram or into an email newsletter? Give reasons.
"""
marks = 6
words = {{ min = 60, max = 250 }}
minutes = 15
model_answer = """
Mara should start with Instagram. Her cakes are a visual product, and photos show
them off in a way that words cannot, so posts can make new customers nearby curious.

The newsletter has its strengths: it reaches her regular customers directly and
costs little time. But regulars already know the shop, and her problem is that new
people do not see the cakes.

Time is the real limit. Three hours a week is a lot for one baker, so she should
plan a few posts ahead and take the photos while she bakes.
"""

[[arguments]]
id = "visual-product"
title = "Cakes are a visual product"
marks = 2
guidance = """
Link the channel to the product: cakes sell on looks, and a photo platform lets
people see them before they visit.
"""
found = "You connected the product to a visual channel."
missing = "Say why the cakes' looks matter for choosing the channel."
model_paragraph = """
Cakes are a visual product, so photos on Instagram show them to people who have
never walked past the window.
"""
covered_at = 2

[[arguments.cues]]
label = "photos show the product"
any = ["photo*", "picture", "image", "visual*", "look"]
with = ["cake", "product"]

[[arguments.cues]]
label = "Instagram"
any = ["instagram", "insta"]

[[arguments]]
id = "regulars"
title = "A newsletter reaches existing customers"
marks = 2
guidance = """
Weigh the other option fairly: a newsletter goes straight to the regulars, but
they already know the shop.
"""
found = "You weighed the newsletter fairly."
missing = "Consider what the newsletter would do, and for whom."
model_paragraph = """
An email newsletter reaches the regular customers directly, but they already know
the shop and its cakes.
"""
covered_at = 2

[[arguments.cues]]
label = "newsletter or email"
any = ["newsletter", "email", "e-mail", "mailing list"]

[[arguments.cues]]
label = "existing customers"
any = ["regular*", "existing customer", "loyal customer", "address"]

[[arguments]]
id = "time"
title = "Time is the real limit"
marks = 2
guidance = """
A small business has little time: say how much each option costs in hours, and how
Mara can make it fit.
"""
found = "You took Mara's time into account."
missing = "Think about the time each option takes a busy baker."
model_paragraph = """
Time is the real limit: three hours a week is a lot for a baker, so Mara should plan
posts ahead.
"""
covered_at = 1

[[arguments.cues]]
label = "time and effort"
any = ["time", "hour", "effort", "busy"]
with = ["week", "plan*", "fit", "much", "lot", "little", "baker", "bake"]
''',
    "cases/corner-bakery/samples/channel/short.md": """+++
style = "short and plain"
[expect]
visual-product = "covered"
regulars = "missing"
time = "missing"
+++
Instagram is better because people can see pictures of the cakes and want to buy them.
""",
}

_DE = {
    "bank.toml": _EN["bank.toml"]
    .replace('title = "My case bank"', 'title = "Meine Fallsammlung"')
    .replace("Your Name", "Ihr Name")
    .replace(
        "Say what the bank covers and for which course. Edit the case in cases/, then run\n"
        "'casebank validate' until it reports no problems.",
        "Beschreiben Sie, was die Sammlung abdeckt und für welchen Kurs. Bearbeiten Sie den Fall\n"
        "in cases/ und führen Sie 'casebank validate' aus, bis keine Probleme mehr gemeldet werden.",
    ),
    "cases/corner-bakery/case.toml": """title = "Die Eckbäckerei geht online"
summary = "Eine kleine Bäckerei wählt, wie sie Kundschaft online erreicht."
sources = ["Für die Casewise-Startsammlung erfunden."]
""",
    "cases/corner-bakery/case.md": """# Die Eckbäckerei geht online

Mara führt eine Bäckerei an einer belebten Ecke. Ihr Brot ist mittags ausverkauft,
doch die Torten, die am meisten Arbeit machen, bleiben oft liegen. Eine Studentin,
die samstags aushilft, schlägt vor, online zu gehen. Zwei Ideen stehen im Raum.

## Zwei Möglichkeiten

| Möglichkeit | Kosten im Monat | Zeit pro Woche | Erreicht |
| --- | --- | --- | --- |
| Fotos auf Instagram | kostenlos | etwa 3 Stunden | Menschen in der Nähe, die den Laden nicht kennen |
| Ein wöchentlicher E-Mail-Newsletter | 15 Euro | etwa 1 Stunde | die 400 Stammkunden, die ihre Adresse hinterlassen haben |

> „Unsere Torten sehen wunderbar aus, aber niemand sieht sie, bevor er hereinkommt“, sagt Mara.

Mara hat wenig Zeit. Was sie wählt, muss neben dem Backen Platz haben.
""",
    "cases/corner-bakery/questions/channel.toml": '''prompt = """
Sollte Mara ihre Mühe in Instagram oder in einen E-Mail-Newsletter stecken? Begründen Sie.
"""
marks = 6
words = {{ min = 60, max = 250 }}
minutes = 15
model_answer = """
Mara sollte mit Instagram beginnen. Torten sind ein visuelles Produkt, und Fotos
zeigen sie so, wie Worte es nicht können; so werden neue Kunden in der Nähe neugierig.

Der Newsletter hat seine Stärken: Er erreicht die Stammkunden direkt und kostet wenig
Zeit. Doch die Stammkunden kennen den Laden schon, und Maras Problem ist, dass neue
Leute die Torten nicht sehen.

Die Zeit ist die eigentliche Grenze. Drei Stunden pro Woche sind viel für eine Bäckerin,
also sollte sie Beiträge vorausplanen und die Fotos beim Backen machen.
"""

[[arguments]]
id = "visual-product"
title = "Torten sind ein visuelles Produkt"
marks = 2
guidance = """
Verbinden Sie Kanal und Produkt: Torten verkaufen sich über das Aussehen, und eine
Foto-Plattform zeigt sie, bevor jemand den Laden betritt.
"""
found = "Sie haben das Produkt mit einem visuellen Kanal verbunden."
missing = "Erklären Sie, warum das Aussehen der Torten für die Wahl des Kanals zählt."
model_paragraph = """
Torten sind ein visuelles Produkt, deshalb zeigen Fotos auf Instagram sie auch Menschen,
die noch nie am Schaufenster vorbeigegangen sind.
"""
covered_at = 2

[[arguments.cues]]
label = "Fotos zeigen das Produkt"
any = ["foto*", "bild", "visuell*", "aussehen"]
with = ["torte", "kuchen", "produkt"]

[[arguments.cues]]
label = "Instagram"
any = ["instagram", "insta"]

[[arguments]]
id = "regulars"
title = "Ein Newsletter erreicht die Stammkundschaft"
marks = 2
guidance = """
Wägen Sie die andere Möglichkeit fair ab: Ein Newsletter erreicht die Stammkunden
direkt, doch die kennen den Laden bereits.
"""
found = "Sie haben den Newsletter fair abgewogen."
missing = "Überlegen Sie, was der Newsletter leisten würde und für wen."
model_paragraph = """
Ein E-Mail-Newsletter erreicht die Stammkunden direkt, aber sie kennen den Laden und
seine Torten schon.
"""
covered_at = 2

[[arguments.cues]]
label = "Newsletter oder E-Mail"
any = ["newsletter", "e-mail", "email", "rundbrief"]

[[arguments.cues]]
label = "bestehende Kundschaft"
any = ["stammkund*", "stammkundschaft", "bestehende kunden", "adresse"]

[[arguments]]
id = "time"
title = "Die Zeit ist die eigentliche Grenze"
marks = 2
guidance = """
Ein kleiner Betrieb hat wenig Zeit: Sagen Sie, wie viele Stunden jede Möglichkeit kostet
und wie Mara sie unterbringen kann.
"""
found = "Sie haben Maras Zeit berücksichtigt."
missing = "Denken Sie an die Zeit, die jede Möglichkeit eine beschäftigte Bäckerin kostet."
model_paragraph = """
Die Zeit ist die eigentliche Grenze: Drei Stunden pro Woche sind viel für eine Bäckerin,
also sollte Mara Beiträge vorausplanen.
"""
covered_at = 1

[[arguments.cues]]
label = "Zeit und Aufwand"
any = ["zeit", "stunde", "aufwand", "beschäftigt"]
with = ["woche", "plan*", "vorausplan*", "viel", "wenig", "bäckerin", "backen"]
''',
    "cases/corner-bakery/samples/channel/short.md": """+++
style = "kurz und einfach"
[expect]
visual-product = "covered"
regulars = "missing"
time = "missing"
+++
Instagram ist besser, weil die Leute Fotos von den Torten sehen und sie dann kaufen wollen.
""",
}

_FA = {
    "bank.toml": _EN["bank.toml"]
    .replace('title = "My case bank"', 'title = "مجموعهٔ موردهای من"')
    .replace("Your Name", "نام شما")
    .replace(
        "Say what the bank covers and for which course. Edit the case in cases/, then run\n"
        "'casebank validate' until it reports no problems.",
        "بنویسید این مجموعه چه موضوعی را و برای کدام درس پوشش می‌دهد. مورد را در پوشهٔ cases\n"
        "ویرایش کنید و casebank validate را اجرا کنید تا دیگر مشکلی گزارش نشود.",
    ),
    "cases/corner-bakery/case.toml": """title = "نانوایی سر کوچه آنلاین می‌شود"
summary = "یک نانوایی کوچک راه رسیدن به مشتریان در فضای آنلاین را انتخاب می‌کند."
sources = ["برای مجموعهٔ آغازین Casewise نوشته شده است."]
""",
    "cases/corner-bakery/case.md": """# نانوایی سر کوچه آنلاین می‌شود

مارا نانوایی‌ای در یک تقاطع شلوغ دارد. نان‌هایش تا ظهر تمام می‌شود، اما کیک‌هایش که
بیشترین زحمت را دارند اغلب فروش نمی‌روند. دانشجویی که شنبه‌ها کمک می‌کند پیشنهاد می‌دهد
که کسب‌وکار آنلاین شود و دو راه مطرح می‌شود.

## دو راه

| راه | هزینهٔ ماهانه | زمان در هفته | مخاطب |
| --- | --- | --- | --- |
| انتشار عکس در اینستاگرام | رایگان | حدود ۳ ساعت | مردم محله که مغازه را نمی‌شناسند |
| خبرنامهٔ ایمیلی هفتگی | ۱۵ یورو | حدود ۱ ساعت | ۴۰۰ مشتری دائمی که نشانی خود را داده‌اند |

> مارا می‌گوید: «کیک‌های ما زیبا هستند، اما کسی آن‌ها را پیش از ورود به مغازه نمی‌بیند.»

مارا وقت کمی دارد و هر راهی که انتخاب کند باید در کنار پخت جا شود.
""",
    "cases/corner-bakery/questions/channel.toml": '''prompt = """
آیا مارا باید وقتش را روی اینستاگرام بگذارد یا روی خبرنامهٔ ایمیلی؟ دلیل بیاورید.
"""
marks = 6
words = {{ min = 50, max = 250 }}
minutes = 15
model_answer = """
مارا باید با اینستاگرام شروع کند. کیک محصولی دیداری است و عکس‌ها آن را بهتر از هر
توضیحی نشان می‌دهند، پس پست‌ها مشتریان تازهٔ محله را کنجکاو می‌کنند.

خبرنامه هم مزیت دارد: مستقیم به مشتریان دائمی می‌رسد و وقت کمی می‌گیرد. اما مشتریان
دائمی مغازه را از قبل می‌شناسند و مشکل مارا این است که آدم‌های تازه کیک‌ها را نمی‌بینند.

محدودیت اصلی زمان است. سه ساعت در هفته برای یک نانوا زیاد است، پس بهتر است پست‌ها را
از قبل برنامه‌ریزی کند و هنگام پخت عکس بگیرد.
"""

[[arguments]]
id = "visual-product"
title = "کیک محصولی دیداری است"
marks = 2
guidance = """
کانال را به محصول ربط دهید: کیک با ظاهرش فروش می‌رود و یک شبکهٔ عکس‌محور آن را پیش از
آمدن مشتری به مغازه نشان می‌دهد.
"""
found = "محصول را به یک کانال دیداری ربط دادید."
missing = "توضیح دهید چرا ظاهر کیک‌ها در انتخاب کانال مهم است."
model_paragraph = """
کیک محصولی دیداری است، پس عکس‌ها در اینستاگرام آن را به کسانی نشان می‌دهند که هرگز از
جلوی ویترین رد نشده‌اند.
"""
covered_at = 2

[[arguments.cues]]
label = "عکس محصول را نشان می‌دهد"
any = ["عکس", "تصویر", "دیداری", "ظاهر"]
with = ["کیک", "محصول"]

[[arguments.cues]]
label = "اینستاگرام"
any = ["اینستاگرام", "instagram"]

[[arguments]]
id = "regulars"
title = "خبرنامه به مشتریان دائمی می‌رسد"
marks = 2
guidance = """
راه دیگر را هم منصفانه بسنجید: خبرنامه مستقیم به مشتریان دائمی می‌رسد، اما آن‌ها مغازه
را از قبل می‌شناسند.
"""
found = "خبرنامه را منصفانه سنجیدید."
missing = "بررسی کنید خبرنامه چه کاری می‌کند و برای چه کسانی."
model_paragraph = """
خبرنامهٔ ایمیلی مستقیم به مشتریان دائمی می‌رسد، اما آن‌ها مغازه و کیک‌هایش را از قبل
می‌شناسند.
"""
covered_at = 2

[[arguments.cues]]
label = "خبرنامه یا ایمیل"
any = ["خبرنامه", "ایمیل", "رایانامه", "newsletter"]

[[arguments.cues]]
label = "مشتریان دائمی"
any = ["مشتری دائمی", "مشتریان دائمی", "مشتری ثابت", "نشانی"]

[[arguments]]
id = "time"
title = "محدودیت اصلی زمان است"
marks = 2
guidance = """
کسب‌وکار کوچک وقت کمی دارد: بگویید هر راه چند ساعت وقت می‌گیرد و مارا چگونه می‌تواند آن
را جا بدهد.
"""
found = "وقت مارا در نظر گرفتید."
missing = "به زمانی فکر کنید که هر راه از یک نانوای پرمشغله می‌گیرد."
model_paragraph = """
محدودیت اصلی زمان است: سه ساعت در هفته برای یک نانوا زیاد است، پس مارا باید پست‌ها را
از قبل برنامه‌ریزی کند.
"""
covered_at = 1

[[arguments.cues]]
label = "زمان و زحمت"
any = ["زمان", "وقت", "ساعت", "زحمت"]
with = ["هفته", "برنامه‌ریزی", "زیاد", "کم", "نانوا", "پخت"]
''',
    "cases/corner-bakery/samples/channel/short.md": """+++
style = "کوتاه و ساده"
[expect]
visual-product = "covered"
regulars = "missing"
time = "missing"
+++
اینستاگرام بهتر است چون مردم عکس کیک‌ها را می‌بینند و دلشان می‌خواهد آن‌ها را بخرند.
""",
}

TEMPLATES = {"en": _EN, "de": _DE, "fa": _FA}


def new_bank(directory: Path, language: str) -> list[Path]:
    """Write a starter bank into `directory`, which must not exist or be empty.

    Returns:
        The files written.

    Raises:
        UserError: the language tag is not valid, or the folder holds files already.
    """
    if not LANGUAGE.match(language):
        raise UserError(
            f"{language!r} is not a language tag; use a BCP 47 tag such as en, de or fa"
        )
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise UserError(f"{directory} exists and is not empty; choose a new folder for the bank")
    template = TEMPLATES.get(base_language(language), _EN)
    slug = re.sub(r"[^a-z0-9-]+", "-", directory.resolve().name.lower()).strip("-") or "bank"
    if not slug[0].isalpha():
        slug = "bank-" + slug
    values = {"bank_id": f"org.example.{slug}", "language": language}
    parent = directory.resolve().parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".casebank-new-", dir=parent))
    except OSError as exc:
        raise UserError(f"cannot create {directory}: {exc.strerror}") from exc
    written = []
    try:
        for name, text in template.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text.format(**values), encoding="utf-8")
            written.append(directory / name)
        if directory.exists():
            directory.rmdir()
        staging.replace(directory)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise UserError(f"cannot write the starter bank to {directory}: {exc.strerror}") from exc
    return written
