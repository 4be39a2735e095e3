<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Casewise</source>
        <translation>Über Casewise</translation>
    </message>
    <message>
        <source>Practise case-study exam answers and see, as you write, which key arguments they cover.</source>
        <translation>Üben Sie Antworten auf Prüfungsaufgaben zu Fallstudien und sehen Sie schon beim Schreiben, welche Kernargumente sie abdecken.</translation>
    </message>
    <message>
        <source>Casewise works offline: it never sends your answers anywhere.</source>
        <translation>Casewise arbeitet offline: Ihre Antworten verlassen nie Ihren Rechner.</translation>
    </message>
    <message>
        <source>Casewise is free software under the GNU General Public License, version 3 or later. The bundled case banks are under CC BY 4.0.</source>
        <translation>Casewise ist freie Software unter der GNU General Public License, Version 3 oder später. Die mitgelieferten Fallsammlungen stehen unter CC BY 4.0.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>A bank could not be opened</source>
        <translation>Eine Fallsammlung ließ sich nicht öffnen</translation>
    </message>
    <message>
        <source>Your work is saved.</source>
        <translation>Ihre Arbeit ist gespeichert.</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: they stay in the window, Casewise keeps trying to save them, and it asks before you leave them.</source>
        <translation>Ihre letzten Änderungen sind noch nicht gespeichert: Sie bleiben im Fenster, Casewise versucht weiter, sie zu speichern, und fragt, bevor Sie sie verlassen.</translation>
    </message>
    <message>
        <source>Casewise hit a bug</source>
        <translation>Fehler in Casewise</translation>
    </message>
    <message>
        <source>Something went wrong that is not your fault.</source>
        <translation>Etwas ist schiefgegangen, und es liegt nicht an Ihnen.</translation>
    </message>
    <message>
        <source>Please send the details below to the Casewise team.</source>
        <translation>Bitte schicken Sie die Details unten an das Casewise-Team.</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Before Casewise shows what it detected, mark how far your answer covers each argument.</source>
        <translation>Bevor Casewise zeigt, was es erkannt hat: Schätzen Sie selbst ein, wie weit Ihre Antwort jedes Argument abdeckt.</translation>
    </message>
    <message>
        <source>&amp;Reveal detection</source>
        <translation>Erkennung &amp;zeigen</translation>
    </message>
    <message>
        <source>Reveal detection</source>
        <translation>Erkennung zeigen</translation>
    </message>
    <message>
        <source>Save your marks and show what Casewise detected in your answer</source>
        <translation>Ihre Einschätzung speichern und zeigen, was Casewise in Ihrer Antwort erkannt hat</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Your mark for %1</source>
        <translation>Ihre Einschätzung für %1</translation>
    </message>
    <message>
        <source>How far your answer covers this argument, as you judge it</source>
        <translation>Wie weit Ihre Antwort dieses Argument nach Ihrer Einschätzung abdeckt</translation>
    </message>
</context>
<context>
    <name>AuthorWindow</name>
    <message numerus="yes">
        <source>%n labelled answers beside the bank.</source>
        <translation>
            <numerusform>%Ln bewertete Antwort neben der Fallsammlung.</numerusform>
            <numerusform>%Ln bewertete Antworten neben der Fallsammlung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Message</source>
        <translation>Mitteilung</translation>
    </message>
</context>
<context>
    <name>CasePane</name>
    <message>
        <source>Case outline</source>
        <translation>Gliederung des Falls</translation>
    </message>
    <message>
        <source>The case&apos;s headings; press Enter on one to go to it in the case text</source>
        <translation>Die Überschriften des Falls; drücken Sie die Eingabetaste auf einer, um im Falltext dorthin zu springen</translation>
    </message>
    <message>
        <source>Case text</source>
        <translation>Falltext</translation>
    </message>
    <message>
        <source>The case study to read; Alt+1 comes back here</source>
        <translation>Die Fallstudie zum Lesen; mit Alt+1 kommen Sie hierher zurück</translation>
    </message>
    <message>
        <source>Find in case</source>
        <translation>Im Fall suchen</translation>
    </message>
    <message>
        <source>Type a word and press Enter to find it in the case text</source>
        <translation>Geben Sie ein Wort ein und drücken Sie die Eingabetaste, um es im Falltext zu finden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>%n covered</source>
        <translation>%Ln abgedeckt</translation>
    </message>
    <message>
        <source>%n partly</source>
        <translation>%Ln teilweise</translation>
    </message>
    <message>
        <source>%n missing</source>
        <translation>%Ln fehlend</translation>
    </message>
    <message>
        <source>%n for you to judge</source>
        <translation>%Ln zur eigenen Beurteilung</translation>
    </message>
</context>
<context>
    <name>ChecklistPane</name>
    <message>
        <source>Checklist of arguments</source>
        <translation>Checkliste der Argumente</translation>
    </message>
    <message>
        <source>The rubric&apos;s key arguments and whether your answer covers them; Alt+3 comes back here</source>
        <translation>Die Kernargumente des Bewertungsrasters und ob Ihre Antwort sie abdeckt; mit Alt+3 kommen Sie hierher zurück</translation>
    </message>
    <message>
        <source>Argument details</source>
        <translation>Details zum Argument</translation>
    </message>
    <message>
        <source>Guidance and evidence for the selected argument</source>
        <translation>Hinweise und Belege zum ausgewählten Argument</translation>
    </message>
    <message>
        <source>Calibration summary</source>
        <translation>Abgleich mit Ihrer Selbsteinschätzung</translation>
    </message>
    <message>
        <source>Show &amp;model answer</source>
        <translation>&amp;Musterlösung zeigen</translation>
    </message>
    <message>
        <source>Show model answer</source>
        <translation>Musterlösung zeigen</translation>
    </message>
    <message>
        <source>Show the tutor&apos;s model answer in the details pane</source>
        <translation>Die Musterlösung der Lehrkraft im Detailbereich zeigen</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <source>Coverage over attempts</source>
        <translation>Abdeckung über die Versuche</translation>
    </message>
    <message>
        <source>Coverage: %1</source>
        <translation>Abdeckung: %1</translation>
    </message>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message numerus="yes">
        <source>Coverage over %n attempts: first %1, best %2, last %3</source>
        <translation>
            <numerusform>Abdeckung über %n Versuch: erster %1, bester %2, letzter %3</numerusform>
            <numerusform>Abdeckung über %n Versuche: erster %1, bester %2, letzter %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No coverage yet</source>
        <translation>Noch keine Abdeckung</translation>
    </message>
