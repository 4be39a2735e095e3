<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Casewise</source>
        <translation>دربارهٔ Casewise</translation>
    </message>
    <message>
        <source>Practise case-study exam answers and see, as you write, which key arguments they cover.</source>
        <translation>پاسخ به پرسش‌های آزمونِ مطالعهٔ موردی را تمرین کنید و در همان حال که می‌نویسید ببینید کدام استدلال‌های کلیدی را پوشش می‌دهد.</translation>
    </message>
    <message>
        <source>Casewise works offline: it never sends your answers anywhere.</source>
        <translation>Casewise بدون اینترنت کار می‌کند و پاسخ‌های شما را هرگز به جایی نمی‌فرستد.</translation>
    </message>
    <message>
        <source>Casewise is free software under the GNU General Public License, version 3 or later. The bundled case banks are under CC BY 4.0.</source>
        <translation>Casewise نرم‌افزاری آزاد تحت پروانهٔ عمومی همگانی گنو (GNU GPL)، نسخهٔ ۳ یا بالاتر، است. مجموعه‌های همراه برنامه تحت پروانهٔ CC BY 4.0 منتشر شده‌اند.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>نسخهٔ %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>A bank could not be opened</source>
        <translation>یک مجموعه باز نشد</translation>
    </message>
    <message>
        <source>Your work is saved.</source>
        <translation>کار شما ذخیره شده است.</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: they stay in the window, Casewise keeps trying to save them, and it asks before you leave them.</source>
        <translation>آخرین تغییرات شما هنوز ذخیره نشده‌اند: در پنجره می‌مانند، Casewise همچنان برای ذخیرهٔ آن‌ها تلاش می‌کند و پیش از آنکه آن‌ها را رها کنید از شما می‌پرسد.</translation>
    </message>
    <message>
        <source>Casewise hit a bug</source>
        <translation>Casewise به خطا خورد</translation>
    </message>
    <message>
        <source>Something went wrong that is not your fault.</source>
        <translation>مشکلی پیش آمد که تقصیر شما نیست.</translation>
    </message>
    <message>
        <source>Please send the details below to the Casewise team.</source>
        <translation>لطفاً جزئیات زیر را برای تیم Casewise بفرستید.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Before Casewise shows what it detected, mark how far your answer covers each argument.</source>
        <translation>پیش از آنکه Casewise نشان دهد چه چیزی را تشخیص داده است، خودتان مشخص کنید پاسخ‌تان هر استدلال را تا چه اندازه پوشش می‌دهد.</translation>
    </message>
    <message>
        <source>&amp;Reveal detection</source>
        <translation>&amp;نمایش تشخیص</translation>
    </message>
    <message>
        <source>Reveal detection</source>
        <translation>نمایش تشخیص</translation>
    </message>
    <message>
        <source>Save your marks and show what Casewise detected in your answer</source>
        <translation>ذخیرهٔ ارزیابی شما و نمایش آنچه Casewise در پاسخ‌تان تشخیص داده است</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>Your mark for %1</source>
        <translation>ارزیابی شما برای %1</translation>
    </message>
    <message>
        <source>How far your answer covers this argument, as you judge it</source>
        <translation>به نظر خودتان، پاسخ‌تان این استدلال را تا چه اندازه پوشش می‌دهد</translation>
    </message>