</context>
<context>
    <name>DrillView</name>
    <message>
        <source>Recalled</source>
        <translation>Erinnert</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Not recalled</source>
        <translation>Nicht erinnert</translation>
    </message>
    <message>
        <source>← Library</source>
        <comment>back arrow: points right in a right-to-left language</comment>
        <translation>← Bibliothek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Save the drill and return to the library (Ctrl+L)</source>
        <translation>Die Abrufübung speichern und zur Bibliothek zurückkehren (Strg+L)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Your bullet points</source>
        <translation>Ihre Stichpunkte</translation>
    </message>
    <message>
        <source>Write down the arguments you recall, one per line, before the time is up</source>
        <translation>Schreiben Sie die Argumente auf, an die Sie sich erinnern, eines pro Zeile, bevor die Zeit um ist</translation>
    </message>
    <message>
        <source>From memory: the arguments this question asks for, one per line.</source>
        <translation>Aus dem Gedächtnis: die Argumente, nach denen die Aufgabe fragt, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after the drill&apos;s minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Drill time in minutes</source>
        <translation>Zeit der Abrufübung in Minuten</translation>
    </message>
    <message>
        <source>How long the drill lasts; kept for the next drills</source>
        <translation>Wie lange die Abrufübung dauert; gilt auch für die nächsten</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Stop writing and rate each argument (Ctrl+Return)</source>
        <translation>Mit dem Schreiben aufhören und jedes Argument bewerten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>No checklist in a drill: write what you recall. When you are done, or the time is up, you rate each argument and see what Casewise detected.</source>
        <translation>In einer Abrufübung gibt es keine Checkliste: Schreiben Sie auf, woran Sie sich erinnern. Wenn Sie fertig sind oder die Zeit um ist, bewerten Sie jedes Argument und sehen, was Casewise erkannt hat.</translation>
    </message>
    <message>
        <source>Rate how far you recalled each argument. What Casewise detected in your points stands beside each one.</source>
        <translation>Bewerten Sie, wie weit Sie sich an jedes Argument erinnert haben. Was Casewise in Ihren Stichpunkten erkannt hat, steht jeweils daneben.</translation>
    </message>
    <message>
        <source>&amp;Show the rubric</source>
        <translation>Bewertungsraster &amp;zeigen</translation>
    </message>
    <message>
        <source>Show the rubric</source>
        <translation>Bewertungsraster zeigen</translation>
    </message>
    <message>
        <source>Save your ratings and show the rubric with what you missed</source>
        <translation>Ihre Bewertungen speichern und das Bewertungsraster mit dem zeigen, was Ihnen fehlte</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>abrufen</translation>
    </message>
    <message>
        <source>rate yourself</source>
        <translation>selbst bewerten</translation>
    </message>
    <message>
        <source>rubric</source>
        <translation>Bewertungsraster</translation>
    </message>
    <message>
        <source>Recall drill</source>
        <translation>Abrufübung</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Your rating for %1</source>
        <translation>Ihre Bewertung für %1</translation>
    </message>
    <message>
        <source>could not check</source>
        <translation>konnte nicht prüfen</translation>
    </message>
    <message>
        <source>%1 detected: %2</source>
        <translation>%1 erkannt: %2</translation>
    </message>
    <message>
        <source>Casewise detected: %1</source>
        <translation>Casewise hat erkannt: %1</translation>
    </message>
    <message numerus="yes">
        <source>You missed %n argument(s): their model paragraphs are below.</source>
        <translation>
            <numerusform>Ihnen fehlte %n Argument: sein Musterabsatz steht unten.</numerusform>
            <numerusform>Ihnen fehlten %n Argumente: ihre Musterabsätze stehen unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>You recalled every argument.</source>
        <translation>Sie haben sich an jedes Argument erinnert.</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Your rating: %1 · detected: %2</source>
        <translation>Ihre Bewertung: %1 · erkannt: %2</translation>
    </message>
    <message>
        <source>Model paragraph:</source>
        <translation>Musterabsatz:</translation>
    </message>
</context>
<context>
    <name>DueView</name>
    <message>
        <source>Question</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Arguments due</source>
        <translation>Fällige Argumente</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Questions due today</source>
        <translation>Heute fällige Aufgaben</translation>
    </message>
    <message>
        <source>The questions whose arguments your study plan says to practise today, the most at risk of being forgotten first; press Enter to drill one</source>
        <translation>Die Aufgaben, deren Argumente Sie laut Lernplan heute üben sollten, die am ehesten vergessenen zuerst; Eingabe startet eine Abrufübung</translation>
    </message>
    <message>
        <source>Nothing is due today. Questions come back here when your study plan says you are about to forget their arguments.</source>
        <translation>Heute ist nichts fällig. Aufgaben erscheinen hier wieder, wenn Sie ihre Argumente laut Lernplan bald vergessen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n question(s) due today&lt;/b&gt;, the most at risk first.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Aufgabe heute fällig&lt;/b&gt;, die gefährdetste zuerst.</numerusform>
            <numerusform>&lt;b&gt;%n Aufgaben heute fällig&lt;/b&gt;, die gefährdetsten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Chance of recalling the weakest argument now: %1</source>
        <translation>Chance, sich jetzt an das schwächste Argument zu erinnern: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rubric of %n argument(s) changed since you last practised them.</source>
        <translation>
            <numerusform>Das Bewertungsraster von %n Argument hat sich geändert, seit Sie es zuletzt geübt haben.</numerusform>
            <numerusform>Das Bewertungsraster von %n Argumenten hat sich geändert, seit Sie sie zuletzt geübt haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The study plan is paused since %1.</source>
        <translation>Der Lernplan ist seit %1 pausiert.</translation>
    </message>
    <message>
        <source>Nothing is due today in your study plan.</source>
        <translation>Heute ist in Ihrem Lernplan nichts fällig.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) due today</source>
        <translation>
            <numerusform>%n Aufgabe heute fällig</numerusform>
            <numerusform>%n Aufgaben heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export answer as PDF</source>
        <translation>Antwort als PDF exportieren</translation>
    </message>
    <message>
        <source>Optional: your name, printed at the top of the PDF</source>
        <translation>Optional: Ihr Name, oben im PDF gedruckt</translation>
    </message>
    <message>
        <source>&amp;Feedback on each argument</source>
        <translation>&amp;Rückmeldung zu jedem Argument</translation>
    </message>
    <message>
        <source>The &amp;model answer</source>
        <translation>Die &amp;Musterlösung</translation>
    </message>
    <message>
        <source>The &amp;case text, as an appendix</source>
        <translation>Den &amp;Falltext, als Anhang</translation>
    </message>
    <message>
        <source>Once you have submitted this answer</source>
        <translation>Sobald Sie diese Antwort abgegeben haben</translation>
    </message>
    <message>
        <source>My &amp;self-assessment, beside the detection</source>
        <translation>Meine &amp;Selbsteinschätzung, neben der Erkennung</translation>
    </message>
    <message>
        <source>Once you have marked this answer&apos;s arguments yourself</source>
        <translation>Sobald Sie die Argumente dieser Antwort selbst eingeschätzt haben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Aufnehmen:</translation>
    </message>
    <message>
        <source>The PDF always holds the question, your answer with each argument&apos;s evidence highlighted, and the rubric with what Casewise detected.</source>
        <translation>Das PDF enthält immer die Aufgabe, Ihre Antwort mit den hervorgehobenen Belegen jedes Arguments und das Bewertungsraster mit dem, was Casewise erkannt hat.</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