</context>
<context>
    <name>AuthorWindow</name>
    <message numerus="yes">
        <source>%n labelled answers beside the bank.</source>
        <translation>
            <numerusform>%Ln پاسخ برچسب‌خورده کنار مجموعه.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Case outline</source>
        <translation>ساختار متن مورد</translation>
    </message>
    <message>
        <source>The case&apos;s headings; press Enter on one to go to it in the case text</source>
        <translation>عنوان‌های متن مورد؛ روی هر کدام Enter را بزنید تا به آن بخش از متن بروید</translation>
    </message>
    <message>
        <source>Case text</source>
        <translation>متن مورد</translation>
    </message>
    <message>
        <source>The case study to read; Alt+1 comes back here</source>
        <translation>متن مطالعهٔ موردی برای خواندن؛ با Alt+1 به اینجا بازمی‌گردید</translation>
    </message>
    <message>
        <source>Find in case</source>
        <translation>جست‌وجو در متن مورد</translation>
    </message>
    <message>
        <source>Type a word and press Enter to find it in the case text</source>
        <translation>واژه‌ای بنویسید و Enter را بزنید تا آن را در متن مورد پیدا کنید</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>پیدا نشد</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>%n covered</source>
        <translation>%Ln پوشش داده شده</translation>
    </message>
    <message>
        <source>%n partly</source>
        <translation>%Ln تا حدی</translation>
    </message>
    <message>
        <source>%n missing</source>
        <translation>%Ln نیامده</translation>
    </message>
    <message>
        <source>%n for you to judge</source>
        <translation>%Ln برای داوری خودتان</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>Checklist of arguments</source>
        <translation>فهرست بررسی استدلال‌ها</translation>
    </message>
    <message>
        <source>The rubric&apos;s key arguments and whether your answer covers them; Alt+3 comes back here</source>
        <translation>استدلال‌های کلیدی جدول ارزیابی و اینکه پاسخ شما آن‌ها را پوشش می‌دهد یا نه؛ با Alt+3 به اینجا بازمی‌گردید</translation>
    </message>
    <message>
        <source>Argument details</source>
        <translation>جزئیات استدلال</translation>
    </message>
    <message>
        <source>Guidance and evidence for the selected argument</source>
        <translation>راهنما و شواهد استدلال انتخاب‌شده</translation>
    </message>
    <message>
        <source>Calibration summary</source>
        <translation>مقایسه با خودارزیابی شما</translation>
    </message>
    <message>
        <source>Show &amp;model answer</source>
        <translation>نمایش &amp;پاسخ نمونه</translation>
    </message>
    <message>
        <source>Show model answer</source>
        <translation>نمایش پاسخ نمونه</translation>
    </message>
    <message>
        <source>Show the tutor&apos;s model answer in the details pane</source>
        <translation>نمایش پاسخ نمونهٔ مدرس در بخش جزئیات</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Coverage over attempts</source>
        <translation>پوشش در تلاش‌های پیاپی</translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>پوشش: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>داده‌ای نیست</translation>
    </message>
    <message numerus="yes">
        <source>Coverage over %n attempts: first %1, best %2, last %3</source>
        <translation>
            <numerusform>پوشش در %Ln تلاش: نخستین %1، بهترین %2، آخرین %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No coverage yet</source>
        <translation>هنوز پوششی ثبت نشده است</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <source>Recalled</source>
        <translation>به یاد آمد</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>تا حدی</translation>
    </message>
    <message>
        <source>Not recalled</source>
        <translation>به یاد نیامد</translation>
    </message>
    <message>
        <source>← Library</source>
        <comment>back arrow: points right in a right-to-left language</comment>
        <translation>→ کتابخانه</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>بازگشت به کتابخانه</translation>
    </message>
    <message>
        <source>Save the drill and return to the library (Ctrl+L)</source>
        <translation>ذخیرهٔ تمرین یادآوری و بازگشت به کتابخانه (Ctrl+L)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Your bullet points</source>
        <translation>نکته‌های شما</translation>
    </message>
    <message>
        <source>Write down the arguments you recall, one per line, before the time is up</source>
        <translation>استدلال‌هایی را که به یاد می‌آورید، هر کدام در یک سطر، پیش از پایان زمان بنویسید</translation>
    </message>
    <message>
        <source>From memory: the arguments this question asks for, one per line.</source>
        <translation>از حافظه: استدلال‌هایی که این پرسش می‌خواهد، هر کدام در یک سطر.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>زمان باقی‌مانده</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after the drill&apos;s minutes</comment>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Drill time in minutes</source>
        <translation>زمان تمرین یادآوری به دقیقه</translation>
    </message>
    <message>
        <source>How long the drill lasts; kept for the next drills</source>
        <translation>مدت تمرین یادآوری؛ برای تمرین‌های بعدی هم می‌ماند</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تمام</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمام</translation>
    </message>
    <message>
        <source>Stop writing and rate each argument (Ctrl+Return)</source>
        <translation>پایان نوشتن و ارزیابی هر استدلال (Ctrl+Return)</translation>
    </message>
    <message>
        <source>No checklist in a drill: write what you recall. When you are done, or the time is up, you rate each argument and see what Casewise detected.</source>
        <translation>تمرین یادآوری فهرست بررسی ندارد: آنچه را به یاد می‌آورید بنویسید. وقتی تمام کردید یا زمان به پایان رسید، هر استدلال را ارزیابی می‌کنید و می‌بینید Casewise چه تشخیص داده است.</translation>
    </message>
    <message>
        <source>Rate how far you recalled each argument. What Casewise detected in your points stands beside each one.</source>
        <translation>ارزیابی کنید هر استدلال را تا چه حد به یاد آوردید. آنچه Casewise در نکته‌های شما تشخیص داده، کنار هر کدام آمده است.</translation>
    </message>
    <message>
        <source>&amp;Show the rubric</source>
        <translation>&amp;نمایش معیار ارزیابی</translation>
    </message>
    <message>
        <source>Show the rubric</source>
        <translation>نمایش معیار ارزیابی</translation>
    </message>
    <message>
        <source>Save your ratings and show the rubric with what you missed</source>
        <translation>ذخیرهٔ ارزیابی‌ها و نمایش معیار ارزیابی همراه با آنچه از قلم افتاد</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>معیار ارزیابی</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>یادآوری</translation>
    </message>
    <message>
        <source>rate yourself</source>
        <translation>خودارزیابی</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>معیار ارزیابی</translation>
    </message>
    <message>
        <source>Recall drill</source>
        <translation>تمرین یادآوری</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 مانده</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>انتخاب کنید…</translation>
    </message>
    <message>
        <source>Your rating for %1</source>
        <translation>ارزیابی شما برای %1</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>بررسی ممکن نشد</translation>
    </message>
    <message>
        <source>%1 detected: %2</source>
        <translation>%1 تشخیص: %2</translation>
    </message>
    <message>
        <source>Casewise detected: %1</source>
        <translation>تشخیص Casewise: %1</translation>
    </message>
    <message numerus="yes">
        <source>You missed %n argument(s): their model paragraphs are below.</source>
        <translation>
            <numerusform>%Ln استدلال از قلم افتاد: بند نمونهٔ آن‌ها در زیر آمده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>You recalled every argument.</source>
        <translation>همهٔ استدلال‌ها را به یاد آوردید.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>ارزیابی نشده</translation>
    </message>
    <message>
        <source>Your rating: %1 · detected: %2</source>
        <translation>ارزیابی شما: %1 · تشخیص: %2</translation>
    </message>
    <message>
        <source>Model paragraph:</source>
        <translation>بند نمونه:</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Arguments due</source>
        <translation>استدلال‌های موعد رسیده</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>تأخیر</translation>
    </message>
    <message>
        <source>Questions due today</source>
        <translation>پرسش‌هایی که امروز موعدشان است</translation>
    </message>
    <message>
        <source>The questions whose arguments your study plan says to practise today, the most at risk of being forgotten first; press Enter to drill one</source>
        <translation>پرسش‌هایی که برنامهٔ مطالعه می‌گوید امروز استدلال‌هایشان را تمرین کنید، آن‌ها که بیشتر در خطر فراموشی‌اند اول؛ با Enter تمرین یادآوری آغاز می‌شود</translation>
    </message>
    <message>
        <source>Nothing is due today. Questions come back here when your study plan says you are about to forget their arguments.</source>
        <translation>امروز چیزی موعدش نیست. پرسش‌ها وقتی برنامهٔ مطالعه بگوید در آستانهٔ فراموشی استدلال‌هایشان هستید، به اینجا برمی‌گردند.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n question(s) due today&lt;/b&gt;, the most at risk first.</source>
        <translation>
            <numerusform>&lt;b&gt;امروز موعد %Ln پرسش است&lt;/b&gt;، آن‌ها که بیشتر در خطرند اول.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Chance of recalling the weakest argument now: %1</source>
        <translation>احتمال به یاد آوردن ضعیف‌ترین استدلال در این لحظه: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rubric of %n argument(s) changed since you last practised them.</source>
        <translation>
            <numerusform>معیار ارزیابی %Ln استدلال از آخرین تمرین شما تغییر کرده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>The study plan is paused since %1.</source>
        <translation>برنامهٔ مطالعه از %1 متوقف است.</translation>
    </message>
    <message>
        <source>Nothing is due today in your study plan.</source>
        <translation>امروز در برنامهٔ مطالعهٔ شما چیزی موعدش نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>امروز موعد %Ln پرسش است</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>موعد امروز</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%Ln روز تأخیر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export answer as PDF</source>
        <translation>خروجی PDF از پاسخ</translation>
    </message>
    <message>
        <source>Optional: your name, printed at the top of the PDF</source>
        <translation>اختیاری: نام شما، که بالای PDF چاپ می‌شود</translation>
    </message>
    <message>
        <source>&amp;Feedback on each argument</source>
        <translation>&amp;بازخورد هر استدلال</translation>
    </message>
    <message>
        <source>The &amp;model answer</source>
        <translation>&amp;پاسخ نمونه</translation>
    </message>
    <message>
        <source>The &amp;case text, as an appendix</source>
        <translation>&amp;متن مورد، به‌صورت پیوست</translation>
    </message>
    <message>
        <source>Once you have submitted this answer</source>
        <translation>پس از آن‌که این پاسخ را تحویل دادید</translation>
    </message>
    <message>
        <source>My &amp;self-assessment, beside the detection</source>
        <translation>&amp;خودارزیابی من، کنار تشخیص</translation>
    </message>
    <message>
        <source>Once you have marked this answer&apos;s arguments yourself</source>
        <translation>پس از آن‌که استدلال‌های این پاسخ را خودتان ارزیابی کردید</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>شامل:</translation>
    </message>
    <message>
        <source>The PDF always holds the question, your answer with each argument&apos;s evidence highlighted, and the rubric with what Casewise detected.</source>
        <translation>فایل PDF همیشه پرسش، پاسخ شما با شواهد برجسته‌شدهٔ هر استدلال، و جدول ارزیابی همراه با آنچه Casewise تشخیص داده است را در بر دارد.</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>ذخیرهٔ &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Send my attempts to my tutor</source>
        <translation>فرستادن تلاش‌هایم برای مدرس</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n submitted answers)</source>
        <translation>
            <numerusform>%1 (%Ln پاسخ تحویل‌شده)</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: your name, as your tutor knows you</source>
        <translation>اختیاری: نام شما، آن‌طور که مدرس شما را می‌شناسد</translation>
    </message>
    <message>
        <source>The file holds, for each answer you submitted to this bank: the answer, what Casewise detected and how you assessed yourself on each argument, and which version of the bank and its rubric you answered. Nothing else: no dates, no folders of your computer, and no name unless you type one above. Your tutor uses it to see which words their rubric does not know yet.</source>
        <translation>این پرونده برای هر پاسخی که در این مجموعه تحویل داده‌اید این‌ها را دارد: خود پاسخ، آنچه Casewise تشخیص داده و خودارزیابی شما برای هر استدلال، و نسخهٔ مجموعه و جدول ارزیابی آن. چیز دیگری در آن نیست: نه تاریخ، نه پوشه‌های رایانهٔ شما، و نه نامی، مگر آنکه خودتان در بالا بنویسید. مدرس شما با آن می‌بیند جدول ارزیابی‌اش کدام واژه‌ها را هنوز نمی‌شناسد.</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;مجموعه:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;نام:</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>&amp;ذخیرهٔ پرونده…</translation>
    </message>
    <message>
        <source>You have not submitted an answer yet. Sit a question as an exam, submit it and assess yourself; then you can send your attempts.</source>
        <translation>هنوز پاسخی تحویل نداده‌اید. به یک پرسش به‌صورت آزمون پاسخ دهید، آن را تحویل دهید و خودتان را ارزیابی کنید؛ آن‌گاه می‌توانید تلاش‌هایتان را بفرستید.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>حالت</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>واژه‌ها</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>تشخیص</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>خودارزیابی</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>تمرین یادآوری</translation>
    </message>
    <message>
        <source>%1, open in this window</source>
        <translation>%1، در همین پنجره باز است</translation>
    </message>
    <message>
        <source>%1, open in another window since %2</source>
        <translation>%1، از %2 در پنجرهٔ دیگری باز است</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>پیشینه: %1</translation>
    </message>
    <message>
        <source>Question history</source>
        <translation>پیشینهٔ پرسش</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recall of each argument&lt;/b&gt; · the line falls as you forget and meets the dotted line when the argument is due; dots are your attempts (green recalled, amber partly, grey missed)</source>
        <translation>&lt;b&gt;یادآوری هر استدلال&lt;/b&gt; · خط با فراموشی پایین می‌آید و وقتی موعد استدلال برسد به خط نقطه‌چین می‌رسد؛ نقطه‌ها تلاش‌های شمایند (سبز به یاد آمد، کهربایی تا حدی، خاکستری از قلم افتاد)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <source>Every attempt at this question, newest first; press Enter to open one</source>
        <translation>همهٔ تلاش‌ها برای این پرسش، تازه‌ترین در بالا؛ برای باز کردن هر کدام Enter را بزنید</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <source>Open or continue the attempt</source>
        <translation>باز کردن یا ادامهٔ تلاش</translation>
    </message>
    <message>
        <source>A draft opens for writing, a submitted attempt for review</source>
        <translation>پیش‌نویس برای ادامهٔ نوشتن باز می‌شود و تلاش تحویل‌شده برای مرور</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <source>Duplicate the attempt</source>
        <translation>ساختن رونوشت از تلاش</translation>
    </message>
    <message>
        <source>Copy the attempt as a new draft to rework it</source>
        <translation>ساختن پیش‌نویس تازه از روی این تلاش برای بازنویسی آن</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the attempt</source>
        <translation>حذف تلاش</translation>
    </message>
    <message>
        <source>Delete the attempt and its revisions; you can undo this until you quit</source>
        <translation>حذف تلاش و همهٔ نسخه‌های آن؛ تا وقتی برنامه را نبسته‌اید می‌توانید آن را بازگردانید</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>وضعیت پیشینه</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>&amp;بازگرداندن تلاش حذف‌شده</translation>
    </message>
    <message>
        <source>Undo the last deletion</source>
        <translation>بازگرداندن آخرین تلاش حذف‌شده</translation>
    </message>
    <message>
        <source>Bring back the attempt deleted last</source>
        <translation>بازگرداندن آخرین تلاش حذف‌شده</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Close the history and go back to the library</source>
        <translation>بستن پیشینه و بازگشت به کتابخانه</translation>
    </message>
    <message>
        <source>%1 fully, %2 partly</source>
        <translation>%1 کامل، %2 تا حدی</translation>
    </message>
    <message>
        <source>%1 (older rubric)</source>
        <translation>%1 (جدول ارزیابی قدیمی)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>%1, copy of #%2</source>
        <translation>%1، رونوشت تلاش %2</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>تمرین</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>The rubric changed since: this score describes the old one</source>
        <translation>جدول ارزیابی از آن زمان تغییر کرده است: این نمره مربوط به جدول قدیمی است</translation>
    </message>
    <message>
        <source>Open in this window: leave it before deleting it</source>
        <translation>در همین پنجره باز است: پیش از حذف، از آن بیرون بیایید</translation>
    </message>
    <message>
        <source>Open in another Casewise window: close it there before deleting it</source>
        <translation>در پنجرهٔ دیگری از Casewise باز است: پیش از حذف، آن را همان‌جا ببندید</translation>
    </message>
    <message>
        <source>Delete attempt</source>
        <translation>حذف تلاش</translation>
    </message>
    <message>
        <source>Delete this attempt and its revisions? You can undo this until you quit Casewise.</source>
        <translation>این تلاش و همهٔ نسخه‌های آن حذف شود؟ تا وقتی Casewise را نبسته‌اید می‌توانید آن را بازگردانید.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 (%2) is already in your library. Nothing was changed.</source>
        <translation>%1 (%2) از پیش در کتابخانهٔ شما هست. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Your library keeps its own copy of %1.</source>
        <translation>کتابخانهٔ شما نسخهٔ خودش از %1 را نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Your library already has %1, version %2, and “%3” holds other files under the same name and version: it may be another bank, or one its author changed without raising the version.</source>
        <translation>کتابخانهٔ شما از پیش %1 را با نسخهٔ %2 دارد و «%3» پرونده‌های دیگری با همین نام و همین نسخه دارد: شاید مجموعهٔ دیگری باشد، یا مجموعه‌ای که نویسنده‌اش آن را بی‌آنکه نسخه را بالا ببرد تغییر داده است.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n attempt(s) at %1 stay in its history, from an earlier version: the new copy does not have the question.</source>
        <translation>
            <numerusform>%Ln تلاش شما برای %1 در پیشینهٔ آن می‌ماند، از نسخه‌ای پیشین: نسخهٔ تازه این پرسش را ندارد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n attempt(s) at %1 stay, marked as checked against an older rubric.</source>
        <translation>
            <numerusform>%Ln تلاش شما برای %1 می‌ماند، با این نشان که با جدول ارزیابی قدیمی‌تر سنجیده شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attempt of yours changes: the questions you answered stay as they are.</source>
        <translation>هیچ‌یک از تلاش‌های شما تغییر نمی‌کند: پرسش‌هایی که پاسخ داده‌اید همان‌گونه که هستند می‌مانند.</translation>
    </message>
    <message>
        <source>Replace the library&apos;s copy with this one?</source>
        <translation>نسخهٔ کتابخانه با این یکی جایگزین شود؟</translation>
    </message>
    <message>
        <source>Replaced %1 (%2) with the new copy.</source>
        <translation>%1 (%2) با نسخهٔ تازه جایگزین شد.</translation>
    </message>
    <message>
        <source>Restored %1 (%2): the library&apos;s copy could not be read.</source>
        <translation>%1 (%2) بازگردانده شد: نسخهٔ کتابخانه خوانده نمی‌شد.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (%2): %n questions.</source>
        <translation>
            <numerusform>%1 (%2) افزوده شد: %Ln پرسش.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 from %2 to %3.</source>
        <translation>%1 از نسخهٔ %2 به %3 به‌روز شد.</translation>
    </message>
    <message numerus="yes">
        <source>%n new questions.</source>
        <translation>
            <numerusform>%Ln پرسش تازه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rubric of %n questions changed; their earlier attempts say so.</source>
        <translation>
            <numerusform>جدول ارزیابی %Ln پرسش تغییر کرد؛ تلاش‌های پیشین آن‌ها این را نشان می‌دهند.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions were removed; their attempts stay, from an earlier version.</source>
        <translation>
            <numerusform>%Ln پرسش حذف شد؛ تلاش‌های آن‌ها می‌مانند، از نسخه‌ای پیشین.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every attempt was kept.</source>
        <translation>همهٔ تلاش‌ها نگه داشته شدند.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Bank imported</source>
        <translation>مجموعه وارد شد</translation>
    </message>
    <message>
        <source>Converted from %1. What could not be carried over, and why:</source>
        <translation>از %1 تبدیل شد. آنچه منتقل نشد و دلیل آن:</translation>
    </message>
    <message>
        <source>Conversion report</source>
        <translation>گزارش تبدیل</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>زبان سیستم</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Bank, case, question</source>
        <translation>مجموعه، مورد، پرسش</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>تلاش‌ها</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>بهترین</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>آخرین</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>موعد بعدی</translation>
    </message>
    <message>
        <source>Search cases and questions (Ctrl+K)</source>
        <translation>جست‌وجو در موردها و پرسش‌ها (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search cases and questions</source>
        <translation>جست‌وجو در موردها و پرسش‌ها</translation>
    </message>
    <message>
        <source>Type to search the text of every case and question; the results replace the library list</source>
        <translation>بنویسید تا در متن همهٔ موردها و پرسش‌ها جست‌وجو شود؛ نتیجه‌ها جای فهرست کتابخانه را می‌گیرند</translation>
    </message>
    <message>
        <source>Library of banks, cases and questions</source>
        <translation>کتابخانهٔ مجموعه‌ها، موردها و پرسش‌ها</translation>
    </message>
    <message>
        <source>Press Enter on a question to practise it; the columns show your attempts, best and last coverage and time spent</source>
        <translation>روی یک پرسش Enter را بزنید تا آن را تمرین کنید؛ ستون‌ها تعداد تلاش‌ها، بهترین و آخرین پوشش و زمان صرف‌شده را نشان می‌دهند</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>نتیجه‌های جست‌وجو</translation>
    </message>
    <message>
        <source>Press Enter on a result to select its question in the library</source>
        <translation>روی یک نتیجه Enter را بزنید تا پرسش آن در کتابخانه انتخاب شود</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>همهٔ پرسش‌ها</translation>
    </message>
    <message>
        <source>Every bank, case and question, with your progress and when each is due</source>
        <translation>همهٔ مجموعه‌ها، موردها و پرسش‌ها، با پیشرفت شما و موعد هر کدام</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>موعد امروز</translation>
    </message>
    <message>
        <source>The questions your study plan says to practise today (Ctrl+D drills one)</source>
        <translation>پرسش‌هایی که برنامهٔ مطالعه می‌گوید امروز تمرین کنید (Ctrl+D تمرین یادآوری را آغاز می‌کند)</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;تمرین</translation>
    </message>
    <message>
        <source>Practise the selected question</source>
        <translation>تمرین پرسش انتخاب‌شده</translation>
    </message>
    <message>
        <source>Start a practice attempt: the checklist shows live which arguments your answer covers</source>
        <translation>شروع یک تلاش تمرینی: فهرست بررسی همزمان نشان می‌دهد پاسخ شما کدام استدلال‌ها را پوشش می‌دهد</translation>
    </message>
    <message>
        <source>&amp;Exam</source>
        <translation>&amp;آزمون</translation>
    </message>
    <message>
        <source>Sit the selected question as an exam</source>
        <translation>پاسخ دادن به پرسش انتخاب‌شده در قالب آزمون</translation>
    </message>
    <message>
        <source>Start a timed attempt: the checklist stays hidden until you submit</source>
        <translation>شروع یک تلاش زمان‌دار: فهرست بررسی تا زمان تحویل پنهان می‌ماند</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>تمرین &amp;یادآوری</translation>
    </message>
    <message>
        <source>Drill the selected question</source>
        <translation>تمرین یادآوری پرسش انتخاب‌شده</translation>
    </message>
    <message>
        <source>Start a recall drill: a few minutes to note the arguments from memory, then rate each one</source>
        <translation>آغاز تمرین یادآوری: چند دقیقه برای نوشتن استدلال‌ها از حافظه، سپس ارزیابی هر کدام</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;پیشینه</translation>
    </message>
    <message>
        <source>History of the selected question</source>
        <translation>پیشینهٔ پرسش انتخاب‌شده</translation>
    </message>
    <message>
        <source>Show every attempt at the selected question and its coverage over time</source>
        <translation>نمایش همهٔ تلاش‌ها برای پرسش انتخاب‌شده و پوشش آن‌ها در طول زمان</translation>
    </message>
    <message>
        <source>&amp;Import bank…</source>
        <translation>&amp;وارد کردن مجموعه…</translation>
    </message>
    <message>
        <source>Import a case bank</source>
        <translation>وارد کردن یک مجموعهٔ مورد</translation>
    </message>
    <message>
        <source>Add a .casebank file from your tutor to the library</source>
        <translation>افزودن پروندهٔ .casebank مدرس به کتابخانه</translation>
    </message>
    <message>
        <source>Weakest arguments</source>
        <translation>ضعیف‌ترین استدلال‌ها</translation>
    </message>
    <message>
        <source>The arguments you miss most often; press Enter on one to read its guidance</source>
        <translation>استدلال‌هایی که بیشتر از همه جا می‌اندازید؛ روی هر کدام Enter را بزنید تا راهنمای آن را بخوانید</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest arguments&lt;/b&gt;</source>
        <translation>&lt;b&gt;ضعیف‌ترین استدلال‌ها&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From an earlier version</source>
        <translation>از نسخه‌ای پیشین</translation>
    </message>
    <message>
        <source>Questions an update of the bank removed: your attempts at them are kept here, to look back at in their history</source>
        <translation>پرسش‌هایی که به‌روزرسانی مجموعه حذف کرد: تلاش‌های شما برای آن‌ها اینجا نگه داشته می‌شوند تا در پیشینه‌شان ببینید</translation>
    </message>
    <message>
        <source>%1 (from an earlier version of the bank)</source>
        <translation>%1 (از نسخه‌ای پیشین از مجموعه)</translation>
    </message>
    <message>
        <source>Submit an attempt to see which arguments you miss most.</source>
        <translation>یک تلاش را تحویل دهید تا ببینید کدام استدلال‌ها را بیشتر از همه جا می‌اندازید.</translation>
    </message>
    <message numerus="yes">
        <source>missed %1 of %n attempts, partly %2</source>
        <translation>
            <numerusform>در %1 از %Ln تلاش نیامده، %2 بار تا حدی</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed %1 of %n attempts</source>
        <translation>
            <numerusform>در %1 از %Ln تلاش نیامده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you and the detection disagreed %n times</source>
        <translation>
            <numerusform>شما و تشخیص %Ln بار هم‌نظر نبودید</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to read its guidance</source>
        <translation>برای خواندن راهنمای آن Enter را بزنید</translation>
    </message>
    <message numerus="yes">
        <source>draft of %1, %n words</source>
        <translation>
            <numerusform>پیش‌نویس %1، %Ln واژه</numerusform>
        </translation>
    </message>
    <message>
        <source>Your draft of %1: Practice continues it</source>
        <translation>پیش‌نویس شما از %1: «تمرین» آن را ادامه می‌دهد</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>چیزی پیدا نشد.</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>موعد امروز (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>زمان تمام شد</translation>
    </message>
    <message>
        <source>The exam&apos;s time is up, and your answer was handed in as it stood. Now mark how far it covers each argument, then reveal what Casewise detected.</source>
        <translation>زمان آزمون تمام شد و پاسخ شما همان‌طور که بود تحویل داده شد. اکنون مشخص کنید پاسخ‌تان هر استدلال را تا چه اندازه پوشش می‌دهد، سپس تشخیص Casewise را ببینید.</translation>
    </message>
    <message>
        <source>Kept in a new attempt</source>
        <translation>در تلاشی تازه نگه داشته شد</translation>
    </message>
    <message>
        <source>The attempt you were writing was deleted elsewhere (in another Casewise window, or by an older Casewise). Your answer is kept in a new attempt at the same question.</source>
        <translation>تلاشی که در حال نوشتنش بودید جای دیگری حذف شد (در پنجرهٔ دیگری از Casewise یا با نسخه‌ای قدیمی‌تر از Casewise). پاسخ شما در تلاشی تازه برای همین پرسش نگه داشته شد.</translation>
    </message>
    <message>
        <source>&amp;Attempt</source>
        <translation>&amp;تلاش</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Import bank file…</source>
        <translation>وارد کردن مجموعه از &amp;پرونده…</translation>
    </message>
    <message>
        <source>Import bank &amp;folder…</source>
        <translation>وارد کردن مجموعه از &amp;پوشه…</translation>
    </message>
    <message>
        <source>&amp;Export answer as PDF…</source>
        <translation>&amp;خروجی PDF از پاسخ…</translation>
    </message>
    <message>
        <source>Send my attempts to my &amp;tutor…</source>
        <translation>فرستادن تلاش‌هایم برای &amp;مدرس…</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;کتابخانه</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Practise selected question</source>
        <translation>&amp;تمرین پرسش انتخاب‌شده</translation>
    </message>
    <message>
        <source>Sit as &amp;exam</source>
        <translation>پاسخ در قالب &amp;آزمون</translation>
    </message>
    <message>
        <source>&amp;Drill selected question</source>
        <translation>تمرین &amp;یادآوری پرسش انتخاب‌شده</translation>
    </message>
    <message>
        <source>&amp;Submit answer</source>
        <translation>&amp;تحویل پاسخ</translation>
    </message>
    <message>
        <source>&amp;Reveal detection</source>
        <translation>&amp;نمایش تشخیص</translation>
    </message>
    <message>
        <source>&amp;History of question</source>
        <translation>&amp;پیشینهٔ پرسش</translation>
    </message>
    <message>
        <source>Study &amp;plan settings…</source>
        <translation>&amp;تنظیمات برنامهٔ مطالعه…</translation>
    </message>
    <message>
        <source>&amp;Find in case</source>
        <translation>&amp;جست‌وجو در متن مورد</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;یافتن بعدی</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>یافتن &amp;قبلی</translation>
    </message>
    <message>
        <source>&amp;Search library</source>
        <translation>جست‌وجو در &amp;کتابخانه</translation>
    </message>
    <message>
        <source>Go to &amp;case</source>
        <translation>رفتن به &amp;مورد</translation>
    </message>
    <message>
        <source>Go to &amp;answer</source>
        <translation>رفتن به &amp;پاسخ</translation>
    </message>
    <message>
        <source>Go to check&amp;list</source>
        <translation>رفتن به &amp;فهرست بررسی</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;اندازهٔ عادی</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>ب&amp;ررسی املا</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;About Casewise</source>
        <translation>&amp;دربارهٔ Casewise</translation>
    </message>
    <message>
        <source>Indexing the library…</source>
        <translation>در حال فهرست‌سازی کتابخانه…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>جست‌وجو</translation>
    </message>
    <message>
        <source>Sit as exam</source>
        <translation>پاسخ در قالب آزمون</translation>
    </message>
    <message>
        <source>You are sitting this question as an exam already.</source>
        <translation>شما هم‌اکنون به این پرسش در قالب آزمون پاسخ می‌دهید.</translation>
    </message>
    <message>
        <source>Your practice answer was deleted: History › Undo delete brings it back until you quit Casewise.</source>
        <translation>پاسخ تمرینی شما حذف شد: تا پیش از بستن Casewise، «بازگرداندن تلاش حذف‌شده» در پیشینه آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <source>Keep your practice answer as a practice attempt? The exam starts with a blank page either way.</source>
        <translation>پاسخ تمرینی‌تان به‌عنوان یک تلاش تمرینی نگه داشته شود؟ آزمون در هر حال با صفحهٔ خالی آغاز می‌شود.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>نگه دار</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>حذف کن</translation>
    </message>
    <message>
        <source>Import case bank</source>
        <translation>وارد کردن مجموعهٔ مورد</translation>
    </message>
    <message>
        <source>Case banks (*.casebank);;Questions from H5P, Moodle or QTI (*.h5p *.xml *.zip *.json);;All files (*)</source>
        <translation>مجموعه‌های مورد (*.casebank);;پرسش‌های H5P، Moodle یا QTI (*.h5p *.xml *.zip *.json);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <source>Import case bank folder</source>
        <translation>وارد کردن پوشهٔ مجموعهٔ مورد</translation>
    </message>
    <message>
        <source>Already in your library</source>
        <translation>از پیش در کتابخانهٔ شما</translation>
    </message>
    <message>
        <source>Replace the bank?</source>
        <translation>مجموعه جایگزین شود؟</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>چیزی تغییر نکرد</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>وارد کردن پذیرفته نشد</translation>
    </message>
    <message>
        <source>Bank imported</source>
        <translation>مجموعه وارد شد</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>در حال بررسی %1…</translation>
    </message>
    <message>
        <source>Continuing your draft of %1. Start a new attempt to begin afresh; this one stays in the history.</source>
        <translation>پیش‌نویس شما از %1 ادامه می‌یابد. برای شروع از نو «تلاش تازه» را بزنید؛ این پیش‌نویس در پیشینه می‌ماند.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>در پنجرهٔ دیگری باز است</translation>
    </message>
    <message>
        <source>It is shown here to read; duplicate it to work on a copy.</source>
        <translation>اینجا فقط برای خواندن نشان داده می‌شود؛ برای کار روی آن، رونوشتی از آن بگیرید.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>باز نشد</translation>
    </message>
    <message>
        <source>The rubric of this question changed since this attempt was checked: its old score describes the old rubric.</source>
        <translation>جدول ارزیابی این پرسش پس از بررسی این تلاش تغییر کرده است: نمرهٔ قبلی مربوط به جدول قدیمی است.</translation>
    </message>
    <message>
        <source>%1 (from an earlier version of the bank)</source>
        <translation>%1 (از نسخه‌ای پیشین از مجموعه)</translation>
    </message>
    <message>
        <source>Model paragraph:</source>
        <translation>بند نمونه:</translation>
    </message>
    <message>
        <source>Export answer as PDF</source>
        <translation>خروجی PDF از پاسخ</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>در حال ساختن PDF…</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>خروجی ساخته شد</translation>
    </message>
    <message>
        <source>Saved the answer as %1.</source>
        <translation>پاسخ با نام %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>ساختن خروجی ناموفق بود</translation>
    </message>
    <message>
        <source>Save the file for your tutor</source>
        <translation>ذخیرهٔ پرونده برای مدرس</translation>
    </message>
    <message>
        <source>Casewise feedback (*%1)</source>
        <translation>بازخورد Casewise (*%1)</translation>
    </message>
    <message>
        <source>Writing the file for your tutor…</source>
        <translation>در حال نوشتن پرونده برای مدرس…</translation>
    </message>
    <message>
        <source>Saved for your tutor</source>
        <translation>برای مدرس ذخیره شد</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answers in %1. Send this file to your tutor.</source>
        <translation>
            <numerusform>%Ln پاسخ در %1 ذخیره شد. این پرونده را برای مدرس خود بفرستید.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>ذخیره نشد</translation>
    </message>
    <message>
        <source>Study data written anew</source>
        <translation>داده‌های مطالعه از نو نوشته شد</translation>
    </message>
    <message>
        <source>The study database in %1 was deleted while Casewise was running. Casewise wrote it anew from what it had open, with your answer: nothing is lost.</source>
        <translation>پایگاه دادهٔ مطالعه در %1 هنگام کار Casewise حذف شد. Casewise آن را از آنچه باز داشت، همراه با پاسخ شما، از نو نوشت: چیزی از دست نرفته است.</translation>
    </message>
    <message>
        <source>Save the answer as a text file</source>
        <translation>ذخیرهٔ پاسخ به‌صورت پروندهٔ متنی</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>متن (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Casewise did not close properly last time. Your answer to %1 (%n word(s)) is safe.</source>
        <translation>
            <numerusform>Casewise دفعهٔ پیش درست بسته نشد. پاسخ شما به %1 (%Ln واژه) محفوظ است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unsaved answer(s) follow.</source>
        <translation>
            <numerusform>%Ln پاسخ ذخیره‌نشدهٔ دیگر هم در پی است.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen it</source>
        <translation>&amp;دوباره باز کن</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;فعلاً نه</translation>
    </message>
    <message>
        <source>%1 (version %2) no longer has this question: an update of the bank removed it. Your answer is kept, from an earlier version of the bank.</source>
        <translation>%1 (نسخهٔ %2) دیگر این پرسش را ندارد: به‌روزرسانی مجموعه آن را حذف کرد. پاسخ شما نگه داشته شده است، از نسخه‌ای پیشین از مجموعه.</translation>
    </message>
    <message>
        <source>Casewise cannot read its copy of %1, so the question cannot be shown: %2 Import the bank again to go on with this answer. It is safe meanwhile.</source>
        <translation>Casewise نسخهٔ خود از %1 را نمی‌تواند بخواند، پس پرسش نشان داده نمی‌شود: %2 برای ادامهٔ این پاسخ، مجموعه را دوباره وارد کنید. تا آن زمان پاسخ محفوظ است.</translation>
    </message>
    <message>
        <source>The bank of this answer is no longer in your library. Your answer is kept.</source>
        <translation>مجموعهٔ این پاسخ دیگر در کتابخانهٔ شما نیست. پاسخ شما نگه داشته شده است.</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>samples</source>
        <translation>نمونه‌ها</translation>
    </message>
    <message>
        <source>%1: no answer labels it</source>
        <translation>%1: هیچ پاسخی برای آن برچسب ندارد</translation>
    </message>
    <message numerus="yes">
        <source>%1: precision %2, recall %3 (%n answers)</source>
        <translation>
            <numerusform>%1: دقت %2، بازیابی %3 (%Ln پاسخ)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1%</source>
        <comment>a percentage such as 75%</comment>
        <translation>%1٪</translation>
    </message>
</context>
<context>
    <name>PlainAnswerDialog</name>
    <message>
        <source>Your answer as plain text</source>
        <translation>پاسخ شما به‌صورت متن ساده</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>پاسخ شما</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>&amp;ذخیره به‌صورت پروندهٔ متنی…</translation>
    </message>
    <message>
        <source>Save the answer as a text file</source>
        <translation>ذخیرهٔ پاسخ به‌صورت پروندهٔ متنی</translation>
    </message>
    <message>
        <source>Write the answer to a text file of your choice</source>
        <translation>نوشتن پاسخ در پرونده‌ای متنی به انتخاب شما</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Close; the answer stays in the question&apos;s history</source>
        <translation>بستن؛ پاسخ در پیشینهٔ پرسش می‌ماند</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>ذخیرهٔ پاسخ با نام</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>متن (*.txt)</translation>
    </message>
    <message>
        <source>Saved the answer as %1.</source>
        <translation>پاسخ با نام %1 ذخیره شد.</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <source>Study plan settings</source>
        <translation>تنظیمات برنامهٔ مطالعه</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after the desired retention&apos;s percentage</comment>
        <translation>٪</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>میزان یادسپاری دلخواه</translation>
    </message>
    <message>
        <source>How likely you want to be to recall an argument when it comes back</source>
        <translation>چقدر می‌خواهید هنگام بازگشت یک استدلال آن را به یاد آورید</translation>
    </message>
    <message>
        <source>How likely you want to be to recall an argument when Casewise brings it back. Higher means shorter gaps and more practice; %1 suits most students.</source>
        <translation>چقدر می‌خواهید وقتی Casewise استدلالی را برمی‌گرداند آن را به یاد آورید. عدد بالاتر یعنی فاصله‌های کوتاه‌تر و تمرین بیشتر؛ %1 برای بیشتر دانشجویان مناسب است.</translation>
    </message>
    <message>
        <source>&amp;Pause the study plan (holidays)</source>
        <translation>&amp;توقف برنامهٔ مطالعه (تعطیلات)</translation>
    </message>
    <message>
        <source>While paused nothing is due; on resuming every due date moves by the pause</source>
        <translation>در زمان توقف چیزی موعدش نیست؛ با ادامه، هر موعد به اندازهٔ توقف جابه‌جا می‌شود</translation>
    </message>
    <message>
        <source>While the plan is paused nothing is due. When you resume it, every argument comes back as much later as the pause lasted, so nothing piles up.</source>
        <translation>تا وقتی برنامه متوقف است چیزی موعدش نیست. وقتی آن را ادامه دهید، هر استدلال به اندازهٔ مدت توقف دیرتر برمی‌گردد تا چیزی انباشته نشود.</translation>
    </message>
    <message>
        <source>Paused since %1.</source>
        <translation>متوقف از %1.</translation>
    </message>
    <message>
        <source>&amp;Desired retention:</source>
        <translation>میزان &amp;یادسپاری دلخواه:</translation>
    </message>
    <message>
        <source>Save the settings; the schedule follows at once</source>
        <translation>ذخیرهٔ تنظیمات؛ برنامه بی‌درنگ به‌روز می‌شود</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>بستن بدون هیچ تغییری</translation>
    </message>
</context>
<context>
    <name>RecallChart</name>
    <message>
        <source>Recall of each argument over time</source>
        <translation>یادآوری هر استدلال در گذر زمان</translation>
    </message>
    <message>
        <source>No recall to show yet: submit an attempt or a drill.</source>
        <translation>هنوز یادآوری‌ای برای نمایش نیست: یک تلاش یا تمرین یادآوری تحویل دهید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chance of recalling each argument now: %1</source>
        <translation>احتمال به یاد آوردن هر استدلال در این لحظه: %1</translation>
    </message>
    <message>
        <source>No recall to show yet</source>
        <translation>هنوز یادآوری‌ای برای نمایش نیست</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Casewise: the study database is damaged</source>
        <translation>Casewise: پایگاه دادهٔ مطالعه آسیب دیده است</translation>
    </message>
    <message>
        <source>The study database %1 is not the one Casewise left there, so Casewise does not use it: %2.</source>
        <translation>پایگاه دادهٔ مطالعهٔ %1 همانی نیست که Casewise آنجا گذاشته بود، پس Casewise از آن استفاده نمی‌کند: %2.</translation>
    </message>
    <message>
        <source>The study database %1 is damaged, so Casewise cannot open it.</source>
        <translation>پایگاه دادهٔ مطالعهٔ %1 آسیب دیده است و Casewise نمی‌تواند آن را باز کند.</translation>
    </message>
    <message>
        <source>(SQLite says: %1)</source>
        <translation>(پیام SQLite: %1)</translation>
    </message>
    <message>
        <source>Choose a backup to restore; the newest sound one is selected. Work saved after it was taken is lost. The damaged file is kept beside the restored one as %1.</source>
        <translation>یک نسخهٔ پشتیبان را برای بازگردانی انتخاب کنید؛ تازه‌ترین نسخهٔ سالم انتخاب شده است. کارهایی که پس از تهیهٔ آن ذخیره شده‌اند از دست می‌روند. فایل آسیب‌دیده با نام %1 کنار فایل بازگردانده نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>There is no backup to restore. Quit, move the damaged file away and start Casewise again to begin afresh; keep the file for someone who can repair SQLite databases.</source>
        <translation>نسخهٔ پشتیبانی برای بازگردانی وجود ندارد. برنامه را ببندید، فایل آسیب‌دیده را جابه‌جا کنید و برای شروعی تازه Casewise را دوباره باز کنید؛ فایل را برای کسی که می‌تواند پایگاه‌های دادهٔ SQLite را تعمیر کند نگه دارید.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>&amp;بازگردانی نسخهٔ پشتیبان</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>نسخهٔ پشتیبان بازگردانده نشد: %1</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>پشتیبان روزانه</translation>
    </message>
    <message>
        <source>the database as it was, without the log beside it</source>
        <translation>پایگاه داده همان‌گونه که بود، بدون پروندهٔ گزارش کنارش</translation>
    </message>
    <message>
        <source>before importing a bank</source>
        <translation>پیش از وارد کردن یک مجموعهٔ مورد</translation>
    </message>
    <message>
        <source>before updating the database</source>
        <translation>پیش از به‌روزرسانی پایگاه داده</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1، %2 (%3)</translation>
    </message>
    <message>
        <source>%1: damaged, cannot be restored</source>
        <translation>%1: آسیب‌دیده، بازگردانی ممکن نیست</translation>
    </message>
    <message>
        <source>The restored backup could not be opened either. Quit, and copy the data folder for someone who can repair SQLite databases.</source>
        <translation>نسخهٔ بازگردانده هم باز نمی‌شود. برنامه را ببندید و از پوشهٔ داده برای کسی که می‌تواند پایگاه‌های دادهٔ SQLite را تعمیر کند رونوشت بگیرید.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <source>No suggestions</source>
        <translation>پیشنهادی نیست</translation>
    </message>
    <message>
        <source>Add “%1” to my dictionary</source>
        <translation>افزودن «%1» به واژه‌نامهٔ من</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>نادیده گرفتن «%1»</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>املا</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>covered</source>
        <translation>پوشش داده شده</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>تا حدی</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>نیامده</translation>
    </message>
    <message>
        <source>you judge</source>
        <translation>با داوری شما</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>پوشش داده نشده</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>تا حدی</translation>
    </message>
    <message>
        <source>Fully</source>
        <translation>کامل</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Question</source>
        <translation>پرسش</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>پاسخ شما</translation>
    </message>
    <message>
        <source>Write your answer; misspelt words are underlined, and the Menu key offers corrections. Alt+2 comes back here</source>
        <translation>پاسخ خود را بنویسید؛ زیر واژه‌های غلط خط کشیده می‌شود و کلید منو پیشنهادهای اصلاح را نشان می‌دهد. با Alt+2 به اینجا بازمی‌گردید</translation>
    </message>
    <message>
        <source>Write your answer here.</source>
        <translation>پاسخ خود را اینجا بنویسید.</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>تعداد واژه‌ها</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after the exam&apos;s minutes</comment>
        <translation> دقیقه</translation>
    </message>
    <message>
        <source>Exam time in minutes</source>
        <translation>زمان آزمون به دقیقه</translation>
    </message>
    <message>
        <source>How long the exam lasts; change it if your exam gives you more or less time</source>
        <translation>مدت آزمون؛ اگر آزمون شما زمان بیشتر یا کمتری دارد، آن را تغییر دهید</translation>
    </message>
    <message>
        <source>Exam time: adjust it if your exam gives you more or less</source>
        <translation>زمان آزمون: اگر آزمون شما زمان بیشتر یا کمتری دارد، آن را تغییر دهید</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>وضعیت ذخیره</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;تحویل</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>تحویل پاسخ</translation>
    </message>
    <message>
        <source>Hand the answer in and assess it yourself (Ctrl+Return)</source>
        <translation>تحویل پاسخ و ارزیابی آن توسط خودتان (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Hand the answer in (Ctrl+Return)</source>
        <translation>تحویل پاسخ (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>← Library</source>
        <comment>back arrow: points right in a right-to-left language</comment>
        <translation>→ کتابخانه</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>بازگشت به کتابخانه</translation>
    </message>
    <message>
        <source>Save the answer and return to the library (Ctrl+L)</source>
        <translation>ذخیرهٔ پاسخ و بازگشت به کتابخانه (Ctrl+L)</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>تلاش تازه</translation>
    </message>
    <message>
        <source>Keep this answer in the question&apos;s history and start a new one</source>
        <translation>این پاسخ را در پیشینهٔ پرسش نگه دار و پاسخ تازه‌ای آغاز کن</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>ویرایش شد</translation>
    </message>
    <message>
        <source>This sentence serves</source>
        <translation>این جمله در خدمت این استدلال‌هاست</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ذخیره شد</translation>
    </message>
    <message numerus="yes">
        <source>Your answer has %n words, fewer than the %1 the question asks for.</source>
        <translation>
            <numerusform>پاسخ شما %Ln واژه دارد، کمتر از %1 واژه‌ای که پرسش می‌خواهد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answer has %n words, more than the %1 the question allows.</source>
        <translation>
            <numerusform>پاسخ شما %Ln واژه دارد، بیشتر از %1 واژه‌ای که پرسش اجازه می‌دهد.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have %1 left.</source>
        <translation>%1 وقت دارید.</translation>
    </message>
    <message>
        <source>Hand it in now? You cannot change it afterwards.</source>
        <translation>اکنون تحویل داده شود؟ پس از آن نمی‌توانید تغییرش دهید.</translation>
    </message>
    <message>
        <source>Hand it in</source>
        <translation>تحویل بده</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>ادامهٔ نوشتن</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Model answer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;پاسخ نمونه&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>تمرین</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>آزمون</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>در حال نوشتن</translation>
    </message>
    <message>
        <source>assess yourself</source>
        <translation>خودارزیابی</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>تحویل‌شده</translation>
    </message>
    <message>
        <source>review</source>
        <translation>مرور</translation>
    </message>
    <message>
        <source>read only: open in another window</source>
        <translation>فقط خواندنی: در پنجرهٔ دیگری باز است</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assess yourself&lt;/b&gt;</source>
        <translation>&lt;b&gt;خودارزیابی&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n words of %1–%2</source>
        <translation>
            <numerusform>%Ln واژه از %1 تا %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words of at most %2</source>
        <translation>
            <numerusform>%Ln واژه از حداکثر %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words of at least %1</source>
        <translation>
            <numerusform>%Ln واژه از دست‌کم %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%Ln واژه</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 مانده</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n arguments&lt;/b&gt; · their titles show after you submit</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln استدلال&lt;/b&gt; · عنوان‌ها پس از تحویل نمایش داده می‌شوند</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; · Casewise could not check this answer</source>
        <translation>&lt;b&gt;فهرست بررسی&lt;/b&gt; · Casewise نتوانست این پاسخ را بررسی کند</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; · you judge every argument</source>
        <translation>&lt;b&gt;فهرست بررسی&lt;/b&gt; · داوری همهٔ استدلال‌ها با خود شماست</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; · %1 covered</source>
        <translation>&lt;b&gt;فهرست بررسی&lt;/b&gt; · %1 پوشش داده شده</translation>
    </message>
    <message>
        <source>Counted as covered: your answer develops it over several sentences.</source>
        <translation>«پوشش داده شده» به حساب آمد: پاسخ شما این نکته را در چند جمله پرورانده است.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;فهرست بررسی&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> · your answer repeats itself: %n words count for nothing</source>
        <translation>
            <numerusform> · پاسخ شما تکراری است: %n واژه به حساب نمی‌آید</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: you said &lt;i&gt;%2&lt;/i&gt;, detected &lt;i&gt;%3&lt;/i&gt; (you rated it higher)</source>
        <translation>%1: شما گفتید &lt;i&gt;%2&lt;/i&gt;، تشخیص: &lt;i&gt;%3&lt;/i&gt; (شما آن را بالاتر ارزیابی کردید)</translation>
    </message>
    <message>
        <source>%1: you said &lt;i&gt;%2&lt;/i&gt;, detected &lt;i&gt;%3&lt;/i&gt; (you rated it lower)</source>
        <translation>%1: شما گفتید &lt;i&gt;%2&lt;/i&gt;، تشخیص: &lt;i&gt;%3&lt;/i&gt; (شما آن را پایین‌تر ارزیابی کردید)</translation>
    </message>
    <message>
        <source>There is nothing to compare: no argument was both assessed and detected.</source>
        <translation>چیزی برای مقایسه نیست: هیچ استدلالی هم ارزیابی و هم تشخیص داده نشده است.</translation>
    </message>
    <message numerus="yes">
        <source>You and the detection agree on %1 of %n arguments.</source>
        <translation>
            <numerusform>ارزیابی شما و تشخیص در %1 از %Ln استدلال هم‌خوان است.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated %n arguments higher than the detection found.</source>
        <translation>
            <numerusform>شما %Ln استدلال را بالاتر از آنچه تشخیص یافت ارزیابی کردید.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated %n arguments lower than the detection found.</source>
        <translation>
            <numerusform>شما %Ln استدلال را پایین‌تر از آنچه تشخیص یافت ارزیابی کردید.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;In an exam the checklist stays hidden until you submit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;در آزمون، فهرست بررسی تا زمان تحویل پنهان می‌ماند.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an argument to see its guidance and where your answer covers it; put the cursor in a sentence to see which arguments it serves.</source>
        <translation>یک استدلال را انتخاب کنید تا راهنمای آن و جاهایی از پاسخ‌تان را که آن را پوشش می‌دهند ببینید؛ مکان‌نما را در یک جمله بگذارید تا ببینید آن جمله در خدمت کدام استدلال‌هاست.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feedback:&lt;/b&gt;</source>
        <translation>&lt;b&gt;بازخورد:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (near match)</source>
        <comment>a word of the answer one typo from a cue</comment>
        <translation>%1 (با املای نزدیک)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between quoted words</comment>
        <translation>، </translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence:&lt;/b&gt;</source>
        <translation>&lt;b&gt;شواهد:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Part of it is made across two sentences: say it in one to make it clear.</source>
        <translation>بخشی از آن در دو جمله آمده است: برای روشن‌تر شدن، آن را در یک جمله بگویید.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resembles the model paragraph:&lt;/b&gt;</source>
        <translation>&lt;b&gt;شبیه بند نمونه:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Casewise cannot detect this one: judge it yourself.</source>
        <translation>Casewise نمی‌تواند این یکی را تشخیص دهد: خودتان داوری کنید.</translation>
    </message>
    <message>
        <source>Found only in a list of keywords: explain it in a sentence.</source>
        <translation>فقط در فهرستی از کلیدواژه‌ها آمده است: آن را در یک جمله توضیح دهید.</translation>
    </message>
    <message>
        <source>Model paragraph:</source>
        <translation>بند نمونه:</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Casewise hit a bug while saving (%1); it keeps trying, and nothing you typed is gone from the window</source>
        <translation>Casewise هنگام ذخیره به خطایی در برنامه برخورد (%1)؛ همچنان تلاش می‌کند و هیچ‌چیز از آنچه نوشته‌اید از پنجره نرفته است</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Your answer is not saved</source>
        <translation>پاسخ شما ذخیره نشده است</translation>
    </message>
    <message>
        <source>Casewise could not save your latest changes: %1</source>
        <translation>Casewise نتوانست آخرین تغییرات شما را ذخیره کند: %1</translation>
    </message>
    <message>
        <source>The text file was not written: %1</source>
        <translation>پروندهٔ متنی نوشته نشد: %1</translation>
    </message>
    <message>
        <source>Your answer is still here. Try again once the problem is solved, save the answer as a text file somewhere else, or leave and lose the changes since the last save.</source>
        <translation>پاسخ شما هنوز اینجاست. پس از رفع مشکل دوباره تلاش کنید، پاسخ را به‌صورت پروندهٔ متنی در جای دیگری ذخیره کنید، یا بیرون بروید و تغییرات پس از آخرین ذخیره را از دست بدهید.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;دوباره تلاش کن</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>ذخیره به‌صورت پروندهٔ &amp;متنی…</translation>
    </message>
    <message>
        <source>&amp;Quit and lose it</source>
        <translation>&amp;خروج و از دست دادن</translation>
    </message>
    <message>
        <source>&amp;Leave and lose it</source>
        <translation>&amp;بیرون رفتن و از دست دادن</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;ماندن</translation>
    </message>
    <message>
        <source>Go back to the answer; Casewise keeps trying to save it</source>
        <translation>بازگشت به پاسخ؛ Casewise همچنان برای ذخیره‌اش تلاش می‌کند</translation>
    </message>
    <message>
        <source>Leave without the changes made since the last save</source>
        <translation>بیرون رفتن بدون تغییراتی که پس از آخرین ذخیره داده‌اید</translation>
    </message>
</context>
</TS>