</context>
<context>
    <name>FeedbackDialog</name>
    <message>
        <source>Send my attempts to my tutor</source>
        <translation>Meine Versuche an meine Lehrkraft senden</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n submitted answers)</source>
        <translation>
            <numerusform>%1 (%Ln abgegebene Antwort)</numerusform>
            <numerusform>%1 (%Ln abgegebene Antworten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Optional: your name, as your tutor knows you</source>
        <translation>Freiwillig: Ihr Name, wie Ihre Lehrkraft Sie kennt</translation>
    </message>
    <message>
        <source>The file holds, for each answer you submitted to this bank: the answer, what Casewise detected and how you assessed yourself on each argument, and which version of the bank and its rubric you answered. Nothing else: no dates, no folders of your computer, and no name unless you type one above. Your tutor uses it to see which words their rubric does not know yet.</source>
        <translation>Die Datei enthält zu jeder Antwort, die Sie in dieser Fallsammlung abgegeben haben: die Antwort, was Casewise erkannt hat und wie Sie sich bei jedem Argument selbst eingeschätzt haben, sowie die Version der Fallsammlung und ihres Bewertungsrasters. Sonst nichts: keine Datumsangaben, keine Ordner Ihres Computers und keinen Namen, außer Sie tragen oben einen ein. Ihre Lehrkraft sieht daran, welche Wörter ihr Bewertungsraster noch nicht kennt.</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Fallsammlung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Save file…</source>
        <translation>Datei &amp;speichern …</translation>
    </message>
    <message>
        <source>You have not submitted an answer yet. Sit a question as an exam, submit it and assess yourself; then you can send your attempts.</source>
        <translation>Sie haben noch keine Antwort abgegeben. Bearbeiten Sie eine Aufgabe als Prüfung, geben Sie sie ab und schätzen Sie sich selbst ein; dann können Sie Ihre Versuche senden.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Self-assessed</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>drill</source>
        <translation>Abrufübung</translation>
    </message>
    <message>
        <source>%1, open in this window</source>
        <translation>%1, in diesem Fenster geöffnet</translation>
    </message>
    <message>
        <source>%1, open in another window since %2</source>
        <translation>%1, seit %2 in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>Verlauf: %1</translation>
    </message>
    <message>
        <source>Question history</source>
        <translation>Verlauf der Aufgabe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recall of each argument&lt;/b&gt; · the line falls as you forget and meets the dotted line when the argument is due; dots are your attempts (green recalled, amber partly, grey missed)</source>
        <translation>&lt;b&gt;Erinnerung an jedes Argument&lt;/b&gt; · die Linie sinkt, während Sie vergessen, und erreicht die gepunktete Linie, wenn das Argument fällig ist; Punkte sind Ihre Versuche (grün erinnert, gelb teilweise, grau verpasst)</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Every attempt at this question, newest first; press Enter to open one</source>
        <translation>Alle Versuche zu dieser Aufgabe, der neueste zuerst; drücken Sie die Eingabetaste, um einen zu öffnen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open or continue the attempt</source>
        <translation>Versuch öffnen oder fortsetzen</translation>
    </message>
    <message>
        <source>A draft opens for writing, a submitted attempt for review</source>
        <translation>Ein Entwurf öffnet sich zum Weiterschreiben, ein abgegebener Versuch zur Durchsicht</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Duplicate the attempt</source>
        <translation>Versuch kopieren</translation>
    </message>
    <message>
        <source>Copy the attempt as a new draft to rework it</source>
        <translation>Den Versuch als neuen Entwurf kopieren, um ihn zu überarbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the attempt</source>
        <translation>Versuch löschen</translation>
    </message>
    <message>
        <source>Delete the attempt and its revisions; you can undo this until you quit</source>
        <translation>Den Versuch mit allen Zwischenständen löschen; bis zum Beenden können Sie das rückgängig machen</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <source>U&amp;ndo delete</source>
        <translation>Löschen &amp;rückgängig</translation>
    </message>
    <message>
        <source>Undo the last deletion</source>
        <translation>Letztes Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring back the attempt deleted last</source>
        <translation>Den zuletzt gelöschten Versuch zurückholen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the history and go back to the library</source>
        <translation>Den Verlauf schließen und zur Bibliothek zurückkehren</translation>
    </message>
    <message>
        <source>%1 fully, %2 partly</source>
        <translation>%1 ganz, %2 teilweise</translation>
    </message>
    <message>
        <source>%1 (older rubric)</source>
        <translation>%1 (älteres Raster)</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgegeben</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>%1, copy of #%2</source>
        <translation>%1, Kopie von Nr. %2</translation>
    </message>
    <message>
        <source>practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>The rubric changed since: this score describes the old one</source>
        <translation>Das Bewertungsraster hat sich seitdem geändert: Dieser Wert bezieht sich auf das alte.</translation>
    </message>
    <message>
        <source>Open in this window: leave it before deleting it</source>
        <translation>In diesem Fenster geöffnet: verlassen Sie den Versuch, bevor Sie ihn löschen</translation>
    </message>
    <message>
        <source>Open in another Casewise window: close it there before deleting it</source>
        <translation>In einem anderen Casewise-Fenster geöffnet: schließen Sie ihn dort, bevor Sie ihn löschen</translation>
    </message>
    <message>
        <source>Delete attempt</source>
        <translation>Versuch löschen</translation>
    </message>
    <message>
        <source>Delete this attempt and its revisions? You can undo this until you quit Casewise.</source>
        <translation>Diesen Versuch mit allen Zwischenständen löschen? Bis Sie Casewise beenden, können Sie das rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 (%2) is already in your library. Nothing was changed.</source>
        <translation>%1 (%2) ist bereits in Ihrer Bibliothek. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your library keeps its own copy of %1.</source>
        <translation>Ihre Bibliothek behält ihre eigene Kopie von %1.</translation>
    </message>
    <message>
        <source>Your library already has %1, version %2, and “%3” holds other files under the same name and version: it may be another bank, or one its author changed without raising the version.</source>
        <translation>Ihre Bibliothek enthält bereits %1, Version %2, und „%3“ enthält andere Dateien unter demselben Namen und derselben Version: Es kann eine andere Fallsammlung sein oder eine, die ihr Autor geändert hat, ohne die Version zu erhöhen.</translation>
    </message>
    <message numerus="yes">
        <source>Your %n attempt(s) at %1 stay in its history, from an earlier version: the new copy does not have the question.</source>
        <translation>
            <numerusform>Ihr %Ln Versuch zu %1 bleibt in ihrem Verlauf, aus einer früheren Version: Die neue Kopie enthält die Aufgabe nicht.</numerusform>
            <numerusform>Ihre %Ln Versuche zu %1 bleiben in ihrem Verlauf, aus einer früheren Version: Die neue Kopie enthält die Aufgabe nicht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %n attempt(s) at %1 stay, marked as checked against an older rubric.</source>
        <translation>
            <numerusform>Ihr %Ln Versuch zu %1 bleibt erhalten, markiert als gegen ein älteres Bewertungsraster geprüft.</numerusform>
            <numerusform>Ihre %Ln Versuche zu %1 bleiben erhalten, markiert als gegen ein älteres Bewertungsraster geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No attempt of yours changes: the questions you answered stay as they are.</source>
        <translation>Keiner Ihrer Versuche ändert sich: Die Aufgaben, die Sie beantwortet haben, bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Replace the library&apos;s copy with this one?</source>
        <translation>Die Kopie in der Bibliothek durch diese ersetzen?</translation>
    </message>
    <message>
        <source>Replaced %1 (%2) with the new copy.</source>
        <translation>%1 (%2) wurde durch die neue Kopie ersetzt.</translation>
    </message>
    <message>
        <source>Restored %1 (%2): the library&apos;s copy could not be read.</source>
        <translation>%1 (%2) wurde wiederhergestellt: Die Kopie in der Bibliothek war nicht lesbar.</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (%2): %n questions.</source>
        <translation>
            <numerusform>%1 (%2) hinzugefügt: %Ln Aufgabe.</numerusform>
            <numerusform>%1 (%2) hinzugefügt: %Ln Aufgaben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Updated %1 from %2 to %3.</source>
        <translation>%1 von %2 auf %3 aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n new questions.</source>
        <translation>
            <numerusform>%Ln neue Aufgabe.</numerusform>
            <numerusform>%Ln neue Aufgaben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rubric of %n questions changed; their earlier attempts say so.</source>
        <translation>
            <numerusform>Das Bewertungsraster von %Ln Aufgabe hat sich geändert; ihre früheren Versuche weisen darauf hin.</numerusform>
            <numerusform>Das Bewertungsraster von %Ln Aufgaben hat sich geändert; ihre früheren Versuche weisen darauf hin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions were removed; their attempts stay, from an earlier version.</source>
        <translation>
            <numerusform>%Ln Aufgabe wurde entfernt; ihre Versuche bleiben erhalten, aus einer früheren Version.</numerusform>
            <numerusform>%Ln Aufgaben wurden entfernt; ihre Versuche bleiben erhalten, aus einer früheren Version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every attempt was kept.</source>
        <translation>Alle Versuche sind erhalten geblieben.</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>Bank imported</source>
        <translation>Fallsammlung importiert</translation>
    </message>
    <message>
        <source>Converted from %1. What could not be carried over, and why:</source>
        <translation>Aus %1 umgewandelt. Was nicht übernommen werden konnte, und warum:</translation>
    </message>
    <message>
        <source>Conversion report</source>
        <translation>Bericht über die Umwandlung</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
</context>
<context>
    <name>LibraryView</name>
    <message>
        <source>Bank, case, question</source>
        <translation>Fallsammlung, Fall, Aufgabe</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Nächste Fälligkeit</translation>
    </message>
    <message>
        <source>Search cases and questions (Ctrl+K)</source>
        <translation>Fälle und Aufgaben durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search cases and questions</source>
        <translation>Fälle und Aufgaben durchsuchen</translation>
    </message>
    <message>
        <source>Type to search the text of every case and question; the results replace the library list</source>
        <translation>Tippen Sie, um den Text aller Fälle und Aufgaben zu durchsuchen; die Ergebnisse ersetzen die Liste der Bibliothek</translation>
    </message>
    <message>
        <source>Library of banks, cases and questions</source>
        <translation>Bibliothek der Fallsammlungen, Fälle und Aufgaben</translation>
    </message>
    <message>
        <source>Press Enter on a question to practise it; the columns show your attempts, best and last coverage and time spent</source>
        <translation>Drücken Sie die Eingabetaste auf einer Aufgabe, um sie zu üben; die Spalten zeigen Ihre Versuche, die beste und die letzte Abdeckung und die Zeit</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Press Enter on a result to select its question in the library</source>
        <translation>Drücken Sie die Eingabetaste auf einem Ergebnis, um seine Aufgabe in der Bibliothek auszuwählen</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Aufgaben</translation>
    </message>
    <message>
        <source>Every bank, case and question, with your progress and when each is due</source>
        <translation>Jede Fallsammlung, jeder Fall und jede Aufgabe, mit Ihrem Fortschritt und der nächsten Fälligkeit</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>The questions your study plan says to practise today (Ctrl+D drills one)</source>
        <translation>Die Aufgaben, die Sie laut Lernplan heute üben sollten (Strg+D startet eine Abrufübung)</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>Ü&amp;ben</translation>
    </message>
    <message>
        <source>Practise the selected question</source>
        <translation>Die ausgewählte Aufgabe üben</translation>
    </message>
    <message>
        <source>Start a practice attempt: the checklist shows live which arguments your answer covers</source>
        <translation>Einen Übungsversuch beginnen: Die Checkliste zeigt laufend, welche Argumente Ihre Antwort abdeckt</translation>
    </message>
    <message>
        <source>&amp;Exam</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Sit the selected question as an exam</source>
        <translation>Die ausgewählte Aufgabe als Prüfung schreiben</translation>
    </message>
    <message>
        <source>Start a timed attempt: the checklist stays hidden until you submit</source>
        <translation>Einen Versuch auf Zeit beginnen: Die Checkliste bleibt bis zur Abgabe verborgen</translation>
    </message>
    <message>
        <source>&amp;Drill</source>
        <translation>&amp;Abrufübung</translation>
    </message>
    <message>
        <source>Drill the selected question</source>
        <translation>Die ausgewählte Aufgabe als Abrufübung</translation>
    </message>
    <message>
        <source>Start a recall drill: a few minutes to note the arguments from memory, then rate each one</source>
        <translation>Eine Abrufübung beginnen: ein paar Minuten, um die Argumente aus dem Gedächtnis zu notieren, dann jedes bewerten</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ver&amp;lauf</translation>
    </message>
    <message>
        <source>History of the selected question</source>
        <translation>Verlauf der ausgewählten Aufgabe</translation>
    </message>
    <message>
        <source>Show every attempt at the selected question and its coverage over time</source>
        <translation>Alle Versuche zur ausgewählten Aufgabe und ihre Abdeckung im Zeitverlauf zeigen</translation>
    </message>
    <message>
        <source>&amp;Import bank…</source>
        <translation>Fallsammlung &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a case bank</source>
        <translation>Eine Fallsammlung importieren</translation>
    </message>
    <message>
        <source>Add a .casebank file from your tutor to the library</source>
        <translation>Eine .casebank-Datei Ihrer Lehrkraft zur Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Weakest arguments</source>
        <translation>Schwächste Argumente</translation>
    </message>
    <message>
        <source>The arguments you miss most often; press Enter on one to read its guidance</source>
        <translation>Die Argumente, die Ihnen am häufigsten fehlen; drücken Sie die Eingabetaste auf einem, um seine Hinweise zu lesen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weakest arguments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schwächste Argumente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>From an earlier version</source>
        <translation>Aus einer früheren Version</translation>
    </message>
    <message>
        <source>Questions an update of the bank removed: your attempts at them are kept here, to look back at in their history</source>
        <translation>Aufgaben, die eine Aktualisierung der Fallsammlung entfernt hat: Ihre Versuche dazu bleiben hier erhalten, zum Nachsehen in ihrem Verlauf</translation>
    </message>
    <message>
        <source>%1 (from an earlier version of the bank)</source>
        <translation>%1 (aus einer früheren Version der Fallsammlung)</translation>
    </message>
    <message>
        <source>Submit an attempt to see which arguments you miss most.</source>
        <translation>Geben Sie einen Versuch ab, um zu sehen, welche Argumente Ihnen am häufigsten fehlen.</translation>
    </message>
    <message numerus="yes">
        <source>missed %1 of %n attempts, partly %2</source>
        <translation>
            <numerusform>in %1 von %Ln Versuch gefehlt, %2 teilweise</numerusform>
            <numerusform>in %1 von %Ln Versuchen gefehlt, %2 teilweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>missed %1 of %n attempts</source>
        <translation>
            <numerusform>in %1 von %Ln Versuch gefehlt</numerusform>
            <numerusform>in %1 von %Ln Versuchen gefehlt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>you and the detection disagreed %n times</source>
        <translation>
            <numerusform>Sie und die Erkennung waren sich in %Ln Versuch uneinig</numerusform>
            <numerusform>Sie und die Erkennung waren sich in %Ln Versuchen uneinig</numerusform>
        </translation>
    </message>
    <message>
        <source>Press Enter to read its guidance</source>
        <translation>Drücken Sie die Eingabetaste, um die Hinweise zu lesen</translation>
    </message>
    <message numerus="yes">
        <source>draft of %1, %n words</source>
        <translation>
            <numerusform>Entwurf vom %1, %Ln Wort</numerusform>
            <numerusform>Entwurf vom %1, %Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>Your draft of %1: Practice continues it</source>
        <translation>Ihr Entwurf vom %1: Üben setzt ihn fort</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message>
        <source>Due today (%1)</source>
        <translation>Heute fällig (%1)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>The exam&apos;s time is up, and your answer was handed in as it stood. Now mark how far it covers each argument, then reveal what Casewise detected.</source>
        <translation>Die Prüfungszeit ist um, und Ihre Antwort wurde so abgegeben, wie sie war. Bewerten Sie jetzt, wie weit sie jedes Argument abdeckt, und lassen Sie sich dann zeigen, was Casewise erkannt hat.</translation>
    </message>
    <message>
        <source>Kept in a new attempt</source>
        <translation>In einem neuen Versuch aufbewahrt</translation>
    </message>
    <message>
        <source>The attempt you were writing was deleted elsewhere (in another Casewise window, or by an older Casewise). Your answer is kept in a new attempt at the same question.</source>
        <translation>Der Versuch, an dem Sie geschrieben haben, wurde anderswo gelöscht (in einem anderen Casewise-Fenster oder von einer älteren Casewise-Version). Ihre Antwort ist in einem neuen Versuch zur selben Aufgabe aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Attempt</source>
        <translation>&amp;Versuch</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Import bank file…</source>
        <translation>Fallsammlung aus &amp;Datei importieren …</translation>
    </message>
    <message>
        <source>Import bank &amp;folder…</source>
        <translation>Fallsammlung aus &amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>&amp;Export answer as PDF…</source>
        <translation>Antwort als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>Send my attempts to my &amp;tutor…</source>
        <translation>Meine Versuche an meine &amp;Lehrkraft senden …</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Zur Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Practise selected question</source>
        <translation>Ausgewählte Aufgabe &amp;üben</translation>
    </message>
    <message>
        <source>Sit as &amp;exam</source>
        <translation>Als &amp;Prüfung schreiben</translation>
    </message>
    <message>
        <source>&amp;Drill selected question</source>
        <translation>Ab&amp;rufübung zur ausgewählten Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Submit answer</source>
        <translation>Antwort &amp;abgeben</translation>
    </message>
    <message>
        <source>&amp;Reveal detection</source>
        <translation>Erkennung &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;History of question</source>
        <translation>&amp;Verlauf der Aufgabe</translation>
    </message>
    <message>
        <source>Study &amp;plan settings…</source>
        <translation>&amp;Lernplan-Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Find in case</source>
        <translation>&amp;Im Fall suchen</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find &amp;previous</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>&amp;Search library</source>
        <translation>Bibliothek &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Go to &amp;case</source>
        <translation>Zum &amp;Fall</translation>
    </message>
    <message>
        <source>Go to &amp;answer</source>
        <translation>Zur &amp;Antwort</translation>
    </message>
    <message>
        <source>Go to check&amp;list</source>
        <translation>Zur &amp;Checkliste</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Check &amp;spelling</source>
        <translation>&amp;Rechtschreibung prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Casewise</source>
        <translation>&amp;Über Casewise</translation>
    </message>
    <message>
        <source>Indexing the library…</source>
        <translation>Bibliothek wird indiziert …</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Sit as exam</source>
        <translation>Als Prüfung schreiben</translation>
    </message>
    <message>
        <source>You are sitting this question as an exam already.</source>
        <translation>Sie schreiben diese Aufgabe bereits als Prüfung.</translation>
    </message>
    <message>
        <source>Your practice answer was deleted: History › Undo delete brings it back until you quit Casewise.</source>
        <translation>Ihre Übungsantwort wurde gelöscht: Verlauf › Löschen rückgängig holt sie zurück, bis Sie Casewise beenden.</translation>
    </message>
    <message>
        <source>Keep your practice answer as a practice attempt? The exam starts with a blank page either way.</source>
        <translation>Ihre Übungsantwort als Übungsversuch behalten? Die Prüfung beginnt in jedem Fall mit einer leeren Seite.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Delete it</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Import case bank</source>
        <translation>Fallsammlung importieren</translation>
    </message>
    <message>
        <source>Case banks (*.casebank);;Questions from H5P, Moodle or QTI (*.h5p *.xml *.zip *.json);;All files (*)</source>
        <translation>Fallsammlungen (*.casebank);;Fragen aus H5P, Moodle oder QTI (*.h5p *.xml *.zip *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import case bank folder</source>
        <translation>Ordner einer Fallsammlung importieren</translation>
    </message>
    <message>
        <source>Already in your library</source>
        <translation>Bereits in Ihrer Bibliothek</translation>
    </message>
    <message>
        <source>Replace the bank?</source>
        <translation>Fallsammlung ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>Nichts wurde geändert</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import abgelehnt</translation>
    </message>
    <message>
        <source>Bank imported</source>
        <translation>Fallsammlung importiert</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Continuing your draft of %1. Start a new attempt to begin afresh; this one stays in the history.</source>
        <translation>Ihr Entwurf vom %1 wird fortgesetzt. Mit „Neuen Versuch beginnen“ fangen Sie von vorn an; dieser bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Open in another window</source>
        <translation>In einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>It is shown here to read; duplicate it to work on a copy.</source>
        <translation>Er wird hier nur zum Lesen gezeigt; kopieren Sie ihn, um an einer Kopie zu arbeiten.</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>Öffnen nicht möglich</translation>
    </message>
    <message>
        <source>The rubric of this question changed since this attempt was checked: its old score describes the old rubric.</source>
        <translation>Das Bewertungsraster dieser Aufgabe hat sich geändert, seit dieser Versuch geprüft wurde: Der alte Wert bezieht sich auf das alte Raster.</translation>
    </message>
    <message>
        <source>%1 (from an earlier version of the bank)</source>
        <translation>%1 (aus einer früheren Version der Fallsammlung)</translation>
    </message>
    <message>
        <source>Model paragraph:</source>
        <translation>Musterabsatz:</translation>
    </message>
    <message>
        <source>Export answer as PDF</source>
        <translation>Antwort als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>PDF wird geschrieben …</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <source>Saved the answer as %1.</source>
        <translation>Die Antwort wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Save the file for your tutor</source>
        <translation>Die Datei für Ihre Lehrkraft speichern</translation>
    </message>
    <message>
        <source>Casewise feedback (*%1)</source>
        <translation>Casewise-Rückmeldung (*%1)</translation>
    </message>
    <message>
        <source>Writing the file for your tutor…</source>
        <translation>Die Datei für Ihre Lehrkraft wird geschrieben …</translation>
    </message>
    <message>
        <source>Saved for your tutor</source>
        <translation>Für Ihre Lehrkraft gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answers in %1. Send this file to your tutor.</source>
        <translation>
            <numerusform>%Ln Antwort in %1 gespeichert. Senden Sie diese Datei an Ihre Lehrkraft.</numerusform>
            <numerusform>%Ln Antworten in %1 gespeichert. Senden Sie diese Datei an Ihre Lehrkraft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Study data written anew</source>
        <translation>Lerndaten neu geschrieben</translation>
    </message>
    <message>
        <source>The study database in %1 was deleted while Casewise was running. Casewise wrote it anew from what it had open, with your answer: nothing is lost.</source>
        <translation>Die Lerndatenbank in %1 wurde gelöscht, während Casewise lief. Casewise hat sie aus dem, was es geöffnet hatte, neu geschrieben, mit Ihrer Antwort: nichts ist verloren.</translation>
    </message>
    <message>
        <source>Save the answer as a text file</source>
        <translation>Die Antwort als Textdatei speichern</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Casewise did not close properly last time. Your answer to %1 (%n word(s)) is safe.</source>
        <translation>
            <numerusform>Casewise wurde beim letzten Mal nicht richtig beendet. Ihre Antwort auf %1 (%Ln Wort) ist sicher.</numerusform>
            <numerusform>Casewise wurde beim letzten Mal nicht richtig beendet. Ihre Antwort auf %1 (%Ln Wörter) ist sicher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more unsaved answer(s) follow.</source>
        <translation>
            <numerusform>Danach folgt noch %Ln nicht gespeicherte Antwort.</numerusform>
            <numerusform>Danach folgen noch %Ln nicht gespeicherte Antworten.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen it</source>
        <translation>Wieder ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>%1 (version %2) no longer has this question: an update of the bank removed it. Your answer is kept, from an earlier version of the bank.</source>
        <translation>%1 (Version %2) enthält diese Aufgabe nicht mehr: Eine Aktualisierung der Fallsammlung hat sie entfernt. Ihre Antwort bleibt erhalten, aus einer früheren Version der Fallsammlung.</translation>
    </message>
    <message>
        <source>Casewise cannot read its copy of %1, so the question cannot be shown: %2 Import the bank again to go on with this answer. It is safe meanwhile.</source>
        <translation>Casewise kann seine Kopie von %1 nicht lesen, daher kann die Aufgabe nicht angezeigt werden: %2 Importieren Sie die Fallsammlung erneut, um an dieser Antwort weiterzuarbeiten. Bis dahin ist sie sicher gespeichert.</translation>
    </message>
    <message>
        <source>The bank of this answer is no longer in your library. Your answer is kept.</source>
        <translation>Die Fallsammlung dieser Antwort ist nicht mehr in Ihrer Bibliothek. Ihre Antwort bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>MeasureText</name>
    <message>
        <source>samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>%1: no answer labels it</source>
        <translation>%1: keine Antwort bewertet es</translation>
    </message>
    <message numerus="yes">
        <source>%1: precision %2, recall %3 (%n answers)</source>
        <translation>
            <numerusform>%1: Präzision %2, Trefferquote %3 (%Ln Antwort)</numerusform>
            <numerusform>%1: Präzision %2, Trefferquote %3 (%Ln Antworten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Numbers</name>
    <message>
        <source>%1%</source>
        <comment>a percentage such as 75%</comment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>PlainAnswerDialog</name>
    <message>
        <source>Your answer as plain text</source>
        <translation>Ihre Antwort als reiner Text</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>Als Textdatei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the answer as a text file</source>
        <translation>Die Antwort als Textdatei speichern</translation>
    </message>
    <message>
        <source>Write the answer to a text file of your choice</source>
        <translation>Die Antwort in eine Textdatei Ihrer Wahl schreiben</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close; the answer stays in the question&apos;s history</source>
        <translation>Schließen; die Antwort bleibt im Verlauf der Aufgabe</translation>
    </message>
    <message>
        <source>Save the answer as</source>
        <translation>Antwort speichern unter</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Saved the answer as %1.</source>
        <translation>Die Antwort wurde als %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>PlanSettingsDialog</name>
    <message>
        <source>Study plan settings</source>
        <translation>Lernplan-Einstellungen</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after the desired retention&apos;s percentage</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Desired retention</source>
        <translation>Gewünschte Erinnerungsquote</translation>
    </message>
    <message>
        <source>How likely you want to be to recall an argument when it comes back</source>
        <translation>Wie sicher Sie sich an ein Argument erinnern wollen, wenn es wiederkommt</translation>
    </message>
    <message>
        <source>How likely you want to be to recall an argument when Casewise brings it back. Higher means shorter gaps and more practice; %1 suits most students.</source>
        <translation>Wie sicher Sie sich an ein Argument erinnern wollen, wenn Casewise es wiederbringt. Höher heißt kürzere Abstände und mehr Übung; %1 passt für die meisten.</translation>
    </message>
    <message>
        <source>&amp;Pause the study plan (holidays)</source>
        <translation>Lernplan &amp;pausieren (Ferien)</translation>
    </message>
    <message>
        <source>While paused nothing is due; on resuming every due date moves by the pause</source>
        <translation>Während der Pause ist nichts fällig; danach verschiebt sich jede Fälligkeit um die Pause</translation>
    </message>
    <message>
        <source>While the plan is paused nothing is due. When you resume it, every argument comes back as much later as the pause lasted, so nothing piles up.</source>
        <translation>Solange der Plan pausiert, ist nichts fällig. Wenn Sie ihn fortsetzen, kommt jedes Argument um die Dauer der Pause später wieder, damit sich nichts anstaut.</translation>
    </message>
    <message>
        <source>Paused since %1.</source>
        <translation>Pausiert seit %1.</translation>
    </message>
    <message>
        <source>&amp;Desired retention:</source>
        <translation>Gewünschte &amp;Erinnerungsquote:</translation>
    </message>
    <message>
        <source>Save the settings; the schedule follows at once</source>
        <translation>Die Einstellungen speichern; der Plan folgt sofort</translation>
    </message>
    <message>
        <source>Close without changing anything</source>
        <translation>Schließen, ohne etwas zu ändern</translation>
    </message>
</context>
<context>
    <name>RecallChart</name>
    <message>
        <source>Recall of each argument over time</source>
        <translation>Erinnerung an jedes Argument im Lauf der Zeit</translation>
    </message>
    <message>
        <source>No recall to show yet: submit an attempt or a drill.</source>
        <translation>Noch keine Erinnerung zu zeigen: Geben Sie einen Versuch oder eine Abrufübung ab.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Chance of recalling each argument now: %1</source>
        <translation>Chance, sich jetzt an jedes Argument zu erinnern: %1</translation>
    </message>
    <message>
        <source>No recall to show yet</source>
        <translation>Noch keine Erinnerung zu zeigen</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Casewise: the study database is damaged</source>
        <translation>Casewise: Die Lerndatenbank ist beschädigt</translation>
    </message>
    <message>
        <source>The study database %1 is not the one Casewise left there, so Casewise does not use it: %2.</source>
        <translation>Die Lerndatenbank %1 ist nicht die, die Casewise dort hinterlassen hat, daher verwendet Casewise sie nicht: %2.</translation>
    </message>
    <message>
        <source>The study database %1 is damaged, so Casewise cannot open it.</source>
        <translation>Die Lerndatenbank %1 ist beschädigt, daher kann Casewise sie nicht öffnen.</translation>
    </message>
    <message>
        <source>(SQLite says: %1)</source>
        <translation>(SQLite meldet: %1)</translation>
    </message>
    <message>
        <source>Choose a backup to restore; the newest sound one is selected. Work saved after it was taken is lost. The damaged file is kept beside the restored one as %1.</source>
        <translation>Wählen Sie eine Sicherung zum Wiederherstellen; die neueste intakte ist ausgewählt. Was nach ihrer Erstellung gespeichert wurde, geht verloren. Die beschädigte Datei bleibt neben der wiederhergestellten als %1 erhalten.</translation>
    </message>
    <message>
        <source>There is no backup to restore. Quit, move the damaged file away and start Casewise again to begin afresh; keep the file for someone who can repair SQLite databases.</source>
        <translation>Es gibt keine Sicherung zum Wiederherstellen. Beenden Sie Casewise, verschieben Sie die beschädigte Datei und starten Sie neu, um von vorn zu beginnen; bewahren Sie die Datei für jemanden auf, der SQLite-Datenbanken reparieren kann.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>daily backup</source>
        <translation>tägliche Sicherung</translation>
    </message>
    <message>
        <source>the database as it was, without the log beside it</source>
        <translation>die Datenbank, wie sie war, ohne das Protokoll daneben</translation>
    </message>
    <message>
        <source>before importing a bank</source>
        <translation>vor dem Import einer Fallsammlung</translation>
    </message>
    <message>
        <source>before updating the database</source>
        <translation>vor der Aktualisierung der Datenbank</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: damaged, cannot be restored</source>
        <translation>%1: beschädigt, kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>The restored backup could not be opened either. Quit, and copy the data folder for someone who can repair SQLite databases.</source>
        <translation>Auch die wiederhergestellte Sicherung lässt sich nicht öffnen. Beenden Sie Casewise und kopieren Sie den Datenordner für jemanden, der SQLite-Datenbanken reparieren kann.</translation>
    </message>
</context>
<context>
    <name>Runner</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>SpellCheck</name>
    <message>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to my dictionary</source>
        <translation>„%1“ zu meinem Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Rechtschreibung</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>covered</source>
        <translation>abgedeckt</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>you judge</source>
        <translation>Ihre Einschätzung</translation>
    </message>
    <message>
        <source>Not covered</source>
        <translation>Nicht abgedeckt</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <source>Fully</source>
        <translation>Ganz</translation>
    </message>
</context>
<context>
    <name>StudyView</name>
    <message>
        <source>Question</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Write your answer; misspelt words are underlined, and the Menu key offers corrections. Alt+2 comes back here</source>
        <translation>Schreiben Sie Ihre Antwort; falsch geschriebene Wörter werden unterstrichen, und die Menütaste bietet Korrekturen an. Mit Alt+2 kommen Sie hierher zurück</translation>
    </message>
    <message>
        <source>Write your answer here.</source>
        <translation>Schreiben Sie hier Ihre Antwort.</translation>
    </message>
    <message>
        <source>Word count</source>
        <translation>Wortzahl</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source> min</source>
        <comment>after the exam&apos;s minutes</comment>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Exam time in minutes</source>
        <translation>Prüfungszeit in Minuten</translation>
    </message>
    <message>
        <source>How long the exam lasts; change it if your exam gives you more or less time</source>
        <translation>Wie lange die Prüfung dauert; ändern Sie den Wert, wenn Sie in Ihrer Prüfung mehr oder weniger Zeit haben</translation>
    </message>
    <message>
        <source>Exam time: adjust it if your exam gives you more or less</source>
        <translation>Prüfungszeit: Passen Sie sie an, wenn Sie in Ihrer Prüfung mehr oder weniger Zeit haben</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Speicherstand</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Abgeben</translation>
    </message>
    <message>
        <source>Submit answer</source>
        <translation>Antwort abgeben</translation>
    </message>
    <message>
        <source>Hand the answer in and assess it yourself (Ctrl+Return)</source>
        <translation>Die Antwort abgeben und selbst einschätzen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Hand the answer in (Ctrl+Return)</source>
        <translation>Antwort abgeben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>← Library</source>
        <comment>back arrow: points right in a right-to-left language</comment>
        <translation>← Bibliothek</translation>
    </message>
    <message>
        <source>Back to the library</source>
        <translation>Zurück zur Bibliothek</translation>
    </message>
    <message>
        <source>Save the answer and return to the library (Ctrl+L)</source>
        <translation>Die Antwort speichern und zur Bibliothek zurückkehren (Strg+L)</translation>
    </message>
    <message>
        <source>Start a new attempt</source>
        <translation>Neuen Versuch beginnen</translation>
    </message>
    <message>
        <source>Keep this answer in the question&apos;s history and start a new one</source>
        <translation>Diese Antwort im Verlauf der Aufgabe behalten und eine neue beginnen</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>This sentence serves</source>
        <translation>Dieser Satz stützt</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Your answer has %n words, fewer than the %1 the question asks for.</source>
        <translation>
            <numerusform>Ihre Antwort hat %Ln Wort, weniger als die %1, die die Aufgabe verlangt.</numerusform>
            <numerusform>Ihre Antwort hat %Ln Wörter, weniger als die %1, die die Aufgabe verlangt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your answer has %n words, more than the %1 the question allows.</source>
        <translation>
            <numerusform>Ihre Antwort hat %Ln Wort, mehr als die %1, die die Aufgabe erlaubt.</numerusform>
            <numerusform>Ihre Antwort hat %Ln Wörter, mehr als die %1, die die Aufgabe erlaubt.</numerusform>
        </translation>
    </message>
    <message>
        <source>You have %1 left.</source>
        <translation>Sie haben noch %1.</translation>
    </message>
    <message>
        <source>Hand it in now? You cannot change it afterwards.</source>
        <translation>Jetzt abgeben? Danach können Sie sie nicht mehr ändern.</translation>
    </message>
    <message>
        <source>Hand it in</source>
        <translation>Abgeben</translation>
    </message>
    <message>
        <source>Keep writing</source>
        <translation>Weiterschreiben</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Model answer&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Musterlösung&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>assess yourself</source>
        <translation>Selbsteinschätzung</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>abgegeben</translation>
    </message>
    <message>
        <source>review</source>
        <translation>Durchsicht</translation>
    </message>
    <message>
        <source>read only: open in another window</source>
        <translation>nur lesen: in einem anderen Fenster geöffnet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Assess yourself&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selbsteinschätzung&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n words of %1–%2</source>
        <translation>
            <numerusform>%Ln Wort von %1–%2</numerusform>
            <numerusform>%Ln Wörter von %1–%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words of at most %2</source>
        <translation>
            <numerusform>%Ln Wort von höchstens %2</numerusform>
            <numerusform>%Ln Wörter von höchstens %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words of at least %1</source>
        <translation>
            <numerusform>%Ln Wort von mindestens %1</numerusform>
            <numerusform>%Ln Wörter von mindestens %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n arguments&lt;/b&gt; · their titles show after you submit</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln Argument&lt;/b&gt; · der Titel erscheint nach der Abgabe</numerusform>
            <numerusform>&lt;b&gt;%Ln Argumente&lt;/b&gt; · die Titel erscheinen nach der Abgabe</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; · Casewise could not check this answer</source>
        <translation>&lt;b&gt;Checkliste&lt;/b&gt; · Casewise konnte diese Antwort nicht prüfen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; · you judge every argument</source>
        <translation>&lt;b&gt;Checkliste&lt;/b&gt; · Sie schätzen jedes Argument selbst ein</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt; · %1 covered</source>
        <translation>&lt;b&gt;Checkliste&lt;/b&gt; · %1 abgedeckt</translation>
    </message>
    <message>
        <source>Counted as covered: your answer develops it over several sentences.</source>
        <translation>Als abgedeckt gezählt: Ihre Antwort entwickelt den Punkt über mehrere Sätze.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;Checkliste&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source> · your answer repeats itself: %n words count for nothing</source>
        <translation>
            <numerusform> · Ihre Antwort wiederholt sich: %n Wort zählt nicht</numerusform>
            <numerusform> · Ihre Antwort wiederholt sich: %n Wörter zählen nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: you said &lt;i&gt;%2&lt;/i&gt;, detected &lt;i&gt;%3&lt;/i&gt; (you rated it higher)</source>
        <translation>%1: Sie sagten &lt;i&gt;%2&lt;/i&gt;, erkannt wurde &lt;i&gt;%3&lt;/i&gt; (Sie haben es höher eingeschätzt)</translation>
    </message>
    <message>
        <source>%1: you said &lt;i&gt;%2&lt;/i&gt;, detected &lt;i&gt;%3&lt;/i&gt; (you rated it lower)</source>
        <translation>%1: Sie sagten &lt;i&gt;%2&lt;/i&gt;, erkannt wurde &lt;i&gt;%3&lt;/i&gt; (Sie haben es niedriger eingeschätzt)</translation>
    </message>
    <message>
        <source>There is nothing to compare: no argument was both assessed and detected.</source>
        <translation>Es gibt nichts zu vergleichen: Kein Argument wurde sowohl von Ihnen eingeschätzt als auch erkannt.</translation>
    </message>
    <message numerus="yes">
        <source>You and the detection agree on %1 of %n arguments.</source>
        <translation>
            <numerusform>Sie und die Erkennung stimmen bei %1 von %Ln Argument überein.</numerusform>
            <numerusform>Sie und die Erkennung stimmen bei %1 von %Ln Argumenten überein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated %n arguments higher than the detection found.</source>
        <translation>
            <numerusform>Sie haben %Ln Argument höher eingeschätzt, als die Erkennung es fand.</numerusform>
            <numerusform>Sie haben %Ln Argumente höher eingeschätzt, als die Erkennung sie fand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You rated %n arguments lower than the detection found.</source>
        <translation>
            <numerusform>Sie haben %Ln Argument niedriger eingeschätzt, als die Erkennung es fand.</numerusform>
            <numerusform>Sie haben %Ln Argumente niedriger eingeschätzt, als die Erkennung sie fand.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;In an exam the checklist stays hidden until you submit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In der Prüfung bleibt die Checkliste bis zur Abgabe verborgen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Select an argument to see its guidance and where your answer covers it; put the cursor in a sentence to see which arguments it serves.</source>
        <translation>Wählen Sie ein Argument, um seine Hinweise zu sehen und wo Ihre Antwort es abdeckt; setzen Sie den Cursor in einen Satz, um zu sehen, welche Argumente er stützt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Feedback:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rückmeldung:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (near match)</source>
        <comment>a word of the answer one typo from a cue</comment>
        <translation>%1 (ähnlich geschrieben)</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between quoted words</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>&lt;b&gt;Evidence:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Belege:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Part of it is made across two sentences: say it in one to make it clear.</source>
        <translation>Ein Teil davon steht verteilt auf zwei Sätze: Sagen Sie es in einem, damit es klar wird.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Resembles the model paragraph:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ähnelt dem Musterabsatz:&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Casewise cannot detect this one: judge it yourself.</source>
        <translation>Dieses Argument kann Casewise nicht erkennen: Beurteilen Sie es selbst.</translation>
    </message>
    <message>
        <source>Found only in a list of keywords: explain it in a sentence.</source>
        <translation>Nur in einer Stichwortliste gefunden: Erklären Sie es in einem ganzen Satz.</translation>
    </message>
    <message>
        <source>Model paragraph:</source>
        <translation>Musterabsatz:</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <source>Casewise hit a bug while saving (%1); it keeps trying, and nothing you typed is gone from the window</source>
        <translation>Casewise ist beim Speichern auf einen Programmfehler gestoßen (%1); es versucht es weiter, und nichts von dem, was Sie getippt haben, ist aus dem Fenster verschwunden</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <source>Your answer is not saved</source>
        <translation>Ihre Antwort ist nicht gespeichert</translation>
    </message>
    <message>
        <source>Casewise could not save your latest changes: %1</source>
        <translation>Casewise konnte Ihre letzten Änderungen nicht speichern: %1</translation>
    </message>
    <message>
        <source>The text file was not written: %1</source>
        <translation>Die Textdatei wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Your answer is still here. Try again once the problem is solved, save the answer as a text file somewhere else, or leave and lose the changes since the last save.</source>
        <translation>Ihre Antwort ist noch da. Versuchen Sie es erneut, sobald das Problem behoben ist, speichern Sie die Antwort als Textdatei an einem anderen Ort, oder verlassen Sie sie und verwerfen Sie die Änderungen seit dem letzten Speichern.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Save as text file…</source>
        <translation>Als Textdatei &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Quit and lose it</source>
        <translation>Beenden und &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Leave and lose it</source>
        <translation>Verlassen und &amp;verwerfen</translation>
    </message>
    <message>
        <source>S&amp;tay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <source>Go back to the answer; Casewise keeps trying to save it</source>
        <translation>Zurück zur Antwort; Casewise versucht weiter, sie zu speichern</translation>
    </message>
    <message>
        <source>Leave without the changes made since the last save</source>
        <translation>Verlassen ohne die Änderungen seit dem letzten Speichern</translation>
    </message>
</context>
</TS>
